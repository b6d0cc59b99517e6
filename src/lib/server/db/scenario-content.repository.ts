/**
 * A scenario's content as stored since migration 2026-12-03_010 (issue 14 item 2): each version row holds the change
 * from the version before (`delta`, see domain/scenario/delta.ts), and every so many versions the whole content (a
 * checkpoint: `checkpoint` = 1). The content of a version is its nearest checkpoint at or before it with the deltas
 * after it applied in order; the scenario row names its latest checkpoint (`checkpoint_version`). Saving one click
 * writes a delta of the groups it changed, whatever the size of the scenario; the whole content is written once per
 * CHECKPOINT_EVERY versions (or when a change is large), so a content is never rebuilt from more than that many deltas.
 */
import type { Kysely, Transaction } from 'kysely';
import { deltaSize, parseDelta, type ContentDelta, type ScenarioContent } from '../../domain/scenario/model.ts';
import type { DB } from './schema.ts';
import { parseContent } from './scenario-row.ts';

type Executor = Kysely<DB> | Transaction<DB>;

/** Versions between two checkpoints (SCENARIO_CHECKPOINT_EVERY, default 100). */
export const checkpointEvery = () => Math.max(1, Math.floor(Number(process.env.SCENARIO_CHECKPOINT_EVERY) || 100));

/**
 * Whether the version `version` of a scenario whose latest checkpoint is `checkpointVersion` is written whole: every
 * checkpointEvery() versions, and when its delta is large (a plan replaced, many groups at once) compared with the
 * content, where the delta would cost about what the content does.
 */
export function isCheckpoint(
	version: number,
	checkpointVersion: number,
	delta: ContentDelta,
	content: ScenarioContent
): boolean {
	if (version - checkpointVersion >= checkpointEvery()) return true;
	const n = deltaSize(delta);
	return n > 64 && n > (content.groups.length + content.exemptions.length) / 4;
}

/** A version's delta as stored, read back (null: a checkpoint written without one, or not a delta). */
export const readDelta = (text: string | null): ContentDelta | null => (text == null ? null : parseDelta(text));

/**
 * The content of a scenario at `version`: its checkpoint (`checkpoint`, the nearest at or before it; looked up when
 * not given) and the deltas after it. Versions of a scenario never change once written, so this may be read outside
 * the transaction that wrote them. A missing or unreadable row throws (the database is damaged).
 */
export async function readContentAt(
	db: Executor,
	id: number,
	version: number,
	checkpoint?: number
): Promise<ScenarioContent> {
	const base =
		checkpoint ??
		(
			await db
				.selectFrom('scenario_versions')
				.select((eb) => eb.fn.max('version').as('v'))
				.where('scenario_id', '=', id)
				.where('version', '<=', version)
				.where('checkpoint', '=', 1)
				.executeTakeFirst()
		)?.v;
	if (base == null) throw new Error(`scenario ${id}: no whole content stored at or before version ${version}`);
	const rows = await db
		.selectFrom('scenario_versions')
		.select(['version', 'content', 'delta', 'checkpoint'])
		.where('scenario_id', '=', id)
		.where('version', '>=', Number(base))
		.where('version', '<=', version)
		.orderBy('version')
		.execute();
	// The checkpoint's lists are read fresh, so the deltas are spliced into them in place (not a copy per delta).
	let content: ScenarioContent | undefined;
	let expected = Number(base);
	for (const r of rows) {
		if (r.version !== expected) break;
		expected++;
		if (content && !r.checkpoint) {
			const d = readDelta(r.delta);
			if (!d) throw new Error(`scenario ${id}: version ${r.version} holds neither a content nor a change`);
			for (const s of d.groups) content.groups.splice(s.at, s.del.length, ...s.ins);
			for (const s of d.exemptions) content.exemptions.splice(s.at, s.del.length, ...s.ins);
		} else content = parseContent(r.content);
	}
	if (!content || expected !== version + 1) throw new Error(`scenario ${id}: version ${expected} is missing`);
	return content;
}
