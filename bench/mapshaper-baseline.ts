/**
 * Baseline for the dissolve benchmark: mapshaper's topological dissolve (mapshaper 0.7.x, dev dependency), run on
 * the same terms as ours (bench/dissolve-fair.ts):
 * - the same snapping: ours snaps borders closer than 30 m; mapshaper gets `snap snap-interval=<deg>` at import
 *   (vertex snapping) and `snap-interval=<deg>` on -dissolve (snapping while noding), in degrees since the data is
 *   lon/lat (mapshaper refuses metre units on lon/lat data): 30 m ≈ 0.00027°;
 * - the same gap filling: `gap-fill-area=0.25km2` (gaps whose area, weighted by compactness, is below 0.25 km², the
 *   threshold of our dissolveScenario);
 * - no output: the commands run through mapshaper's parsed-command API and the dissolved layer stays an in-memory
 *   dataset (no -o, no GeoJSON text), as ours returns objects. The caller keeps the result alive in a sink.
 */
import { createRequire } from 'node:module';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

interface MapshaperCommand {
	name: string;
	options: Record<string, unknown>;
}
interface MapshaperLayer {
	shapes: (number[][] | null)[];
}
interface MapshaperJob {
	catalog: { getDefaultTargets(): { layers: MapshaperLayer[]; dataset: { arcs: { size(): number } } }[] };
}
// mapshaper is CommonJS without type declarations.
const require = createRequire(import.meta.url);
const mapshaper = require('mapshaper') as {
	applyCommands(commands: string, input: Record<string, unknown>): Promise<Record<string, string>>;
	internal: {
		parseCommands(s: string): MapshaperCommand[];
		runParsedCommands(commands: MapshaperCommand[]): Promise<MapshaperJob>;
	};
};

/** 30 m in degrees of latitude (and of longitude at the equator): 30 / 111,320. */
export const SNAP_30M_DEG = 0.00027;

/** Options of the mapshaper baseline (areas km², snapping in degrees). */
export interface MapshaperDissolveOptions {
	/** gap-fill-area (km²); default 0.25, the same threshold as dissolveScenario's maxSliverKm2. */
	gapFillAreaKm2?: number;
	/** snap interval in degrees (source units); default SNAP_30M_DEG. */
	snapIntervalDeg?: number;
}

/** What the dissolve produced, enough for a sink and a count: features and arcs of the output layer. */
export interface MapshaperDissolved {
	features: number;
	rings: number;
	arcs: number;
	ms: number;
}

/**
 * Dissolves `fc` by property `field` with mapshaper, in memory; `ms` is the time of the whole command run (import,
 * snapping, topology, dissolve, gap filling). No output is written.
 */
export async function mapshaperDissolve(
	fc: FeatureCollection<Polygon | MultiPolygon>,
	field: string,
	opts: MapshaperDissolveOptions = {}
): Promise<MapshaperDissolved> {
	const snap = opts.snapIntervalDeg ?? SNAP_30M_DEG;
	const text =
		`-i in.json snap snap-interval=${snap} ` +
		`-dissolve fields=${field} gap-fill-area=${opts.gapFillAreaKm2 ?? 0.25}km2 snap-interval=${snap} -quiet`;
	const commands = mapshaper.internal.parseCommands(text);
	for (const c of commands) if (c.name === 'i') c.options.input = { 'in.json': fc };
	const t0 = performance.now();
	const job = await mapshaper.internal.runParsedCommands(commands);
	const ms = performance.now() - t0;
	const target = job.catalog.getDefaultTargets()[0];
	const shapes = target.layers[0].shapes;
	let rings = 0;
	for (const s of shapes) rings += s?.length ?? 0;
	return { features: shapes.length, rings, arcs: target.dataset.arcs.size(), ms };
}

/** The dissolved layer as GeoJSON (for checks only, not timed: writing text is not part of the comparison). */
export async function mapshaperDissolveGeoJson(
	fc: FeatureCollection<Polygon | MultiPolygon>,
	field: string,
	opts: MapshaperDissolveOptions = {}
): Promise<FeatureCollection<Polygon | MultiPolygon>> {
	const snap = opts.snapIntervalDeg ?? SNAP_30M_DEG;
	const out = await mapshaper.applyCommands(
		`-i in.json snap snap-interval=${snap} -dissolve fields=${field} gap-fill-area=${opts.gapFillAreaKm2 ?? 0.25}km2 ` +
			`snap-interval=${snap} -o out.json format=geojson -quiet`,
		{ 'in.json': fc }
	);
	return JSON.parse(out['out.json']) as FeatureCollection<Polygon | MultiPolygon>;
}
