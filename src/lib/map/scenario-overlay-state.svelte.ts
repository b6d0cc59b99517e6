/**
 * The scenario map's overlay as state the page shows: the dissolved "after" units (in a worker, with a time limit)
 * and the gap of the selected group when it is in separate parts. Boundaries are loaded on demand.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { GroupEvaluation, ScenarioEvaluation } from '../domain/scenario/evaluate.ts';
import type { ScenarioContent } from '../domain/scenario/model.ts';
import {
	buildAfterView,
	buildAfterViewByLayer,
	gapOverlay,
	overlayCollection,
	type Dissolver,
	type LayerDissolver
} from './scenario-overlay.ts';
import { UnitGeometries } from './unit-geometry.ts';

export class ScenarioOverlayState {
	// Replaced whole, never changed in place: raw (a country's after view is thousands of polygons, not proxied).
	after = $state.raw<Feature[]>([]);
	/** Polsby–Popper compactness of each dissolved new unit by group id (information only). */
	compactness = $state.raw<Record<string, number>>({});
	/** The last failure to dissolve a group (bilingual), or null. */
	afterError = $state<{ vi: string; en: string } | null>(null);
	afterBusy = $state(false);
	gap = $state.raw<Feature[]>([]);

	private readonly geometries: UnitGeometries;
	private readonly dissolvers: () => { group: Dissolver; layer: LayerDissolver };
	private readonly layerFrom: number;

	/**
	 * `dissolvers` is asked for when the after view is first drawn (the page creates its worker then): one group at a
	 * time, or a whole layer at once. A plan of more than `layerFrom` groups (a country's, hundreds) is dissolved a
	 * layer at a time, its topology built once (a country's 1,700 groups: ~2 s instead of ~11 s); a few groups one by
	 * one, which costs their members only, not a whole country's topology.
	 */
	constructor(
		datasetId: number,
		fetchFn: typeof fetch,
		dissolvers: () => { group: Dissolver; layer: LayerDissolver },
		layerFrom = 40
	) {
		this.geometries = new UnitGeometries(datasetId, fetchFn);
		this.dissolvers = dissolvers;
		this.layerFrom = layerFrom;
	}

	/** Draw the after view of this content (both levels' boundaries first). */
	async drawAfter(content: ScenarioContent, evaluation: Pick<ScenarioEvaluation, 'groups'>): Promise<void> {
		this.afterBusy = true;
		await Promise.all([this.geometries.load('commune'), this.geometries.load('district')]);
		const d = this.dissolvers();
		const g = this.geometries;
		const view =
			content.groups.length > this.layerFrom
				? await buildAfterViewByLayer(
						content,
						evaluation,
						{ commune: g.layers.get('commune') ?? [], district: g.layers.get('district') ?? [] },
						d.layer,
						d.group
					)
				: await buildAfterView(content, evaluation, g.byCode, d.group);
		this.after = view.features;
		this.compactness = { ...this.compactness, ...view.compactness };
		this.afterError = view.error;
		this.afterBusy = false;
	}

	/** Show the gap of this group when it is in separate parts (nothing otherwise). */
	async showGap(evaluation: GroupEvaluation | null): Promise<void> {
		if (!evaluation || evaluation.contiguous !== false) {
			// Unchanged when there was no gap: a new empty list would send the map's overlay again on every click.
			if (this.gap.length) this.gap = [];
			return;
		}
		await this.geometries.load(evaluation.level);
		this.gap = gapOverlay(evaluation, this.geometries.byCode);
	}

	/** The overlay source's data in this view. */
	collection(view: 'before' | 'after'): FeatureCollection {
		return overlayCollection(view, this.after, this.gap);
	}
}
