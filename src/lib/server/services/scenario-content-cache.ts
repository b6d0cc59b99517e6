/**
 * Parsed scenario contents kept in memory between requests (issue 14 item 2): an edit takes the content it starts
 * from here instead of reading and parsing the whole content JSON again. An entry is the content of one scenario at
 * one version and update time; it is used only while the scenario's row still has that version and update time
 * (read on every request, so a change made through another app instance on the same database is never missed), and
 * it is replaced when this process writes a new version. Contents are shared: nothing may mutate them (the domain's
 * edit operations never do; they return new contents sharing the unchanged groups). Per database handle, bounded
 * (least recently used first; SCENARIO_CONTENT_CACHE entries, default 32).
 */
import type { Kysely, Transaction } from 'kysely';
import type { ScenarioContent } from '../../domain/scenario/model.ts';
import { VersionConflictError } from '../../domain/scenario/lifecycle.ts';
import { getScenarioContent } from '../db/scenario-head.repository.ts';
import type { DB } from '../db/schema.ts';

interface Entry {
	version: number;
	updatedAt: string;
	content: ScenarioContent;
}

const limit = () => Math.max(1, Number(process.env.SCENARIO_CONTENT_CACHE) || 32);
const caches = new WeakMap<object, Map<number, Entry>>();

function cacheOf(db: Kysely<DB>): Map<number, Entry> {
	let c = caches.get(db);
	if (!c) caches.set(db, (c = new Map()));
	return c;
}

/** Remember a scenario's content at a version (after the transaction that wrote or read it has ended). */
export function rememberContent(db: Kysely<DB>, id: number, entry: Entry): void {
	const c = cacheOf(db);
	c.delete(id);
	c.set(id, entry);
	while (c.size > limit()) c.delete(c.keys().next().value!);
}

/** The cached content of a scenario at this version and update time, if any. */
export function cachedContent(
	db: Kysely<DB>,
	head: { id: number; version: number; updatedAt: string }
): ScenarioContent | undefined {
	const c = cacheOf(db);
	const e = c.get(head.id);
	if (!e || e.version !== head.version || e.updatedAt !== head.updatedAt) return undefined;
	c.delete(head.id);
	c.set(head.id, e);
	return e.content;
}

/**
 * The content of a scenario at the version of `head`: from the cache, else read through `reader` (the transaction
 * that locked the row, or the database) and remembered. A content of another version (a writer came in between the
 * two reads) → VersionConflictError, as the save would find.
 */
export async function contentAt(
	db: Kysely<DB>,
	head: { id: number; version: number; updatedAt: string },
	reader: Kysely<DB> | Transaction<DB> = db
): Promise<ScenarioContent> {
	const hit = cachedContent(db, head);
	if (hit) return hit;
	const r = await getScenarioContent(reader, head.id);
	if (!r || r.version !== head.version) throw new VersionConflictError(head.id, head.version, r?.version ?? 0);
	// Also when read inside a transaction: it is read before anything is written there, and the content of a
	// version (at an update time) never changes, so it may be remembered at once.
	rememberContent(db, head.id, r);
	return r.content;
}

/** How many contents are cached for this database handle (tests, diagnostics). */
export function cachedContentCount(db: Kysely<DB>): number {
	return caches.get(db)?.size ?? 0;
}
