/**
 * The scenario page's state: the dataset side (computed once per load), the scenario being edited (local first,
 * saved at once), the map's colours, the open comments, and what a click, a box, a key or "show" does. The page
 * renders it; the rules stay in the domain and in src/lib/scenario-editor.
 */
import { tick, untrack } from 'svelte';
import { i18n } from '$lib/i18n.svelte';
import { applyOverrides, getRuleSet } from '$lib/domain/rules';
import {
	evaluateOneGroup,
	evaluateScenarioIncremental,
	GroupMemo,
	scenarioBasis,
	scenarioCatalog,
	type ScenarioContent,
	type ScenarioOp
} from '$lib/domain/scenario';
import { exemptedUnits, scenarioGroupOutlines, scenarioVerdictFill } from '$lib/map/scenario-overlay';
import { scenarioGroupColours, scenarioLegend } from '$lib/map/legend';
import { ScenarioSurpluses } from '$lib/staffing/group-surpluses.svelte';
import { datasetContext, labelFeatures, unionBbox, type UnitView } from '$lib/domain/units';
import { DatasetUnits } from '$lib/dataset-units.svelte';
import { ScenarioSession } from '$lib/scenario-editor/session.svelte';
import { afterPaint } from '$lib/scenario-editor/after-paint';
import { boxUnits, clickUnit, type SelectionAnswer } from '$lib/scenario-editor/selection';
import { rehearseClick, type Rehearsal } from '$lib/scenario-editor/rehearsal';
import { editorKeyAction } from '$lib/scenario-editor/keyboard';
import { groupLabel, groupNameOfUnit, groupOfUnit, showTarget } from '$lib/scenario-editor/targets';
import { districtNames, unitLabel } from '$lib/domain/unit-label';
import { reviewState } from '$lib/review/review-state.svelte';
import { commentCounts, withCommentMarks } from '$lib/review/markers';
import type { PageData } from './$types';

type Level = 'commune' | 'district';

export class ScenarioEditor {
	/** The page's data (a getter: the page gives its current props). Every field below derives from it lazily. */
	readonly #source: () => PageData;
	/** Zooms the map to an extent (the page's map view). */
	private readonly zoomTo: (bbox: [number, number, number, number]) => void;

	// ---- The dataset side, computed once ------------------------------------------------------------------
	// The units, fetched once the page is shown (GET /api/datasets/[id]/units; not carried in the page data): none
	// until they arrive, when the page shows its panels (`unitsReady`) and runs the map's clicks (`unitsLoad.whenReady`).
	readonly unitsLoad = new DatasetUnits(() => this.data().dataset);
	readonly units = $derived(this.unitsLoad.units ?? []);
	readonly unitsReady = $derived(this.unitsLoad.units !== null);
	readonly rules = $derived(applyOverrides(getRuleSet(this.data().scenario.ruleSetId), this.data().overrides));
	/** Which phases' subject units the "still to arrange" list covers: 2023–2025 (default) or both. */
	phaseScope = $state<'first' | 'all'>('first');
	readonly basis = $derived(
		scenarioBasis(
			this.units,
			datasetContext(this.data().dataset),
			this.rules,
			this.unitsLoad.adjacency,
			this.phaseScope === 'all' ? { phases: this.rules.phases.map((p) => p.id) } : {}
		)
	);
	readonly catalog = $derived(scenarioCatalog(this.units, this.rules.exemptionReasons));
	readonly byCode = $derived(new Map<string, UnitView>(this.units.map((u) => [u.code, u])));
	/** Province extent = union of unit extents (the server's summary: the map starts before the units arrive). */
	readonly bounds = $derived(this.data().summary.bounds);
	/** Every list names a commune with its district: "Phường 1 — TP Đà Lạt". */
	readonly districtName = $derived(districtNames(this.units));
	readonly labelOf = (code: string) => {
		const u = this.byCode.get(code);
		return u ? unitLabel(u, this.districtName) : code;
	};

