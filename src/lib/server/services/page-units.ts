/**
 * A dataset's units as the map pages receive them (issue 14 items 5 and 6): packed column by column
 * (domain/unit-pack.ts) and kept in memory per dataset version (least recently used first), so a page of a
 * 10,000-commune dataset does not read, map and pack every row again on each visit. The key is the dataset row's
 * data version (dataset id, creation time, `data_version`, bumped by every unit edit), so an edit made through any
 * app instance is seen at once.
 *
 * No map page embeds the units (issue 14 items 4 and 5: serialising 10,000 units into each page's data and
 * rendering its list on the server cost ~1 s of CPU per request, and 50 readers waited 30 s; the scenario pages
 * carried 3.7 MB of units in their data): the dataset map, a scenario's editor and its after view, the planner and
 * the comparison carry the summary below (counts, population, extent) and the browser fetches the packed units from
 * GET /api/datasets/[id]/units (src/lib/dataset-units.svelte.ts), one body per dataset version kept compressed,
 * revalidated by ETag (304). That body also carries the dataset's adjacency (unit indices), which the scenario pages'
 * data no longer does.
 */
import type { Kysely } from 'kysely';
import { packAdjacency, packUnits, type PackedUnits, type PackedUnitsBody } from '../../domain/unit-pack.ts';
import { unionBbox, type UnitView } from '../../domain/units.ts';
import { ScenarioStateError } from '../../domain/scenario/lifecycle.ts';
import { datasetDataKey } from '../db/dataset-version.repository.ts';
import { getDataset, type DatasetRow } from '../db/dataset.repository.ts';
import type { DB } from '../db/schema.ts';
import { HandleCache } from '../handle-cache.ts';
import { sharedDatasetUnits } from './dataset-units.ts';
import { cachedGeometryResponse } from './map-geometry.ts';
import { scenarioEditorData } from './scenario.service.ts';
import { datasetAdjacency } from './scenario-workspace.ts';

/** What the dataset map page shows before (and without) the units: their counts, population and extent. */
export interface UnitsSummary {
	districts: number;
	communes: number;
	/** Population summed over the district level and over the commune level (two-tier datasets count communes). */
	population: { district: number; commune: number };
	/** The union of the units' boxes (the map's first view), null when no unit has one. */
	bounds: [number, number, number, number] | null;
}

interface Entry {
	packed: PackedUnits;
	summary: UnitsSummary;
	/** The units' codes in the packing's order (what the adjacency's indices point at). */
	codes: string[];
}

const kept = new HandleCache<Entry>(() => 4);

export function summariseUnits(units: readonly UnitView[]): UnitsSummary {
	const s: UnitsSummary = { districts: 0, communes: 0, population: { district: 0, commune: 0 }, bounds: null };
	for (const u of units) {
		if (u.level !== 'district' && u.level !== 'commune') continue;
		if (u.level === 'district') s.districts++;
		else s.communes++;
		s.population[u.level] += u.population ?? 0;
	}
	s.bounds = unionBbox(units);
	return s;
}

type DatasetKey = Pick<DatasetRow, 'id' | 'created_at' | 'data_version'>;

/** The dataset's units read, packed and summarised once per dataset version. */
function unitsEntry(db: Kysely<DB>, dataset: DatasetKey): Promise<Entry> {
	return kept.get(db, datasetDataKey(dataset), () =>
		sharedDatasetUnits(db, dataset).then((units) => ({
			packed: packUnits(units),
			summary: summariseUnits(units),
			codes: units.map((u) => u.code)
		}))
	);
}

/** The dataset's units, packed (read and packed once per dataset version). */
export async function packedDatasetUnits(db: Kysely<DB>, dataset: DatasetKey): Promise<PackedUnits> {
	return (await unitsEntry(db, dataset)).packed;
}

/** The dataset's units summarised (from the same entry as the packing). */
export async function datasetUnitsSummary(db: Kysely<DB>, dataset: DatasetKey): Promise<UnitsSummary> {
	return (await unitsEntry(db, dataset)).summary;
}

