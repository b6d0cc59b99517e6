/**
 * Baseline for the dissolve benchmark: mapshaper's topological dissolve (mapshaper 0.7.x, dev dependency).
 *
 * In 0.7.70 `-dissolve` builds arc topology and repairs gaps and overlaps by default (`-dissolve2` is a deprecated
 * alias). Gap filling: `gap-fill-area=<area>` (deprecated but still honoured: fills gaps whose area, weighted by
 * compactness — "sliver-control=1" — is below the threshold) or `gap-width=<distance>` (fills gaps whose mean width
 * 2·A/P is below the threshold). Without either, mapshaper fills no gap (`gap-width` is then "automatic" only for -clean).
 * `snap-interval=<distance>` snaps vertices before building topology (default: a tiny automatic interval).
 */
import { createRequire } from 'node:module';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

// mapshaper is CommonJS without type declarations.
const require = createRequire(import.meta.url);
const mapshaper = require('mapshaper') as {
	applyCommands(commands: string, input: Record<string, unknown>): Promise<Record<string, string>>;
};

/** Options of the mapshaper baseline (areas km², distances m). */
export interface MapshaperDissolveOptions {
	/** gap-fill-area (km²); default 0.25, the same threshold as dissolveScenario's maxSliverKm2. */
	gapFillAreaKm2?: number;
	/** gap-width (m), used instead of gap-fill-area when given. */
	gapWidthM?: number;
	/** snap-interval (m); mapshaper's default when absent. */
	snapIntervalM?: number;
}

/**
 * Dissolves `fc` by property `field` with mapshaper; `ms` is the time of applyCommands (import, topology,
 * dissolve, GeoJSON export), the parse of the returned text is not counted.
 */
export async function mapshaperDissolve(
	fc: FeatureCollection<Polygon | MultiPolygon>,
	field: string,
	opts: MapshaperDissolveOptions = {}
): Promise<{ fc: FeatureCollection<Polygon | MultiPolygon>; ms: number }> {
	const parts = ['-i in.json', `-dissolve fields=${field}`];
	if (opts.gapWidthM !== undefined) parts.push(`gap-width=${opts.gapWidthM}m`);
	else parts.push(`gap-fill-area=${opts.gapFillAreaKm2 ?? 0.25}km2`);
	if (opts.snapIntervalM !== undefined) parts.push(`snap-interval=${opts.snapIntervalM}m`);
	parts.push('-o out.json format=geojson');
	const t0 = performance.now();
	const out = await mapshaper.applyCommands(`${parts.join(' ')} -quiet`, { 'in.json': fc });
	const ms = performance.now() - t0;
	return { fc: JSON.parse(out['out.json']) as FeatureCollection<Polygon | MultiPolygon>, ms };
}
