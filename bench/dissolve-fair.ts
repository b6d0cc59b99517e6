/**
 * The scenario dissolve (communes → districts) against mapshaper on equal terms: the same 30 m snapping and the same
 * 0.25 km² gap filling (see mapshaper-baseline.ts), no output written on either side, one warm-up run each, then
 * RUNS runs each, interleaved, reported as median with min and max; a sink keeps every result alive. The ratio is
 * printed at every size, where we lose too.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeneratedProvince } from '../src/lib/domain/generate/index.ts';
import {
	buildLayerTopology,
	countSliverHoles,
	dissolveLayer,
	DEFAULT_MAX_SLIVER_KM2
} from '../src/lib/domain/geo/dissolve.ts';
import { mapshaperDissolve, mapshaperDissolveGeoJson, SNAP_30M_DEG } from './mapshaper-baseline.ts';

export const RUNS = 5;

export interface Spread {
	median: number;
	min: number;
	max: number;
}
export function spread(xs: number[]): Spread {
	const s = [...xs].sort((a, b) => a - b);
	return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1] };
}
const fmt = (s: Spread) =>
	`${(s.median / 1000).toFixed(3)} s (min ${(s.min / 1000).toFixed(3)}, max ${(s.max / 1000).toFixed(3)})`;

/** Runs the comparison at every size; writes figures into `result` and returns the ratio at each size. */
export async function dissolveFair(
	sizes: number[],
	province: (n: number) => GeneratedProvince,
	log: (...a: unknown[]) => void,
	result: Record<string, number | string | boolean>
): Promise<Map<number, number>> {
	log(
		`\n== Scenario dissolve, communes → districts (messy borders) vs mapshaper -dissolve, fair: snap 30 m ` +
			`(${SNAP_30M_DEG}°), gap fill 0.25 km², no output, warm-up, median of ${RUNS} ==`
	);
	const ratios = new Map<number, number>();
	let sink = 0;
	for (const n of sizes) {
		const p = province(n);
		const units = p.communes.map((c) => ({ code: c.record.code, geometry: c.geometry }));
		const parent = new Map(p.communes.map((c) => [c.record.code, c.record.parentCode!]));
		const fc: FeatureCollection<Polygon | MultiPolygon> = {
			type: 'FeatureCollection',
			features: p.communes.map((c) => ({
				type: 'Feature',
				properties: { grp: c.record.parentCode },
				geometry: c.geometry
			}))
		};
		const oursRun = () => dissolveLayer(buildLayerTopology(units), (code) => parent.get(code));
		// Warm-up, one each (JIT, lazy module state).
		let ours = oursRun();
		sink += ours.size + (await mapshaperDissolve(fc, 'grp')).rings;
		const tOurs: number[] = [];
		const tMs: number[] = [];
		for (let r = 0; r < RUNS; r++) {
			const t = performance.now();
			ours = oursRun();
			tOurs.push(performance.now() - t);
			sink += ours.size;
			const m = await mapshaperDissolve(fc, 'grp');
			tMs.push(m.ms);
			sink += m.rings + m.arcs;
		}
		// Quality, untimed: sliver holes left by each side.
		let oursHoles = 0;
		for (const r of ours.values()) oursHoles += countSliverHoles(r.geometry, DEFAULT_MAX_SLIVER_KM2);
		let msHoles = 0;
		for (const f of (await mapshaperDissolveGeoJson(fc, 'grp')).features)
			msHoles += countSliverHoles(f.geometry, DEFAULT_MAX_SLIVER_KM2);
		const fallbacks = [...ours.values()].filter((r) => r.method !== 'arcs').length;
		const so = spread(tOurs);
		const sm = spread(tMs);
		const ratio = so.median / sm.median;
		ratios.set(n, ratio);
		log(
			`${String(n).padStart(6)} communes → ${ours.size} districts: ours ${fmt(so)} (${oursHoles} sliver holes, ${fallbacks} fallbacks)` +
				` | mapshaper ${fmt(sm)} (${msHoles} sliver holes) | ours/mapshaper ${ratio.toFixed(2)} ` +
				(ratio <= 1 ? `(ours ${(1 / ratio).toFixed(2)}× faster)` : `(ours ${ratio.toFixed(2)}× SLOWER)`)
		);
		result[`dissolve_scenario_${n}_s`] = so.median / 1000;
		result[`dissolve_scenario_${n}_min_s`] = so.min / 1000;
		result[`dissolve_scenario_${n}_max_s`] = so.max / 1000;
		result[`dissolve_mapshaper_${n}_s`] = sm.median / 1000;
		result[`dissolve_mapshaper_${n}_min_s`] = sm.min / 1000;
		result[`dissolve_mapshaper_${n}_max_s`] = sm.max / 1000;
		result[`dissolve_scenario_ratio_vs_mapshaper_${n}`] = ratio;
		result[`dissolve_sliver_holes_${n}`] = oursHoles;
		result[`dissolve_mapshaper_sliver_holes_${n}`] = msHoles;
	}
	log(`(sink ${sink})`);
	return ratios;
}
