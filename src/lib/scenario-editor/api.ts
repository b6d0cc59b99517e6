/**
 * The scenario editor's HTTP client: edit ops, undo/redo (one call, the same endpoint shape) and "save as a copy",
 * each answered as data the page can act on. The `fetch` to use is passed in (the page's, or a test's).
 */
import type { Bilingual } from '../domain/messages.ts';
import type { ScenarioContent, ScenarioOp } from '../domain/scenario/model.ts';
import { both } from '../i18n/catalogue.ts';

export type Fetch = typeof fetch;

/** What the server answered to a change of the scenario. */
export type EditAnswer =
	/** Saved as `version`; `content` is the stored content (undo/redo bring one back). */
	| { kind: 'saved'; version: number; content: ScenarioContent | null; canUndo: boolean; canRedo: boolean }
	/** Made on a version that is no longer current (409): nothing saved. */
	| { kind: 'conflict'; currentVersion: number }
	/** Refused for another reason: the server's bilingual message (or a generic one). */
	| { kind: 'refused'; status: number; body: unknown };

/**
 * A 409 answer's current version, or null when the answer is not a version conflict (another 409, e.g. `frozen`: a
 * submitted or approved scenario, is a refusal with its own message).
 */
export function conflictOf(status: number, body: unknown): { currentVersion: number } | null {
	if (status !== 409) return null;
	const error = (body as { error?: unknown } | null)?.error;
	if (error !== undefined && error !== 'conflict') return null;
	const v = (body as { currentVersion?: unknown } | null)?.currentVersion;
	return { currentVersion: typeof v === 'number' ? v : NaN };
}

/** What the banner says after a conflict. */
export function conflictMessage(currentVersion: number): Bilingual {
	return both('scenarioEditor.api.theScenarioWasJustChanged', { currentVersion });
}

/** The name of the copy that keeps a user's edits after a conflict. */
export function copyOfName(name: string): Bilingual {
	return both('scenarioEditor.api.nameMyCopy', { name });
}

async function post(fetchFn: Fetch, url: string, body: unknown): Promise<{ status: number; body: unknown }> {
	const r = await fetchFn(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body)
	});
	return { status: r.status, body: await r.json().catch(() => ({})) };
}

function editAnswer(status: number, body: unknown): EditAnswer {
	const conflict = conflictOf(status, body);
	if (conflict) return { kind: 'conflict', ...conflict };
	if (status < 200 || status >= 300) return { kind: 'refused', status, body };
	const b = body as { version: number; content?: ScenarioContent; canUndo?: boolean; canRedo?: boolean };
	return {
		kind: 'saved',
		version: b.version,
		content: b.content ?? null,
		canUndo: b.canUndo ?? true,
		canRedo: b.canRedo ?? false
	};
}

/** Send edit ops made on `version`. Rejects when the network fails (nothing known about the save). */
export async function postOps(
	fetchFn: Fetch,
	scenarioId: number,
	version: number,
	ops: readonly ScenarioOp[]
): Promise<EditAnswer> {
	const r = await post(fetchFn, `/api/scenarios/${scenarioId}/ops`, { version, ops });
	return editAnswer(r.status, r.body);
}

/** Undo or redo on the server (one more version). Rejects when the network fails. */
export async function postStep(
	fetchFn: Fetch,
	scenarioId: number,
	kind: 'undo' | 'redo',
	version: number
): Promise<EditAnswer> {
	const r = await post(fetchFn, `/api/scenarios/${scenarioId}/${kind}`, { version });
	return editAnswer(r.status, r.body);
}

/** Store `content` as a new scenario of the dataset: its id, or the refusal. */
export async function postCopy(
	fetchFn: Fetch,
	datasetId: number,
	copy: { name: string; ruleSetId: string; content: ScenarioContent }
): Promise<{ kind: 'created'; id: number } | { kind: 'refused'; status: number; body: unknown }> {
	const r = await post(fetchFn, `/api/datasets/${datasetId}/scenarios`, copy);
	if (r.status >= 200 && r.status < 300) {
		const b = r.body as { scenario?: { id: number }; id?: number };
		return { kind: 'created', id: (b.scenario?.id ?? b.id)! };
	}
	return { kind: 'refused', status: r.status, body: r.body };
}
