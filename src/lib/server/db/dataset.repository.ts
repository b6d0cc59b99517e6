import type { Insertable, Kysely, Selectable } from 'kysely';
import type { ParsedDataset, ParsedUnit } from '../import/dataset.ts';
import { appendAudit } from './audit.repository.ts';
import { bumpDataVersion } from './dataset-version.repository.ts';
import type { AdjacencyTable, DataQualityTable, DatasetTable, DB, UnitTable } from './schema.ts';

export type DatasetRow = Selectable<DatasetTable>;
export interface DatasetSummary extends DatasetRow {
	districts: number;
	communes: number;
}

/** Adjacency edges and quality rows computed at import, stored with the dataset. */
export interface DerivedData {
	adjacency?: Omit<Insertable<AdjacencyTable>, 'dataset_id' | 'created_at' | 'created_by'>[];
	quality?: Omit<Insertable<DataQualityTable>, 'dataset_id'>[];
}

function unitRow(datasetId: number, u: ParsedUnit): Insertable<UnitTable> {
	const r = u.record;
	return {
		dataset_id: datasetId,
		code: r.code,
		level: r.level,
		kind: r.kind,
		parent_code: r.parentCode,
		name: r.name,
		terrain: r.terrain,
		ethnic_minority_share: r.ethnicMinorityShare,
		border: r.border ? 1 : 0,
		island: r.island ? 1 : 0,
		coastal_difficult: r.coastalDifficult ? 1 : 0,
		delta: r.delta ? 1 : 0,
		population: r.population,
		population_date: r.populationDate,
		population_source: r.populationSource,
		population_permanent: r.populationPermanent ?? null,
		population_temporary_converted: r.populationTemporaryConverted ?? null,
		area_official_km2: r.areaOfficialKm2,
		area_source: r.areaSource,
		area_computed_km2: r.areaComputedKm2,
		compactness: u.facts.compactness,
		commune_class: r.communeClass,
		last_arranged_period: r.lastArrangedPeriod,
		// Staffing inputs from the folder's attributes CSV (absent = not entered).
		staff_actual: r.staffActual ?? null,
		nonprofessional_actual: r.nonprofessionalActual ?? null,
		leaders: r.leaders ?? null,
		offices: r.offices ?? null,
		geometry: JSON.stringify(u.geometry),
		display_geometry: JSON.stringify(u.facts.display),
		label_lon: u.facts.label[0],
		label_lat: u.facts.label[1],
		min_lon: u.facts.bbox[0],
		min_lat: u.facts.bbox[1],
		max_lon: u.facts.bbox[2],
		max_lat: u.facts.bbox[3],
		extra: Object.keys(u.extra).length ? JSON.stringify(u.extra) : null
	};
}

async function insertChunked<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
	for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** Store a parsed dataset with its units and derived data in ONE transaction; returns the new id. */
