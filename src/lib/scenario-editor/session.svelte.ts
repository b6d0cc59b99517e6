/**
 * The scenario being edited, local first: an edit shows at once (the domain applies it in the browser) and is
 * saved in order through a queue, one request at a time, each made on the version the last answer gave. A conflict
 * (someone saved first) stops the queue and keeps the unsaved ops, so the user can reload or keep them as a copy.
 * Undo and redo go to the server (they are versions too) once everything is saved.
 */
import { apiErrorText } from '../api-error.ts';
import { tr, msg } from '../i18n.svelte.ts';
import { applyOps, type ScenarioCatalog, type ScenarioContent, type ScenarioOp } from '../domain/scenario/model.ts';
import { checkWritable, isFrozen, type ScenarioStatus } from '../domain/scenario/lifecycle.ts';
import { conflictMessage, copyOfName, postCopy, postOps, postStep, type EditAnswer, type Fetch } from './api.ts';

export type SaveState = 'saved' | 'saving' | 'error' | 'conflict';

export interface SessionInit {
	datasetId: number;
	scenarioId: number;
	name: string;
	ruleSetId: string;
	content: ScenarioContent;
	version: number;
	canUndo: boolean;
	canRedo: boolean;
	/** Submitted and approved scenarios are frozen: edits are refused here already (the server refuses them too). */
	status?: string;
}

export interface SessionDeps {
	fetch: Fetch;
	/** How long to wait before saving again after the connection failed (ms). */
	retryMs?: number;
	/** Schedule the retry (tests pass their own clock). */
	later?: (fn: () => void, ms: number) => void;
	/**
	 * When an edit's save is sent: at once by default; the scenario page sends it once the browser has painted the
	 * edit's verdict (after-paint.ts), so that building the request is not part of the click → verdict time.
	 */
	send?: (fn: () => void) => void;
}

const connectionLost = () => msg('scenarioEditor.session.connectionLostChangesWillBe');

export class ScenarioSession {
	/** Replaced, never changed in place (applyOps makes a new one): raw, so thousands of groups are not proxied. */
	content = $state.raw<ScenarioContent>({ groups: [], exemptions: [] });
	version = $state(0);
	canUndo = $state(false);
	canRedo = $state(false);
	saveState = $state<SaveState>('saved');
	conflict = $state<{ currentVersion: number } | null>(null);
	/** The last message for the user (an edit refused, a save failed), or null. */
	message = $state<string | null>(null);

	/** Ops applied locally and not yet sent. */
	private queue: ScenarioOp[] = [];
	private inFlight = false;
	private readonly init: SessionInit;
	private readonly deps: Required<SessionDeps>;

	constructor(init: SessionInit, deps: SessionDeps) {
		this.init = init;
		this.deps = { retryMs: 3000, later: (fn, ms) => void setTimeout(fn, ms), send: (fn) => fn(), ...deps };
		this.content = init.content;
		this.version = init.version;
		const frozen = isFrozen(init.status as ScenarioStatus);
		this.canUndo = init.canUndo && !frozen;
		this.canRedo = init.canRedo && !frozen;
	}

	/** Ops waiting to be sent or in flight. */
	get pending(): boolean {
		return this.inFlight || this.queue.length > 0;
	}

	/** Undo/redo are offered only when everything is saved. */
	get canStep(): boolean {
		return this.saveState === 'saved';
	}

	/** Apply edits locally (the verdict shows at once), then save them in order. False when refused or in conflict. */
	edit(ops: ScenarioOp[], catalog: ScenarioCatalog): boolean {
		if (this.conflict) return false;
		try {
			const { scenarioId: id, status } = this.init;
			if (status)
				checkWritable({ id, status: status as ScenarioStatus, version: this.version, deletedAt: null }, this.version);
			this.content = applyOps(this.content, ops, catalog);
			this.message = null;
		} catch (e) {
			const m = (e as { messages?: { vi: string; en: string } }).messages;
			this.message = m ? tr(m.vi, m.en) : (e as Error).message;
			return false;
		}
		this.queue.push(...ops);
		if (this.saveState === 'saved') this.saveState = 'saving';
		this.deps.send(() => void this.flush());
		return true;
	}

	/** Send what is queued (one request at a time); resolves when this request is answered. */
	async flush(): Promise<void> {
		if (this.inFlight || !this.queue.length || this.conflict) return;
		this.inFlight = true;
		this.saveState = 'saving';
		const ops = this.queue;
		this.queue = [];
		let retryLater = false;
		try {
			const a = await postOps(this.deps.fetch, this.init.scenarioId, this.version, ops);
			if (a.kind === 'conflict') {
				this.queue = [...ops, ...this.queue];
				this.enterConflict(a.currentVersion);
			} else if (a.kind === 'refused') {
				this.saveState = 'error';
				this.message = apiErrorText(a.body, a.status);
			} else {
				this.version = a.version;
				this.canUndo = a.canUndo;
				this.canRedo = a.canRedo;
				this.saveState = this.queue.length ? 'saving' : 'saved';
			}
		} catch {
			// The network failed: keep the ops in order and try again later (not at once: the server may be down).
			this.saveState = 'error';
			this.queue = [...ops, ...this.queue];
			this.message = connectionLost();
			retryLater = true;
			this.deps.later(() => void this.flush(), this.deps.retryMs);
		} finally {
			this.inFlight = false;
		}
		if (!retryLater && this.queue.length && !this.conflict) await this.flush();
	}

	/** Undo or redo on the server once everything is saved. True when the content changed. */
	async step(kind: 'undo' | 'redo'): Promise<boolean> {
		if (this.conflict || this.pending) return false;
		this.saveState = 'saving';
		let a: EditAnswer;
		try {
			a = await postStep(this.deps.fetch, this.init.scenarioId, kind, this.version);
		} catch {
			this.saveState = 'saved';
			this.message = connectionLost();
			return false;
		}
		if (a.kind === 'conflict') {
			this.enterConflict(a.currentVersion);
			return false;
		}
		if (a.kind === 'refused') {
			this.saveState = 'saved';
			this.message = apiErrorText(a.body, a.status);
			return false;
		}
		if (a.content) this.content = a.content;
		this.version = a.version;
		this.canUndo = a.canUndo;
		this.canRedo = a.canRedo;
		this.saveState = 'saved';
		return true;
	}

	/** The conflict banner's text. */
	get conflictText(): string | null {
		if (!this.conflict) return null;
		const m = conflictMessage(this.conflict.currentVersion);
		return tr(m.vi, m.en);
	}

	/** Keep the local edits as a new scenario (after a conflict): the new scenario's id, or null (message set). */
	async saveAsCopy(): Promise<number | null> {
		const name = copyOfName(this.init.name);
		const r = await postCopy(this.deps.fetch, this.init.datasetId, {
			name: tr(name.vi, name.en),
			ruleSetId: this.init.ruleSetId,
			content: this.content
		});
		if (r.kind === 'created') return r.id;
		this.message = apiErrorText(r.body, r.status);
		return null;
	}

	/** Dismiss the message. */
	clearMessage(): void {
		this.message = null;
	}

	private enterConflict(currentVersion: number) {
		this.conflict = { currentVersion };
		this.saveState = 'conflict';
	}
}
