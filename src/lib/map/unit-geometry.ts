/**
 * Full-resolution unit boundaries for the scenario map (the dissolved "after" view, a broken group's gap), loaded
 * once per level on demand from /api/datasets/[id]/geometry/[level].
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

type Level = 'district' | 'commune';

export class UnitGeometries {
	/** Boundaries by unit code (both levels, as loaded). */
	readonly byCode = new Map<string, Polygon | MultiPolygon>();
	private readonly loading = new Map<Level, Promise<void>>();
	private readonly datasetId: number;
	private readonly fetchFn: typeof fetch;

	constructor(datasetId: number, fetchFn: typeof fetch) {
		this.datasetId = datasetId;
		this.fetchFn = fetchFn;
	}

	/** Load a level's boundaries (once; later calls wait for the same load). */
	load(level: Level): Promise<void> {
		let p = this.loading.get(level);
		if (!p) {
			p = (async () => {
				const r = await this.fetchFn(`/api/datasets/${this.datasetId}/geometry/${level}`);
				const fc = (await r.json()) as FeatureCollection<Polygon | MultiPolygon, { code: string }>;
				for (const f of fc.features) this.byCode.set(f.properties.code, f.geometry);
			})();
			// A failed load can be tried again.
			p.catch(() => this.loading.delete(level));
			this.loading.set(level, p);
		}
		return p;
	}
}