export async function insertDataset(
	db: Kysely<DB>,
	parsed: ParsedDataset,
	derived: DerivedData,
	who: string,
	opts: { isDemo?: boolean } = {}
): Promise<number> {
	return db.transaction().execute(async (trx) => {
		const now = new Date().toISOString();
		const ds = parsed.dataset;
		const { id } = await trx
			.insertInto('datasets')
			.values({
				name: ds.name,
				province_code: ds.provinceCode,
				province_name: ds.provinceName,
				reference_date: ds.referenceDate,
				default_terrain: ds.defaultTerrain,
				source_notes: ds.sourceNotes,
				structure: ds.structure ?? 'three-tier',
				is_demo: opts.isDemo ? 1 : 0,
				created_at: now,
				created_by: who
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		const rows = [...parsed.districts, ...parsed.communes].map((u) => unitRow(id, u));
		await insertChunked(rows, 200, (c) => trx.insertInto('units').values(c).execute());
		await insertChunked(derived.adjacency ?? [], 500, (c) =>
			trx
				.insertInto('adjacency')
				.values(c.map((e) => ({ ...e, dataset_id: id, created_at: now, created_by: who })))
				.execute()
		);
		await insertChunked(derived.quality ?? [], 500, (c) =>
			trx
				.insertInto('data_quality')
				.values(c.map((q) => ({ ...q, dataset_id: id })))
				.execute()
		);
		await appendAudit(
			trx,
			[
				{
					who,
					dataset_id: id,
					entity: 'dataset',
					entity_key: String(id),
					action: 'import',
					after: {
						name: ds.name,
						structure: ds.structure ?? 'three-tier',
						districts: parsed.districts.length,
						communes: parsed.communes.length
					},
					note: ds.sourceNotes
				}
			],
			now
		);
		return id;
	});
}

/** All datasets with their unit counts, newest first. */
export async function listDatasets(db: Kysely<DB>): Promise<DatasetSummary[]> {
	const rows = await db
		.selectFrom('datasets as d')
		.selectAll('d')
		.select((eb) => [
			eb
				.selectFrom('units')
				.whereRef('units.dataset_id', '=', 'd.id')
				.where('level', '=', 'district')
				.select((e) => e.fn.countAll<number>().as('n'))
				.as('districts'),
			eb
				.selectFrom('units')
				.whereRef('units.dataset_id', '=', 'd.id')
				.where('level', '=', 'commune')
				.select((e) => e.fn.countAll<number>().as('n'))
				.as('communes')
		])
		.orderBy('d.id', 'desc')
		.execute();
	return rows.map((r) => ({ ...r, districts: Number(r.districts ?? 0), communes: Number(r.communes ?? 0) }));
}

/** The ids of the `n` newest datasets, newest first. */
export async function newestDatasetIds(db: Kysely<DB>, n: number): Promise<number[]> {
	const rows = await db.selectFrom('datasets').select('id').orderBy('id', 'desc').limit(n).execute();
	return rows.map((r) => r.id);
}

/** One dataset, or undefined. */
export async function getDataset(db: Kysely<DB>, id: number): Promise<DatasetRow | undefined> {
	return db.selectFrom('datasets').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Number of datasets (to decide whether to seed the demo). */
export async function countDatasets(db: Kysely<DB>): Promise<number> {
	const r = await db
		.selectFrom('datasets')
		.select((e) => e.fn.countAll<number>().as('n'))
		.executeTakeFirstOrThrow();
	return Number(r.n);
}

/** Find a dataset by id or exact name (CLI arguments). */
export async function findDataset(db: Kysely<DB>, idOrName: string): Promise<DatasetRow | undefined> {
	if (/^\d+$/.test(idOrName)) {
		const byId = await getDataset(db, Number(idOrName));
		if (byId) return byId;
	}
	return db.selectFrom('datasets').selectAll().where('name', '=', idOrName).orderBy('id', 'desc').executeTakeFirst();
}

/** Delete a dataset and everything under it (units, adjacency, quality cascade); the audit trail keeps a row. */
export async function deleteDataset(db: Kysely<DB>, id: number, who: string): Promise<boolean> {
	return db.transaction().execute(async (trx) => {
		const ds = await trx.selectFrom('datasets').selectAll().where('id', '=', id).executeTakeFirst();
		if (!ds) return false;
		await trx.deleteFrom('datasets').where('id', '=', id).execute();
		await appendAudit(trx, [
			{
				who,
				dataset_id: id,
				entity: 'dataset',
				entity_key: String(id),
				action: 'delete',
				before: { name: ds.name, province: ds.province_name }
			}
		]);
		return true;
	});
}

/** Update dataset-level settings (reference date, default terrain, name) with an audit row per field. */
export async function updateDataset(
	db: Kysely<DB>,
	id: number,
	patch: Partial<Pick<DatasetRow, 'name' | 'reference_date' | 'default_terrain' | 'source_notes'>>,
	who: string
): Promise<DatasetRow> {
	return db.transaction().execute(async (trx) => {
		const before = await trx.selectFrom('datasets').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
		await trx.updateTable('datasets').set(patch).where('id', '=', id).execute();
		await bumpDataVersion(trx, id);
		await appendAudit(
			trx,
			Object.entries(patch)
				.filter(([k, v]) => before[k as keyof DatasetRow] !== v)
				.map(([k, v]) => ({
					who,
					dataset_id: id,
					entity: 'dataset',
					entity_key: String(id),
					action: 'update',
					field: k,
					before: before[k as keyof DatasetRow],
					after: v
				}))
		);
		return trx.selectFrom('datasets').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
	});
}
