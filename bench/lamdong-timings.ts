/**
 * Timings on the real Lâm Đồng layer (142 communes, 12 districts; /work/shared/data/lam-dong, never copied into the
 * repository), moved here from the unit tests (issue 16 item 5: timed assertions belong to the bench, not to tests
 * that a loaded machine could fail): the data quality report (target < 2 s) and dissolving the 142 communes into
 * their 12 districts (first call, then the best of five). The tests keep what these compute; only the clock is here.
 * Without the data folder the figures are skipped with a notice (a bench may skip, a test may not).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { computeAdjacency, type AdjacencyEdge } from '../src/lib/domain/geo/adjacency.ts';
import { dissolveScenario } from '../src/lib/domain/geo/dissolve.ts';
import { dataQualityReport, type QualityInput } from '../src/lib/domain/geo/quality.ts';
import { LAMDONG_DIR } from './adjacency-lamdong.ts';

type Props = { code: string; name: string; district_code?: string };
type Feature = FeatureCollection<Polygon | MultiPolygon, Props>['features'][number];

/**
 * The data-quality report's input for the Lâm Đồng layer in `dir`: its districts and communes, the commune
 * adjacency, and the official areas of units.csv (the bench times the report, tests/unit/geo-lamdong.test.ts checks it).
 */
export function lamDongQualityInput(
	dir: string,
	communes: Feature[],
	districts: Feature[],
	edges: AdjacencyEdge[]
): QualityInput & { officialAreas: Record<string, number> } {
	const csv = Papa.parse<Record<string, string>>(readFileSync(path.join(dir, 'units.csv'), 'utf8'), {
		header: true,
		skipEmptyLines: true
	}).data;
	const officialAreas: Record<string, number> = {};
	for (const row of csv) if (row.area_km2_official) officialAreas[row.code] = Number(row.area_km2_official);
	return {
		districts: districts.map((f) => ({ code: f.properties.code, name: f.properties.name, geometry: f.geometry })),
		communes: communes.map((f) => ({
			code: f.properties.code,
			name: f.properties.name,
			districtCode: f.properties.district_code ?? null,
			geometry: f.geometry
		})),
		adjacency: edges,
		officialAreas
	};
}

export function lamDongTimings(
	log: (...a: unknown[]) => void,
	result: Record<string, number | string | boolean>,
	targets: [string, boolean, string][]
): void {
	log('\n== Real data timings: Lâm Đồng 2023 (quality report, dissolve 142 communes → 12 districts) ==');
	if (!existsSync(path.join(LAMDONG_DIR, 'communes.geojson'))) {
		log(`SKIPPED: ${LAMDONG_DIR} is absent (set SAPXEP_LAMDONG_DIR); no real-data timings.`);
		return;
	}
	const load = (f: string) =>
		JSON.parse(readFileSync(path.join(LAMDONG_DIR, f), 'utf8')) as FeatureCollection<Polygon | MultiPolygon, Props>;
	const communes = load('communes.geojson').features;
	const districts = load('districts.geojson').features;
	const units = communes.map((f) => ({ code: f.properties.code, geometry: f.geometry }));
	const adjacency = computeAdjacency(units);
	const input = lamDongQualityInput(LAMDONG_DIR, communes, districts, adjacency.edges);
	const t0 = performance.now();
	dataQualityReport(input);
	const qualityMs = performance.now() - t0;
	result.lamdong_quality_report_ms = Math.round(qualityMs);
	log(`quality report: ${qualityMs.toFixed(0)} ms`);
	targets.push(['Lâm Đồng quality report under 2 s', qualityMs < 2000, `${qualityMs.toFixed(0)} ms`]);

	const districtOf = new Map(communes.map((f) => [f.properties.code, f.properties.district_code]));
	const times: number[] = [];
	for (let run = 0; run < 6; run++) {
		const t = performance.now();
		dissolveScenario(units, (c) => districtOf.get(c));
		times.push(performance.now() - t);
	}
	result.lamdong_dissolve_cold_ms = Math.round(times[0]);
	result.lamdong_dissolve_ms = Math.round(Math.min(...times.slice(1)));
	log(
		`dissolveScenario 142 communes → 12 districts: ${result.lamdong_dissolve_ms} ms (best of 5; first call ${result.lamdong_dissolve_cold_ms} ms)`
	);
}
