import type { Kysely, Selectable } from 'kysely';
import type { Level, UnitView } from '../../domain/units.ts';

export type { UnitView };
import { appendAudit } from './audit.repository.ts';
import { bumpDataVersion } from './dataset-version.repository.ts';
import { EDITABLE_COLUMNS, toColumnValue, toUnitRecord, type EditableField } from './mappers.ts';
import type { DB, UnitTable } from './schema.ts';

const VIEW_COLUMNS = [
	'code',
	'name',
	'level',
	'kind',
	'parent_code',
	'terrain',
	'ethnic_minority_share',
	'border',
	'island',
	'coastal_difficult',
	'delta',
	'population',
	'population_date',
	'population_source',
	'population_permanent',
	'population_temporary_converted',
	'area_official_km2',
	'area_source',
	'area_computed_km2',
	'compactness',
	'commune_class',
	'last_arranged_period',
	'exemption_code',
	'exemption_note',
	'exemption_ref_number',
	'exemption_ref_date',
	'label_lon',
	'label_lat',
	'min_lon',
	'min_lat',
	'max_lon',
	'max_lat',
	'staff_actual',
	'nonprofessional_actual',
	'leaders',
	'offices'
] as const satisfies readonly (keyof UnitTable)[];

type ViewRow = Pick<Selectable<UnitTable>, (typeof VIEW_COLUMNS)[number]>;

function toView(r: ViewRow): UnitView {
	return {
		...toUnitRecord(r),
		label: r.label_lon != null && r.label_lat != null ? [r.label_lon, r.label_lat] : null,
		bbox: r.min_lon != null ? [r.min_lon, r.min_lat!, r.max_lon!, r.max_lat!] : null,
		exemptionCode: r.exemption_code,
		exemptionNote: r.exemption_note,
		exemptionRefNumber: r.exemption_ref_number,
		exemptionRefDate: r.exemption_ref_date,
		compactness: r.compactness
	};
}

/** Units of a dataset (without geometry), ordered by level then code. */
export async function listUnits(db: Kysely<DB>, datasetId: number, level?: Level): Promise<UnitView[]> {
	let q = db.selectFrom('units').select(VIEW_COLUMNS).where('dataset_id', '=', datasetId);
	if (level) q = q.where('level', '=', level);
	const rows = await q.orderBy('level', 'desc').orderBy('code').execute();
	return rows.map(toView);
}

/** One unit (without geometry). */
export async function getUnit(db: Kysely<DB>, datasetId: number, code: string): Promise<UnitView | undefined> {
	const r = await db
		.selectFrom('units')
		.select(VIEW_COLUMNS)
		.where('dataset_id', '=', datasetId)
		.where('code', '=', code)
		.executeTakeFirst();
	return r && toView(r);
}

/** Full-resolution geometries of a level (for geometry work: adjacency, dissolve). */
export async function listGeometries(
	db: Kysely<DB>,
	datasetId: number,
	level: Level
): Promise<{ code: string; parentCode: string | null; geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon }[]> {
	const rows = await geometryTexts(db, datasetId, level);
	return rows.map((r) => ({ ...r, geometry: JSON.parse(r.geometry) }));
}

/**
 * Full-resolution boundaries of a level as GeoJSON text (properties `code`, `parent`), concatenated from the stored
 * text without a parse/stringify round trip.
 */
export async function geometryLayerGeoJson(db: Kysely<DB>, datasetId: number, level: Level): Promise<string> {
	const rows = await geometryTexts(db, datasetId, level);
	const parts = rows.map(
		(r) =>
			`{"type":"Feature","properties":{"code":${JSON.stringify(r.code)},"parent":${JSON.stringify(r.parentCode)}},"geometry":${r.geometry}}`
	);
	return `{"type":"FeatureCollection","features":[${parts.join(',')}]}`;
}

/**
 * A level's rows with large geometry text, read a page at a time in code order: on SQLite a read is synchronous, and
 * a country's 10,000 communes at once held the event loop for ~100-250 ms (the display outlines, 15 MB); a page of
 * 500 is a few ms, and other requests are answered between pages.
 */
