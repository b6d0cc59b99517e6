/**
 * The map is a projection of state: this module keeps, per source, what feature-state the map
 * has, and applies only the difference to what is wanted (setFeatureState for changed keys,
 * removeFeatureState for stale ones). The only place that calls setFeatureState.
 */
import type { FeatureStateMap, FeatureStateValue } from './ids.ts';

/** The part of maplibre's Map this module needs (so tests can drive it without WebGL). */
export interface FeatureStateTarget {
	setFeatureState(
		feature: { source: string; sourceLayer?: string; id: number | string },
		state: Record<string, unknown>
	): void;
	removeFeatureState(feature: { source: string; sourceLayer?: string; id?: number | string }, key?: string): void;
}

export class FeatureStateSync {
	/** source → feature id → applied state */
	private applied = new Map<string, Map<number | string, FeatureStateMap>>();
	/**
	 * source → state key → the features that have it: a sync of one key visits only the features that have that key,
	 * not every feature of the source (hover and selection are synced on every mouse move and click, over a map
	 * whose 10,000 units all carry a fill colour).
	 */
	private holders = new Map<string, Map<string, Set<number | string>>>();

	/** `sourceLayers`: the layer inside each vector-tile source (feature-state of a vector source names it). */
	constructor(
		private target: FeatureStateTarget,
		private sourceLayers: Record<string, string> = {}
	) {}

	/**
	 * Make the map's state for `keys` on `source` equal `wanted` (feature id → state). Keys not
	 * listed in `keys` are left alone, so hover, selection and verdicts can be synced separately.
	 * Returns the number of calls made to the map.
	 */
	sync(source: string, keys: readonly string[], wanted: Map<number | string, FeatureStateMap>): number {
		let calls = 0;
		const sourceLayer = this.sourceLayers[source];
		const feature = (id: number | string) => (sourceLayer ? { source, sourceLayer, id } : { source, id });
		let have = this.applied.get(source);
		if (!have) this.applied.set(source, (have = new Map()));
		let byKey = this.holders.get(source);
		if (!byKey) this.holders.set(source, (byKey = new Map()));
		const holdersOf = (k: string) => {
			let h = byKey.get(k);
			if (!h) byKey.set(k, (h = new Set()));
			return h;
		};
		// Remove stale keys from features no longer wanted (or wanting fewer keys).
		for (const k of keys) {
			const holders = holdersOf(k);
			for (const id of holders) {
				const want = wanted.get(id);
				if (want && k in want) continue;
				const state = have.get(id)!;
				this.target.removeFeatureState(feature(id), k);
				delete state[k];
				holders.delete(id);
				calls++;
				if (Object.keys(state).length === 0) have.delete(id);
			}
		}
		for (const [id, want] of wanted) {
			const state = have.get(id) ?? {};
			const changed: Record<string, FeatureStateValue> = {};
			let any = false;
			for (const k of keys) {
				if (k in want && state[k] !== want[k]) {
					changed[k] = want[k];
					state[k] = want[k];
					holdersOf(k).add(id);
					any = true;
				}
			}
			if (any) {
				this.target.setFeatureState(feature(id), changed);
				have.set(id, state);
				calls++;
			}
		}
		return calls;
	}

	/** Forget everything applied to a source (after its data is replaced). */
	reset(source: string): void {
		this.applied.delete(source);
		this.holders.delete(source);
	}
}
