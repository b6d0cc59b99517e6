/**
 * The dossier's data exports (issue 12 item 6): the units after the arrangement at a level as GeoJSON, as a zipped
 * Shapefile (UTF-8 DBF with its .cpg) and as a GeoPackage, written by mapshaper's Node API (`@mapbox/shp-write`
 * writes one byte per character and corrupts Vietnamese names: stack-notes); the old-code → new-code equivalence
 * table; and the plan CSV (the format `scenario import` reads back).
 *
 * Figures come from the scenario evaluation (evaluateStored), the one the screens show: nothing is recomputed here.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { createRequire } from 'node:module';
import {
	EQUIVALENCE_CHANGE_LABEL,
	equivalenceTable,
	kindLabel,
	unitsAfterCollection,
	type EquivalenceRow,
	type UnitAfterProps,
	type UnitsAfterInput
} from '../../domain/dossier/units-after.ts';
import type { Lang } from '../../domain/messages.ts';
import type { Scenario } from '../db/scenario.repository.ts';
import { listGeometries, listUnits } from '../db/unit.repository.ts';
import { toCsv } from '../export/csv.ts';
import { planToCsv } from '../import/plan-csv.ts';
import { requireScenario } from '../services/scenario.service.ts';
import { evaluateStored, type ScenarioWorkspace } from '../services/scenario-workspace.ts';
import { DossierExportError } from './errors.ts';
import type { DossierLevel, ExportRequest, Exporter } from './types.ts';
import { tIn } from '../../i18n/catalogue.ts';

// mapshaper is CommonJS without type declarations; loaded on first use (about a second), not by every CLI command.
type Mapshaper = {
	applyCommands(commands: string, input: Record<string, unknown>): Promise<Record<string, Buffer | string>>;
};
let mapshaperModule: Mapshaper | null = null;
const mapshaper = (): Mapshaper => (mapshaperModule ??= createRequire(import.meta.url)('mapshaper') as Mapshaper);

/** The base of every dossier file name of a scenario version: "phuong-an-7-v12". */
export function fileBase(scenario: Pick<Scenario, 'id' | 'version'>): string {
	return `phuong-an-${scenario.id}-v${scenario.version}`;
}

/** The scenario, its evaluation and its dataset's units, for the data exports. */
export interface DataBasis {
	scenario: Scenario;
	workspace: ScenarioWorkspace;
	input: UnitsAfterInput;
}

export async function loadDataBasis(req: Pick<ExportRequest, 'db' | 'scenarioId' | 'level' | 'lang'>) {
	const scenario = await requireScenario(req.db, req.scenarioId);
	const { evaluation, workspace } = await evaluateStored(req.db, scenario);
	if (req.level === 'district' && !workspace.units.some((u) => u.level === 'district'))
		throw new DossierExportError(
			'no_district_level',
			'Bộ dữ liệu này không có cấp huyện (hai cấp): chỉ xuất được cấp xã.',
			'This dataset has no district level (two-tier): only the commune level can be exported.'
		);
	const input: UnitsAfterInput = {
		level: req.level,
		evaluation,
		units: workspace.units,
		verdicts: workspace.basis.verdicts,
		lang: req.lang
	};
	return { scenario, workspace, input } satisfies DataBasis;
}

/** The units after at the request's level, dissolved, with the evaluation's figures. */
export async function unitsAfterOf(
	req: ExportRequest
): Promise<{ basis: DataBasis; collection: FeatureCollection<Polygon | MultiPolygon | null, UnitAfterProps> }> {
	req.onProgress?.(tIn(req.lang, 'dossier.geodata.evaluatingTheScenario'), 0.05);
	const basis = await loadDataBasis(req);
	req.onProgress?.(tIn(req.lang, 'dossier.geodata.readingTheBoundaries'), 0.2);
	const geometries = await listGeometries(req.db, basis.scenario.datasetId, req.level);
	req.onProgress?.(tIn(req.lang, 'dossier.geodata.dissolvingTheNewUnits'), 0.35);
	const collection = unitsAfterCollection(basis.input, geometries);
	req.onProgress?.(tIn(req.lang, 'dossier.geodata.writingTheFile'), 0.8);
	return { basis, collection };
}

const levelSlug = (level: DossierLevel) => (level === 'district' ? 'cap-huyen' : 'cap-xa');
const encoder = new TextEncoder();

export const exportGeojson: Exporter = async (req) => {
	const { basis, collection } = await unitsAfterOf(req);
	return {
		filename: `${fileBase(basis.scenario)}-don-vi-sau-sap-xep-${levelSlug(req.level)}.geojson`,
		contentType: 'application/geo+json',
		bytes: encoder.encode(JSON.stringify(collection))
	};
};

/**
 * The collection as mapshaper takes it for DBF and GeoPackage columns: `members` as one text field ("a;b"), the
 * provisional flag as 1/0 (a DBF has no portable boolean), features without geometry dropped.
 */
