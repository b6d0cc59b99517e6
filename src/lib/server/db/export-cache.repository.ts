/**
 * The dossier's export cache (migration 060): the last file made for each (scenario, format, level, language) with
 * the scenario version and data stamp it was made from, and the data stamp itself.
 */
import type { Kysely } from 'kysely';
import type { DB } from './schema.ts';

export interface ExportCacheKey {
	scenarioId: number;
	format: string;
	level: string;
	lang: string;
}

export interface CachedExport {
	version: number;
	stamp: string;
	filename: string;
	contentType: string;
	bytes: Uint8Array;
	createdAt: string;
}

/** The cached file of a key if it was made from this version and data stamp; undefined otherwise. */
export async function getCachedExport(
	db: Kysely<DB>,
	key: ExportCacheKey,
	version: number,
	stamp: string
): Promise<CachedExport | undefined> {
	const r = await db
		.selectFrom('export_cache')
		.selectAll()
		.where('scenario_id', '=', key.scenarioId)
		.where('format', '=', key.format)
		.where('level', '=', key.level)
		.where('lang', '=', key.lang)
		.executeTakeFirst();
	if (!r || Number(r.scenario_version) !== version || r.data_stamp !== stamp) return undefined;
	return {
		version: Number(r.scenario_version),
		stamp: r.data_stamp,
		filename: r.filename,
		contentType: r.content_type,
		bytes: new Uint8Array(Buffer.from(r.content_base64, 'base64')),
		createdAt: r.created_at
	};
}

/** Store the file of a key, replacing what was there (an older version's file). */
export async function putCachedExport(db: Kysely<DB>, key: ExportCacheKey, file: CachedExport): Promise<void> {
	await db.transaction().execute(async (tx) => {
		await tx
			.deleteFrom('export_cache')
			.where('scenario_id', '=', key.scenarioId)
			.where('format', '=', key.format)
			.where('level', '=', key.level)
			.where('lang', '=', key.lang)
			.execute();
		await tx
			.insertInto('export_cache')
			.values({
				scenario_id: key.scenarioId,
				format: key.format,
				level: key.level,
				lang: key.lang,
				scenario_version: file.version,
				data_stamp: file.stamp,
				filename: file.filename,
				content_type: file.contentType,
				size: file.bytes.byteLength,
				content_base64: Buffer.from(file.bytes).toString('base64'),
				created_at: file.createdAt
			})
			.execute();
	});
}

/**
 * What a dossier is made from besides the scenario's own content (whose version is in the key): the units and their
 * attributes, adjacency, staffing inputs, rule-set overrides, consultation records. Every such change is audited,
 * so the id of the last audit row about the dataset (or about the rule sets, which are not per dataset) changes when
 * any of them does. Scenario edits (the version says those), comments and accounts are left out.
 */
export async function exportDataStamp(db: Kysely<DB>, datasetId: number): Promise<string> {
	const r = await db
		.selectFrom('audit_log')
		.select((e) => e.fn.max('id').as('last'))
		.where((e) => e.or([e('dataset_id', '=', datasetId), e('entity', '=', 'rule_override')]))
		.where('entity', 'not in', ['scenario', 'comment', 'user'])
		.executeTakeFirst();
	return `audit:${r?.last ?? 0}`;
}
