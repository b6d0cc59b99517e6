/**
 * What the review components of a scenario page share: its comment threads and status moves, loaded from
 * GET /api/scenarios/[sid]/comments and /status, and the calls that change them. One instance per scenario id.
 */
import { apiErrorText } from '../api-error.ts';
import type { ScenarioComment } from '../domain/scenario/comment.ts';

/** A comment as the page shows it (the domain's comment, without the scenario id). */
export type CommentView = ScenarioComment;
export interface ThreadView {
	root: CommentView;
	replies: CommentView[];
	resolved: boolean;
	outdated: boolean;
}
export interface MoveView {
	at: string;
	who: string;
	whoName: string | null;
	from: string | null;
	to: string | null;
	reason: string | null;
}

export type Target = { kind: 'scenario' } | { kind: 'group' | 'unit'; key: string };

export class ReviewState {
	threads = $state<ThreadView[]>([]);
	moves = $state<MoveView[]>([]);
	error = $state<string | null>(null);
	readonly scenarioId: number;

	constructor(scenarioId: number) {
		this.scenarioId = scenarioId;
	}

	async load(): Promise<void> {
		const [c, s] = await Promise.all([
			fetch(`/api/scenarios/${this.scenarioId}/comments`),
			fetch(`/api/scenarios/${this.scenarioId}/status`)
		]);
		if (c.ok) this.threads = (await c.json()).threads;
		if (s.ok) this.moves = (await s.json()).moves;
	}

	/** Threads on one target (a group, a unit, or the scenario itself). */
	on(t: Target): ThreadView[] {
		return this.threads.filter(
			(th) => th.root.targetKind === t.kind && (t.kind === 'scenario' || th.root.targetKey === t.key)
		);
	}

	get open(): ThreadView[] {
		return this.threads.filter((t) => !t.resolved);
	}

	private async send(url: string, method: string, body: unknown): Promise<boolean> {
		const r = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
		if (!r.ok) {
			this.error = apiErrorText(await r.json().catch(() => null), r.status);
			return false;
		}
		this.error = null;
		await this.load();
		return true;
	}

	comment(body: string, target: Target, parentId?: string): Promise<boolean> {
		return this.send(`/api/scenarios/${this.scenarioId}/comments`, 'POST', { body, target, parentId });
	}

	resolve(id: string, resolved: boolean): Promise<boolean> {
		return this.send(`/api/scenarios/${this.scenarioId}/comments/${id}`, 'PATCH', { resolved });
	}

	move(to: string, from: string, reason?: string): Promise<boolean> {
		return this.send(`/api/scenarios/${this.scenarioId}/status`, 'POST', { to, from, reason });
	}
}

const states = new Map<number, ReviewState>();
/** The one review state of a scenario on this page. */
export function reviewState(scenarioId: number): ReviewState {
	// On the server every render gets its own (empty) state: nothing is shared between requests.
	if (typeof window === 'undefined') return new ReviewState(scenarioId);
	let s = states.get(scenarioId);
	if (!s) states.set(scenarioId, (s = new ReviewState(scenarioId)));
	return s;
}