/** Coordinates sent to the map page: 1e-5° (≈ 1 m), boxes rounded outwards so that they still hold their unit. */
const COORD_STEP = 1e5;
const round = (x: number) => Math.round(x * COORD_STEP) / COORD_STEP;

/**
 * The packing with its label points and boxes on a ≈ 1 m grid: they are most of the body (the stored label points
 * carry 14 decimals), and the page only draws and zooms with them. Other columns are the packing's own arrays.
 */
export function packedForMapPage(p: PackedUnits): PackedUnits {
	const columns = { ...p.columns };
	const label = columns.label;
	if (label && 'v' in label)
		columns.label = { v: label.v.map((c) => (Array.isArray(c) ? c.map((x: number) => round(x)) : c)) };
	const bbox = columns.bbox;
	if (bbox && 'v' in bbox)
		columns.bbox = {
			v: bbox.v.map((b) =>
				Array.isArray(b) && b.length === 4
					? [
							Math.floor(b[0] * COORD_STEP) / COORD_STEP,
							Math.floor(b[1] * COORD_STEP) / COORD_STEP,
							Math.ceil(b[2] * COORD_STEP) / COORD_STEP,
							Math.ceil(b[3] * COORD_STEP) / COORD_STEP
						]
					: b
			)
		};
	return { n: p.n, columns };
}

/**
 * The body of GET /api/datasets/[id]/units: the packed units (coordinates on a 1 m grid) and the dataset's adjacency
 * of both levels as indices into them (manual edges applied; an edge naming a unit that is not there is left out).
 * The scenario pages take the adjacency from here, not from their page data (issue 14 item 4: as code pairs it was
 * 0.8 MB of each view of a 10,000-commune scenario); a manual edge bumps the data version, so a new body is made.
 */
export async function datasetUnitsBody(db: Kysely<DB>, dataset: DatasetKey): Promise<PackedUnitsBody> {
	const [{ packed, codes }, adjacency] = await Promise.all([unitsEntry(db, dataset), datasetAdjacency(db, dataset.id)]);
	return { ...packedForMapPage(packed), adjacency: packAdjacency(codes, adjacency) };
}

/**
 * The name the units body is kept under (map-geometry.ts's cache; its ETag derives from it and the data version).
 * Named apart from the bodies that had no adjacency, so a browser's cached one does not revalidate (304) after an
 * upgrade of the server and reach a page that expects the adjacency.
 */
export const UNITS_BODY = 'units+adjacency';

/**
 * Answer GET /api/datasets/[id]/units: `datasetUnitsBody` as JSON text, made once per dataset version and kept with
 * its compressed forms (map-geometry.ts's cache), ETag and 304 on If-None-Match; 404 when there is no such dataset.
 */
export function datasetUnitsResponse(db: Kysely<DB>, request: Request, datasetId: number): Promise<Response> {
	return cachedGeometryResponse(db, request, datasetId, UNITS_BODY, 'application/json', async () => {
		const dataset = await getDataset(db, datasetId);
		if (!dataset) throw new Error(`dataset ${datasetId} is gone`);
		return JSON.stringify(await datasetUnitsBody(db, dataset));
	});
}

/**
 * The page data of a scenario's map pages (the editor and its after view): the editor's data and the units'
 * summary, neither the units nor their adjacency (issue 14 item 4: the browser fetches both from
 * GET /api/datasets/[id]/units, so no page view serialises a country's units or their 30,000 edges); null when
 * there is no such dataset or scenario.
 */
export async function scenarioMapPageData(db: Kysely<DB>, datasetId: number, scenarioId: number) {
	const data = await scenarioEditorData(db, datasetId, scenarioId).catch((e) => {
		if (e instanceof ScenarioStateError) return null;
		throw e;
	});
	if (!data) return null;
	return { ...data, summary: await datasetUnitsSummary(db, data.dataset) };
}
