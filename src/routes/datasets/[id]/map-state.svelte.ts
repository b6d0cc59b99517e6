/**
 * The dataset map page's state: the units (fetched after the page is shown; an edit replaces one and every verdict
 * follows at once), the rule set,
 * the level, the selection, the unit editor and the notices of the verdicts a save changed. The figures come from
 * src/lib/dataset-map/summary.ts; the page and its parts render this.
 */
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { i18n } from '$lib/i18n.svelte';
import { applyOverrides, checkDataset, getRuleSet, RULE_SETS } from '$lib/domain/rules';
import { evaluateUnits } from '$lib/domain/verdicts';
import { datasetContext, type UnitView } from '$lib/domain/units';
import { DatasetUnits } from '$lib/dataset-units.svelte';
import { districtNames, unitLabel } from '$lib/domain/unit-label';
import { changeNotices, datasetCounts, statusCounts, verdictFills } from '$lib/dataset-map/summary';
import type { PageData } from './$types';

export class DatasetMap {
	readonly #source: () => PageData;
	private data(): PageData {
		return this.#source();
	}

	// The units, fetched once the page is shown (the shared fetcher, $lib/dataset-units.svelte.ts): the page data
	// carries only their summary, so a country of 10,000 communes is not serialised into every page view.
	readonly unitsLoad = new DatasetUnits(() => this.data().dataset);
	/** Null until the units arrive. */
	get loadedUnits(): UnitView[] | null {
		return this.unitsLoad.units;
	}
	// Units are state: an edit replaces one and every verdict follows at once.
	units = $derived<UnitView[]>(this.loadedUnits ?? []);
	level = $state<'commune' | 'district'>('commune');
	selectedCode = $state<string | null>(null);
	editing = $state(false);
	showList = $state(true);
	colourBy = $state<'verdict' | 'kind'>('verdict');
	// The chosen rule set, else the one for the dataset's shape (two-tier datasets: NQ 112/2025).
	chosenRuleSetId = $state(page.url.searchParams.get('rules'));
	readonly ruleSetId = $derived(
		this.chosenRuleSetId && RULE_SETS[this.chosenRuleSetId] ? this.chosenRuleSetId : this.data().defaultRuleSetId
	);
	// Two-tier dataset: communes and wards directly under the province, no district level to show or count.
	readonly twoTier = $derived(this.data().dataset.structure === 'two-tier');

	readonly rules = $derived(applyOverrides(getRuleSet(this.ruleSetId), this.data().overrides[this.ruleSetId] ?? []));
	readonly ctx = $derived(datasetContext(this.data().dataset));
	readonly verdicts = $derived(evaluateUnits(this.units, this.ctx, this.rules));
	readonly datasetNotes = $derived(checkDataset(this.ctx, this.rules));
	readonly byCode = $derived(new Map<string, UnitView>(this.units.map((u) => [u.code, u])));
	readonly selected = $derived(this.selectedCode ? (this.byCode.get(this.selectedCode) ?? null) : null);
	readonly parent = $derived(this.selected?.parentCode ? (this.byCode.get(this.selected.parentCode) ?? null) : null);
	/** Every list names a commune with its district: "Phường 1 — TP Đà Lạt". */
	readonly districtName = $derived(districtNames(this.units));
	readonly labelOf = (u: UnitView) => unitLabel(u, this.districtName);
	readonly labelOfCode = (code: string) => {
		const u = this.byCode.get(code);
		return u ? this.labelOf(u) : code;
	};
	/** Verdicts that the last save changed ("Xã Đạ Oai: 2023–2025 → 2026–2030"), with the reason. */
	changeNotices = $state<{ code: string; title: string; reason: string }[]>([]);
	/** The toolbar's figures: from the units once they are here, from the page's summary before. */
	readonly counts = $derived(
		this.loadedUnits
			? datasetCounts(this.units, this.twoTier)
			: {
					districts: this.data().summary.districts,
					communes: this.data().summary.communes,
					population: this.data().summary.population[this.twoTier ? 'commune' : 'district']
				}
	);
	/** Per level: how many units in each status (the legend's counts). */
	readonly statusCounts = $derived(statusCounts(this.units, this.verdicts, this.level));
	readonly fillByCode = $derived(this.colourBy === 'verdict' ? verdictFills(this.units, this.verdicts) : null);
	/** Province extent = union of unit extents (the server's summary: the map starts before the units arrive). */
	readonly bounds = $derived(this.data().summary.bounds);

	constructor(
		data: () => PageData,
		/** Zooms the map to an extent (the page's map view). */
		readonly zoomTo: (bbox: [number, number, number, number]) => void
	) {
		this.#source = data;
	}

	readonly choose = (u: UnitView) => {
		this.selectedCode = u.code;
		this.editing = false;
		this.changeNotices = [];
		this.level = u.level === 'district' ? 'district' : 'commune';
		if (u.bbox) this.zoomTo(u.bbox);
	};

	/** A unit clicked on the map. */
	readonly select = (code: string | null) => {
		this.selectedCode = code;
		this.editing = false;
	};

	readonly setRuleSet = (id: string) => {
		this.chosenRuleSetId = id;
		const url = new URL(page.url);
		url.searchParams.set('rules', id);
		goto(url, { replaceState: true, keepFocus: true, noScroll: true });
	};

	/** A unit's inputs saved: the unit replaced, and the verdicts that changed said. */
	readonly saved = (u: UnitView) => {
		const before = this.verdicts;
		this.units = this.units.map((x) => (x.code === u.code ? u : x));
		const after = evaluateUnits(this.units, this.ctx, this.rules);
		this.changeNotices = changeNotices(before, after, this.labelOfCode, i18n.lang);
		this.editing = false;
	};
}