	// ---- The scenario being edited: local first, saved at once (a new session for a newly loaded scenario) ----
	readonly session = $derived(
		new ScenarioSession(
			{ ...this.data().scenario, datasetId: this.data().dataset.id, scenarioId: this.data().scenario.id },
			// The save goes once the edit's verdict is painted (the click → verdict time does not include it).
			{ fetch: (...a) => fetch(...a), send: (fn) => afterPaint(fn) }
		)
	);
	readonly content = $derived(this.session.content);
	/**
	 * The content the rest of the page shows (the totals, the group list, what is still to arrange, the group
	 * outlines, the legend): the edited content, caught up with once the browser has painted the edited group's
	 * verdict. Their work grows with the plan (thousands of groups in a country); the verdict's does not.
	 */
	#settled = $state.raw<{ session: ScenarioSession; content: ScenarioContent } | null>(null);
	readonly shownContent = $derived.by(() => {
		const s = this.#settled;
		return s && s.session === this.session ? s.content : this.content;
	});
	// The browser evaluates its own edits (local first) and does not read the server's answer: incremental (only the
	// groups an edit changed), with the memo renewed when the basis changes.
	readonly memo = $derived.by(() => (this.basis ? new GroupMemo(20_000) : null)!);
	readonly evaluation = $derived(evaluateScenarioIncremental(this.shownContent, this.basis, this.memo));
	level = $state<Level>('commune');
	view = $state<'before' | 'after'>('before');
	currentGroupId = $state<string | null>(null);
	readonly currentGroup = $derived(this.content.groups.find((g) => g.id === this.currentGroupId) ?? null);
	/** The selected group's verdict, at once after an edit: that group alone (same memo), not the whole scenario. */
	readonly currentEval = $derived(
		this.currentGroup ? evaluateOneGroup(this.content, this.basis, this.memo, this.currentGroup.id) : null
	);
	// The groups' surplus posts, computed by the server exactly as on the staffing tab (stored inputs, one function).
	readonly surpluses = new ScenarioSurpluses(() => this.data().scenario.id);
	feedbackMs = $state<number | null>(null);
	#clickAt = 0;
	/** When the last click event happened (its timeStamp): the start of the click → verdict measurement. */
	#clickEventAt: number | null = null;

	/** Colour language of the map: verdict colours with groups as outlines (default), or a labelled group mode. */
	colourBy = $state<'verdict' | 'group'>('verdict');
	// The verdict fills change only with the exemptions (a text key): a click that edits a group does not recolour
	// the map's 10,000 units, only the outlines.
	readonly exempted = $derived(exemptedUnits(this.evaluation));
	readonly verdictFill = $derived(scenarioVerdictFill(this.exempted, this.basis.verdicts));
	readonly fillByCode = $derived(
		this.colourBy === 'verdict'
			? this.verdictFill
			: scenarioGroupColours(this.shownContent, this.evaluation, this.basis.verdicts, this.basis.communesOf)
	);
	readonly outlineByCode = $derived(this.colourBy === 'verdict' ? scenarioGroupOutlines(this.shownContent) : null);
	readonly legend = $derived(
		scenarioLegend(
			this.colourBy,
			this.view,
			this.level,
			this.shownContent,
			this.evaluation,
			this.basis.verdicts,
			i18n.lang
		)
	);
	readonly memberCodes = $derived(new Set(this.currentGroup?.members ?? []));

	// ---- Comments on one unit (issue 11 item 4) ----------------------------------------------------------------
	readonly role = $derived(this.data().user?.role ?? 'viewer');
	/** Editors click units to edit groups; readers and reviewers click a unit to open its comments. */
	readonly clicksEdit = $derived(this.role === 'editor' || this.role === 'admin');
	/** The unit whose comment threads the panel shows (opened from a member row or, for readers, a map click). */
	commentUnit = $state<string | null>(null);
	readonly review = $derived(reviewState(this.data().scenario.id));
	/** Open threads on units, per unit code (the ✎ count of a member row). */
	readonly openUnitComments = $derived(
		commentCounts(
			this.review.open.filter((t) => t.root.targetKind === 'unit'),
			[]
		)
	);
	/** The units' names on the map, made once: sent to the map's worker again only when a ✎ count changes. */
	readonly baseLabels = $derived(labelFeatures(this.units));
	readonly markCounts = $derived(JSON.stringify([...commentCounts(this.review.open, this.shownContent.groups)]));
	readonly labels = $derived.by(() => {
		const base = this.baseLabels;
		void this.markCounts;
		return untrack(() => withCommentMarks(base, this.review.open, this.shownContent.groups));
	});

