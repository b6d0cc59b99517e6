/**
 * The browser's side of GET /api/datasets/[id]/units (issue 14 item 4): no map page embeds the units in its HTML
 * (the dataset map, a scenario's editor and its after view, the planner, the comparison); each fetches them once per
 * visit. The server keeps one body per dataset version and answers 304 to the ETag the browser's cache sends, so a
 * second visit of an unchanged dataset costs no body at all. The same body carries the dataset's adjacency (unit
 * indices, decoded to code pairs once per body): the scenario pages take it from here, not from their page data.
 */
import { unpackUnitsBody, type PackedUnitsBody, type UnitsWithAdjacency } from './domain/unit-pack';
import type { ScenarioAdjacency } from './domain/scenario/basis';
import type { UnitView } from './domain/units';

/** No adjacency (before the units arrive: contiguity is then "not checked", as it is for a level with no edges). */
const NO_ADJACENCY: ScenarioAdjacency = { district: [], commune: [] };

export async function fetchDatasetUnits(datasetId: number, signal?: AbortSignal): Promise<UnitsWithAdjacency> {
	const r = await fetch(`/api/datasets/${datasetId}/units`, { signal });
	if (!r.ok) throw new Error(`GET /api/datasets/${datasetId}/units: HTTP ${r.status}`);
	return unpackUnitsBody((await r.json()) as PackedUnitsBody);
}

/**
 * A page's units: fetched once the page is shown (never on the server: the server renders the page without them),
 * again when the dataset or its data version changes. Null until they arrive; `failed` when the fetch did not
 * succeed (the page says so, UnitsStatus.svelte). Made while a component initialises (it registers an effect).
 */
export class DatasetUnits {
	/** The units (not deeply reactive: a page replaces the array, it never edits one in place). */
	units = $state.raw<UnitView[] | null>(null);
	/** The dataset's adjacency of both levels, code pairs from the same body as the units (none until they arrive). */
	adjacency = $state.raw<ScenarioAdjacency>(NO_ADJACENCY);
	failed = $state(false);
	/** The dataset the units held are of (another dataset's units are not shown while this one's load). */
	#of = -1;
	#waiting: ((u: UnitView[]) => void)[] = [];

	constructor(dataset: () => { id: number; data_version: number }) {
		$effect(() => {
			const d = dataset();
			void d.data_version;
			return this.fetch(d.id);
		});
	}

	/** Fetch the dataset's units; gives the abort for an effect's cleanup. */
	readonly fetch = (datasetId: number): (() => void) => {
		if (datasetId !== this.#of) {
			this.units = null;
			this.adjacency = NO_ADJACENCY;
		}
		const ac = new AbortController();
		this.failed = false;
		fetchDatasetUnits(datasetId, ac.signal).then(
			({ units: u, adjacency }) => {
				this.units = u;
				this.adjacency = adjacency;
				this.#of = datasetId;
				for (const w of this.#waiting.splice(0)) w(u);
			},
			() => {
				if (!ac.signal.aborted) this.failed = true;
			}
		);
		return () => ac.abort();
	};

	/** The units once they are here (at once when they are). */
	ready(): Promise<UnitView[]> {
		const u = this.units;
		return u ? Promise.resolve(u) : new Promise((r) => this.#waiting.push(r));
	}

	/** `f` as a handler that runs at once when the units are here, else as soon as they arrive (a click made early). */
	readonly whenReady =
		<A extends unknown[]>(f: (...a: A) => void) =>
		(...a: A): void => {
			if (this.units) f(...a);
			else void this.ready().then(() => f(...a));
		};
}