function flatCollection(collection: FeatureCollection<Polygon | MultiPolygon | null, UnitAfterProps>) {
	return {
		type: 'FeatureCollection',
		features: collection.features
			.filter((f) => f.geometry)
			.map((f) => ({
				type: 'Feature',
				geometry: f.geometry,
				properties: {
					code: f.properties.code,
					name: f.properties.name,
					kind: f.properties.kind ?? '',
					kind_name: f.properties.kind_name ?? '',
					area_km2: f.properties.area_km2,
					population: f.properties.population,
					members: f.properties.members.join(';'),
					code_prov: f.properties.code_prov ? 1 : 0,
					group: f.properties.group ?? '',
					parent: f.properties.parent ?? ''
				}
			}))
	};
}

/** Run mapshaper on one GeoJSON input named `<layer>.json`; returns its output files by name. */
async function mapshaperConvert(layer: string, collection: unknown, output: string): Promise<Record<string, Buffer>> {
	return (await mapshaper().applyCommands(`-i ${layer}.json -o ${output}`, {
		[`${layer}.json`]: JSON.stringify(collection)
	})) as Record<string, Buffer>;
}

const layerName = (level: DossierLevel) => (level === 'district' ? 'don_vi_cap_huyen' : 'don_vi_cap_xa');

export const exportShapefile: Exporter = async (req) => {
	const { basis, collection } = await unitsAfterOf(req);
	const name = `${fileBase(basis.scenario)}-don-vi-sau-sap-xep-${levelSlug(req.level)}`;
	const out = await mapshaperConvert(
		layerName(req.level),
		flatCollection(collection),
		`${name}.zip format=shapefile encoding=utf8`
	);
	return { filename: `${name}.zip`, contentType: 'application/zip', bytes: new Uint8Array(out[`${name}.zip`]) };
};

export const exportGeopackage: Exporter = async (req) => {
	const { basis, collection } = await unitsAfterOf(req);
	const name = `${fileBase(basis.scenario)}-don-vi-sau-sap-xep-${levelSlug(req.level)}`;
	const out = await mapshaperConvert(
		layerName(req.level),
		flatCollection(collection),
		`${name}.gpkg format=geopackage`
	);
	return {
		filename: `${name}.gpkg`,
		contentType: 'application/geopackage+sqlite3',
		bytes: new Uint8Array(out[`${name}.gpkg`])
	};
};

/** The plan as CSV (UTF-8 with BOM, codes quoted, formula cells escaped): `scenario import` reads it back. */
export const exportPlanCsv: Exporter = async (req) => {
	req.onProgress?.(tIn(req.lang, 'dossier.geodata.writingThePlanTable'), 0.5);
	const scenario = await requireScenario(req.db, req.scenarioId);
	const csv = planToCsv(scenario.content, await listUnits(req.db, scenario.datasetId));
	return {
		filename: `${fileBase(scenario)}.csv`,
		contentType: 'text/csv; charset=utf-8',
		bytes: encoder.encode(csv)
	};
};

/** Column headers of the equivalence table, in the export's language. */
export function equivalenceHeader(lang: Lang, level: DossierLevel): string[] {
	const h = [
		tIn(lang, 'dossier.geodata.oldCode'),
		tIn(lang, 'dossier.geodata.oldName'),
		tIn(lang, 'dossier.geodata.oldKind'),
		tIn(lang, 'dossier.geodata.newCode'),
		tIn(lang, 'dossier.geodata.newName'),
		tIn(lang, 'dossier.geodata.newKind'),
		tIn(lang, 'dossier.geodata.change'),
		tIn(lang, 'dossier.geodata.provisionalCodePendingTheGso'),
		tIn(lang, 'dossier.geodata.group')
	];
	if (level === 'commune')
		h.push(tIn(lang, 'dossier.geodata.districtBefore'), tIn(lang, 'dossier.geodata.districtAfter'));
	return h;
}

/** One equivalence row as table cells (codes as text), in the export's language. */
export function equivalenceCells(r: EquivalenceRow, lang: Lang, level: DossierLevel): (string | null)[] {
	const cells = [
		r.oldCode,
		r.oldName,
		kindLabel(r.oldKind, lang),
		r.newCode,
		r.newName,
		kindLabel(r.newKind, lang),
		EQUIVALENCE_CHANGE_LABEL[r.change][lang],
		r.codeProvisional ? tIn(lang, 'dossier.geodata.yes') : tIn(lang, 'dossier.geodata.no'),
		r.group
	];
	if (level === 'commune') cells.push(r.parentBefore, r.parentAfter);
	return cells;
}

/** The old-code → new-code table of the request's level. */
export async function equivalenceOf(req: ExportRequest): Promise<{ basis: DataBasis; rows: EquivalenceRow[] }> {
	const basis = await loadDataBasis(req);
	return { basis, rows: equivalenceTable(basis.input) };
}

/** The equivalence table as CSV (UTF-8 with BOM, codes as quoted text, formula cells escaped). */
export async function equivalenceCsv(req: ExportRequest) {
	const { basis, rows } = await equivalenceOf(req);
	return {
		filename: `${fileBase(basis.scenario)}-bang-tuong-ung-ma-${levelSlug(req.level)}.csv`,
		contentType: 'text/csv; charset=utf-8',
		bytes: encoder.encode(
			toCsv(
				equivalenceHeader(req.lang, req.level),
				rows.map((r) => equivalenceCells(r, req.lang, req.level))
			)
		)
	};
}