	constructor(data: () => PageData, zoomTo: (bbox: [number, number, number, number]) => void) {
		this.#source = data;
		this.zoomTo = zoomTo;
		$effect(() => void this.surpluses.load(this.session.version));
		// The rest of the page catches up with an edit after the browser has painted its verdict (see shownContent).
		$effect(() => {
			const session = this.session;
			const content = this.content;
			const settled = untrack(() => this.#settled);
			if (settled?.session === session && settled.content === content) return;
			// A newly loaded scenario is shown whole at once; an edit's catch-up waits for the paint.
			if (settled?.session !== session) this.#settled = { session, content };
			else afterPaint(() => (this.#settled = { session: this.session, content: this.content }));
		});
		// The catalog (every unit, for checking an edit) is built when the browser is idle after the page shows, not
		// inside the first click (~20 ms of a country's first click → verdict).
		$effect(() => {
			// Once the units are here (fetched after the page shows): a catalog of no unit is no use to a click.
			if (!this.unitsReady) return;
			const ready = () => void this.catalog;
			if (typeof requestIdleCallback !== 'function') return ready();
			const id = requestIdleCallback(ready, { timeout: 2000 });
			return () => cancelIdleCallback(id);
		});
	}

	private data(): PageData {
		return this.#source();
	}

	get datasetId() {
		return this.data().dataset.id;
	}
	get scenarioId() {
		return this.data().scenario.id;
	}

	readonly edit = (ops: ScenarioOp[]) => void this.session.edit(ops, this.catalog);

	/**
	 * What a first click on the map would show, worked out on a copy (nothing edited or saved): the panel builds it
	 * once out of sight while the page is idle, so that the user's first click runs warm code (rehearsal.ts).
	 */
	readonly rehearse = (): Rehearsal | null =>
		rehearseClick(this.content, this.units, this.level, this.catalog, (content, id) =>
			evaluateOneGroup(content, this.basis, this.memo, id)
		);

	/** The name the review bar prints for a comment's target. */
	readonly nameOf = (kind: 'group' | 'unit', key: string) =>
		kind === 'unit' ? this.labelOf(key) : (this.evaluation.groups.find((g) => g.id === key)?.name ?? null);
	readonly groupName = (id: string) =>
		groupLabel(this.shownContent.groups, this.evaluation.groups, this.byCode, this.districtName, id);
	readonly unitGroupName = (code: string) => groupNameOfUnit(this.shownContent.groups, this.evaluation.groups, code);

	/** Show what a comment is on: its group selected, or its unit's threads open, zoomed on the map. */
	readonly show = (kind: 'group' | 'unit', key: string) => {
		const t = showTarget(this.content.groups, this.byCode, kind, key);
		this.commentUnit = t.commentUnit;
		this.currentGroupId = t.groupId;
		if (t.level) this.level = t.level;
		this.zoomToCodes(t.codes);
	};

	/** Apply what a click or box answered: its ops, then its selection (only if the ops were accepted). */
	apply(a: SelectionAnswer) {
		if (a.ops.length && !this.session.edit(a.ops, this.catalog)) return;
		if (a.select !== undefined && (a.select === null || this.content.groups.some((g) => g.id === a.select)))
			this.currentGroupId = a.select;
	}

	readonly step = async (kind: 'undo' | 'redo') => {
		if (await this.session.step(kind))
			if (this.currentGroupId && !this.content.groups.some((g) => g.id === this.currentGroupId))
				this.currentGroupId = null;
	};

	readonly saveAsCopy = async () => {
		const id = await this.session.saveAsCopy();
		if (id != null) location.href = `/datasets/${this.data().dataset.id}/scenarios/${id}`;
	};

	readonly onMapSelect = (code: string | null, lvl: Level) => {
		if (!code) return;
		if (!this.clicksEdit) {
			this.commentUnit = code;
			this.currentGroupId = groupOfUnit(this.content.groups, code)?.id ?? null;
			return;
		}
		// From the click event itself (before the map found the unit under it), not from this handler.
		const now = performance.now();
		const at = this.#clickEventAt;
		this.#clickEventAt = null;
		this.#clickAt = at != null && at <= now && now - at < 1000 ? at : now;
		this.apply(clickUnit(this.content, this.currentGroup, code, lvl));
		void this.#measureFeedback();
	};

	readonly onBoxSelect = (codes: string[], lvl: Level) =>
		this.apply(boxUnits(this.content, this.currentGroup, codes, lvl));

	/** A group picked in the list: selected, its level shown, zoomed. */
	readonly pick = (g: { id: string; level: Level; members: string[] }) => {
		this.currentGroupId = g.id;
		this.level = g.level;
		this.zoomToCodes(g.members);
	};

	/** A unit added from the list's search: as a click on it. */
	readonly add = (u: Pick<UnitView, 'code' | 'level'>) => {
		if (u.level !== 'district' && u.level !== 'commune') return;
		this.level = u.level;
		this.apply(clickUnit(this.content, this.currentGroup, u.code, u.level));
	};

	/** Every click's time, noted before anything handles it (the page listens on the window, capturing). */
	readonly noteClick = (e: MouseEvent) => {
		this.#clickEventAt = e.timeStamp;
	};

	/** Time from the click event to the panel showing the new verdict, in the next frame (the 50 ms target). */
	async #measureFeedback() {
		await tick();
		await new Promise((r) => requestAnimationFrame(() => r(null)));
		this.feedbackMs = performance.now() - this.#clickAt;
	}

	readonly zoomToCodes = (codes: string[]) => {
		const b = unionBbox(codes.map((c) => this.byCode.get(c)));
		if (b) this.zoomTo(b);
	};

	readonly onKey = (e: KeyboardEvent) => {
		const { key, ctrlKey, metaKey, shiftKey } = e;
		const action = editorKeyAction({ key, ctrlKey, metaKey, shiftKey, target: e.target as HTMLElement | null });
		if (action === 'deselect') {
			this.currentGroupId = null;
			this.commentUnit = null;
		} else if (action) {
			e.preventDefault();
			void this.step(action);
		}
	};
}