async function levelRowsInPages<C extends 'id' | 'name' | 'kind' | 'parent_code' | 'geometry' | 'display_geometry'>(
	db: Kysely<DB>,
	datasetId: number,
	level: Level,
	columns: readonly C[]
) {
	const read = (after: string | null) =>
		db
			.selectFrom('units')
			.select(['code', ...columns])
			.where('dataset_id', '=', datasetId)
			.where('level', '=', level)
			.$if(after !== null, (q) => q.where('code', '>', after!))
			.orderBy('code')
			.limit(GEOMETRY_PAGE)
			.execute();
	const out: Awaited<ReturnType<typeof read>> = [];
	for (let after: string | null = null; ;) {
		const page = await read(after);
		for (const r of page) out.push(r);
		if (page.length < GEOMETRY_PAGE) return out;
		after = (page[page.length - 1] as { code: string }).code;
		// Let the other requests in between two synchronous reads.
		await new Promise((resolve) => setImmediate(resolve));
	}
}
const GEOMETRY_PAGE = 500;

/** The stored full-resolution geometry text of a level's units, by code. */
export async function geometryTexts(
	db: Kysely<DB>,
	datasetId: number,
	level: Level
): Promise<{ code: string; parentCode: string | null; geometry: string }[]> {
	const rows = await levelRowsInPages(db, datasetId, level, ['parent_code', 'geometry']);
	return rows.map((r) => ({ code: r.code, parentCode: r.parent_code, geometry: r.geometry }));
}

/**
 * The display layer of a level as GeoJSON text, built by concatenating stored geometry text (no parse/stringify
 * round trip): what the server cuts into the map's vector tiles (services/map-tiles.ts), up to 10,000 communes.
 * The map keys feature-state by `code` (the tiles' promoted id).
 */
export async function displayLayerGeoJson(db: Kysely<DB>, datasetId: number, level: Level): Promise<string> {
	const rows = await levelRowsInPages(db, datasetId, level, ['id', 'name', 'kind', 'parent_code', 'display_geometry']);
	const parts = rows.map(
		(r) =>
			`{"type":"Feature","id":${r.id},"properties":${JSON.stringify({ code: r.code, name: r.name, kind: r.kind, parent: r.parent_code })},"geometry":${r.display_geometry}}`
	);
	return `{"type":"FeatureCollection","features":[${parts.join(',')}]}`;
}

export type UnitPatch = Partial<Record<EditableField, unknown>>;

/**
 * Update editable attributes of units in one transaction, with an audit row per changed field
 * (who, when, field, before → after). Unknown codes throw and nothing is written.
 */
export async function updateUnits(
	db: Kysely<DB>,
	datasetId: number,
	patches: { code: string; patch: UnitPatch }[],
	who: string,
	note?: string
): Promise<number> {
	return db.transaction().execute(async (trx) => {
		let changed = 0;
		const audit = [];
		for (const { code, patch } of patches) {
			const before = await trx
				.selectFrom('units')
				.selectAll()
				.where('dataset_id', '=', datasetId)
				.where('code', '=', code)
				.executeTakeFirst();
			if (!before) throw new Error(`Unit ${code} is not in dataset ${datasetId}`);
			const set: Record<string, string | number | null> = {};
			for (const [field, value] of Object.entries(patch) as [EditableField, unknown][]) {
				const col = EDITABLE_COLUMNS[field];
				if (!col) throw new Error(`Field ${field} cannot be edited`);
				const v = toColumnValue(value);
				if (before[col] === v) continue;
				set[col] = v;
				audit.push({
					who,
					dataset_id: datasetId,
					entity: 'unit',
					entity_key: code,
					action: 'update',
					field,
					before: before[col],
					after: v,
					note: note ?? null
				});
			}
			if (Object.keys(set).length) {
				await trx.updateTable('units').set(set).where('id', '=', before.id).execute();
				changed++;
			}
		}
		await appendAudit(trx, audit);
		if (changed) await bumpDataVersion(trx, datasetId);
		return changed;
	});
}
