/**
 * Messages for running dissolveGroup in a web worker with a time limit (architecture.md: a long or fragile
 * computation runs off the main thread with a time limit and a clear failure).
 *
 * The page posts a DissolveRequest; the worker answers with handleDissolveRequest(request). The page starts a
 * timer of `timeLimitMs` (default DISSOLVE_TIME_LIMIT_MS) when posting; if it fires first, the page terminates
 * the worker and uses timeoutResponse(id, limit) as the answer. Everything here is plain data (structured-clone safe).
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { dissolveGroup, dissolveScenario } from './dissolve';
import type { DissolveOptions, DissolveResult, UnitGeometry } from './dissolve';

/** Default time limit of one dissolve in the worker, ms (a district of 30 communes takes ~10 ms). */
export const DISSOLVE_TIME_LIMIT_MS = 10_000;

/**
 * Default time limit of a whole layer's dissolve (every group of one level at once, dissolveScenario): 10,000
 * communes in ~1,700 groups take ~2 s.
 */
export const DISSOLVE_LAYER_TIME_LIMIT_MS = 60_000;

/** Page → worker: dissolve these members. */
export interface DissolveRequest {
	id: string | number;
	members: (Polygon | MultiPolygon)[];
	opts?: DissolveOptions;
	/** Time limit the page applies to this request, ms (informative for the worker). */
	timeLimitMs?: number;
}

/** Worker → page, success. */
export interface DissolveSuccess {
	id: string | number;
	ok: true;
	geometry: DissolveResult['geometry'];
	method: DissolveResult['method'];
	slivers_filled: number;
	/** Time spent in the worker, ms. */
	ms: number;
}

/** Worker → page (or page-side timer), failure. */
export interface DissolveFailure {
	id: string | number;
	ok: false;
	/** Message for logs; the UI shows its own Vietnamese text. */
	error: string;
	/** True when the page's timer fired before the worker answered. */
	timedOut?: boolean;
}

/** The answer to one DissolveRequest. */
export type DissolveResponse = DissolveSuccess | DissolveFailure;

/** True when `x` has the shape of a DissolveRequest (checked on the worker side before use). */
export function isDissolveRequest(x: unknown): x is DissolveRequest {
	if (typeof x !== 'object' || x === null) return false;
	const r = x as Partial<DissolveRequest>;
	return (typeof r.id === 'string' || typeof r.id === 'number') && Array.isArray(r.members);
}

/** Runs one request; never throws (the worker posts whatever this returns). */
export function handleDissolveRequest(req: DissolveRequest): DissolveResponse {
	const t0 = performance.now();
	try {
		for (const m of req.members as unknown[]) {
			const type = (m as { type?: unknown } | null)?.type;
			if (type !== 'Polygon' && type !== 'MultiPolygon') {
				return { id: req.id, ok: false, error: `member is not a Polygon or MultiPolygon: ${String(type)}` };
			}
		}
		const r = dissolveGroup(req.members, req.opts);
		return {
			id: req.id,
			ok: true,
			geometry: r.geometry,
			method: r.method,
			slivers_filled: r.slivers_filled,
			ms: performance.now() - t0
		};
	} catch (e) {
		return { id: req.id, ok: false, error: e instanceof Error ? e.message : String(e) };
	}
}

/** The answer the page uses when the worker did not reply within `limitMs`. */
export function timeoutResponse(id: string | number, limitMs: number = DISSOLVE_TIME_LIMIT_MS): DissolveFailure {
	return { id, ok: false, error: `dissolve exceeded the time limit of ${limitMs} ms`, timedOut: true };
}

/**
 * Page → worker: dissolve every group of one layer at once (the after view of a whole scenario): the layer's
 * shared-arc topology is built once for all groups (dissolveScenario) instead of once per group, ~6× faster for a
 * country's 1,700 groups. `groupOf` gives the group of each member unit; the others border the groups.
 */
export interface DissolveLayerRequest {
	id: string | number;
	units: UnitGeometry[];
	groupOf: Record<string, string>;
	opts?: DissolveOptions;
	timeLimitMs?: number;
}

/** Worker → page: each group's dissolved geometry, by group id. */
export interface DissolveLayerSuccess {
	id: string | number;
	ok: true;
	groups: Record<string, DissolveResult['geometry']>;
	ms: number;
}

export type DissolveLayerResponse = DissolveLayerSuccess | DissolveFailure;

/** True when `x` has the shape of a DissolveLayerRequest. */
export function isDissolveLayerRequest(x: unknown): x is DissolveLayerRequest {
	if (typeof x !== 'object' || x === null) return false;
	const r = x as Partial<DissolveLayerRequest>;
	return (
		(typeof r.id === 'string' || typeof r.id === 'number') &&
		Array.isArray(r.units) &&
		typeof r.groupOf === 'object' &&
		r.groupOf !== null
	);
}

/** Runs one layer request; never throws. */
export function handleDissolveLayerRequest(req: DissolveLayerRequest): DissolveLayerResponse {
	const t0 = performance.now();
	try {
		for (const u of req.units) {
			const type = (u?.geometry as { type?: unknown } | null)?.type;
			if (type !== 'Polygon' && type !== 'MultiPolygon')
				return { id: req.id, ok: false, error: `unit ${u?.code} is not a Polygon or MultiPolygon: ${String(type)}` };
		}
		const results = dissolveScenario(req.units, (code) => req.groupOf[code], req.opts);
		const groups: Record<string, DissolveResult['geometry']> = {};
		for (const [g, r] of results) groups[g] = r.geometry;
		return { id: req.id, ok: true, groups, ms: performance.now() - t0 };
	} catch (e) {
		return { id: req.id, ok: false, error: e instanceof Error ? e.message : String(e) };
	}
}
