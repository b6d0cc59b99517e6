/**
 * Unit boundaries for the scenario map (a broken group's gap, full resolution) and the after view (`detail: 'after'`:
 * simplified on the server with shared borders kept shared, a few MB for a whole country), loaded once per level on
 * demand from /api/datasets/[id]/geometry/[level] (compressed, revalidated by ETag).
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

type Level = 'district' | 'commune';

export class UnitGeometries {
	/** Boundaries by unit code (both levels, as loaded). */
	readonly byCode = new Map<string, Polygon | MultiPolygon>();
	/** Each loaded level's units with their boundaries, in the server's order (a whole layer to dissolve at once). */
	readonly layers = new Map<Level, { code: string; geometry: Polygon | MultiPolygon }[]>();
	private readonly loading = new Map<Level, Promise<void>>();
	private readonly datasetId: number;
	private readonly fetchFn: typeof fetch;
	private readonly detail: 'full' | 'after';

	constructor(datasetId: number, fetchFn: typeof fetch, detail: 'full' | 'after' = 'full') {
		this.datasetId = datasetId;
		this.fetchFn = fetchFn;
		this.detail = detail;
	}

	/** Load a level's boundaries (once; later calls wait for the same load). */
	load(level: Level): Promise<void> {
		let p = this.loading.get(level);
		if (!p) {
			p = (async () => {
				const q = this.detail === 'full' ? '' : `?detail=${this.detail}`;
				const r = await this.fetchFn(`/api/datasets/${this.datasetId}/geometry/${level}${q}`);
				if (!r.ok) throw new Error(`geometry ${level}: HTTP ${r.status}`);
				const fc = (await r.json()) as FeatureCollection<Polygon | MultiPolygon, { code: string }>;
				for (const f of fc.features) this.byCode.set(f.properties.code, f.geometry);
				this.layers.set(
					level,
					fc.features.map((f) => ({ code: f.properties.code, geometry: f.geometry }))
				);
			})();
			// A failed load can be tried again.
			p.catch(() => this.loading.delete(level));
			this.loading.set(level, p);
		}
		return p;
	}
}
