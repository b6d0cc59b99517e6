/**
 * What the scenario map draws besides the units: each group's colour on its members, the units still to arrange and
 * those kept with a reason; in the "after" view the dissolved new units; for a group in separate parts, its parts
 * outlined and a line across the gap. Plain functions over the scenario and its evaluation (the page shows them).
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { ScenarioContent } from '../domain/scenario/model.ts';
import type { GroupEvaluation, ScenarioEvaluation } from '../domain/scenario/evaluate.ts';
import { gapBetweenParts } from '../domain/geo/contiguity.ts';
import { polsbyPopper } from '../domain/geo/measures.ts';
import type { DissolveLayerResponse, DissolveResponse } from '../domain/geo/dissolve-worker-protocol.ts';
import type { UnitGeometry } from '../domain/geo/dissolve.ts';
import { STATUS_COLORS } from './verdict-colors.ts';
import { both } from '../i18n/catalogue.ts';

type Level = 'district' | 'commune';
type Area = Polygon | MultiPolygon;

/** Colours of merger groups, in the order the groups were made (repeating after 12). */
export const GROUP_PALETTE = [
	'#1f77b4',
	'#ff7f0e',
	'#2ca02c',
	'#9467bd',
	'#8c564b',
	'#e377c2',
	'#17becf',
	'#bcbd22',
	'#393b79',
	'#637939',
	'#8c6d31',
	'#843c39'
] as const;

/** The colour of the i-th group. */
export const groupColor = (i: number): string => GROUP_PALETTE[i % GROUP_PALETTE.length];

/** The red of a broken group's parts and the line across its gap. */
export const GAP_COLOR = '#dc2626';

/** Fill colours by level and code: group members by group; units still to arrange in red; exempted in purple. */
export function scenarioFill(
	content: ScenarioContent,
	evaluation: Pick<ScenarioEvaluation, 'mandatoryLeft' | 'exemptions'>
): Record<Level, Record<string, string>> {
	const out: Record<Level, Record<string, string>> = { district: {}, commune: {} };
	for (const m of evaluation.mandatoryLeft) out[m.level][m.code] = STATUS_COLORS.subject_2023_2025;
	for (const e of evaluation.exemptions) if (e.needed) out[e.level][e.code] = STATUS_COLORS.exempt;
	content.groups.forEach((g, i) => {
		for (const c of g.members) out[g.level][c] = groupColor(i);
	});
	return out;
}

/**
 * The scenario map in its default colouring, one colour language with the dataset map: every unit filled with its
 * verdict colour (a unit the scenario exempts turns purple, as on the dataset map), and each merger group drawn as
 * an outline in the group's colour around its members.
 */
export function scenarioVerdictColours(
	content: ScenarioContent,
	evaluation: Pick<ScenarioEvaluation, 'exemptions'>,
	verdicts: ReadonlyMap<string, { status: string; level: string | null }>
): { fill: Record<Level, Record<string, string>>; outline: Record<Level, Record<string, string>> } {
	return { fill: scenarioVerdictFill(exemptedUnits(evaluation), verdicts), outline: scenarioGroupOutlines(content) };
}

/**
 * The units the scenario exempts, as a text key ("commune:00002,district:682"): equal keys mean equal fills, so the
 * page recolours the map's 10,000 units only when an exemption changes, not on every click that edits a group.
 */
export function exemptedUnits(evaluation: Pick<ScenarioEvaluation, 'exemptions'>): string {
	return evaluation.exemptions
		.filter((e) => e.needed)
		.map((e) => `${e.level}:${e.code}`)
		.join(',');
}

/** Every unit filled with its verdict colour; the units in `exempted` (exemptedUnits) purple. */
export function scenarioVerdictFill(
	exempted: string,
	verdicts: ReadonlyMap<string, { status: string; level: string | null }>
): Record<Level, Record<string, string>> {
	const fill: Record<Level, Record<string, string>> = { district: {}, commune: {} };
	for (const [code, v] of verdicts)
		if (v.level === 'district' || v.level === 'commune') fill[v.level][code] = STATUS_COLORS[v.status];
	for (const key of exempted ? exempted.split(',') : []) {
		const [level, code] = key.split(':') as [Level, string];
		fill[level][code] = STATUS_COLORS.exempt;
	}
	return fill;
}

/** Each merger group's members outlined in the group's colour. */
export function scenarioGroupOutlines(content: ScenarioContent): Record<Level, Record<string, string>> {
	const outline: Record<Level, Record<string, string>> = { district: {}, commune: {} };
	content.groups.forEach((g, i) => {
		for (const c of g.members) outline[g.level][c] = groupColor(i);
	});
	return outline;
}

/** A group's new unit as the after view draws it. */
function afterFeature(
	g: ScenarioContent['groups'][number],
	i: number,
	name: string | null | undefined,
	geometry: Area
): Feature {
	return {
		type: 'Feature',
		properties: {
			color: groupColor(i),
			opacity: 0.55,
			line: '#111827',
			width: 3,
			name: name ?? g.id,
			groupId: g.id,
			level: g.level
		},
		geometry
	};
}

/** The features drawn for a group in separate parts: every part but the first outlined, and the line across the gap. */
export function gapOverlay(
	evaluation: Pick<GroupEvaluation, 'contiguous' | 'parts'> | null,
	geometries: ReadonlyMap<string, Area>
): Feature[] {
	if (!evaluation || evaluation.contiguous !== false) return [];
	const parts = evaluation.parts.map((p) => p.map((c) => geometries.get(c)).filter((x): x is Area => !!x));
	const gap = gapBetweenParts(parts);
	const feats: Feature[] = evaluation.parts.slice(1).flatMap((p) =>
		p
			.filter((c) => geometries.has(c))
			.map((c) => ({
				type: 'Feature' as const,
				properties: { line: GAP_COLOR, width: 4, opacity: 0 },
				geometry: geometries.get(c)! as Geometry
			}))
	);
	if (gap) feats.push({ type: 'Feature', properties: { line: GAP_COLOR, width: 4 }, geometry: gap.line });
	return feats;
}

/** Dissolves members into one geometry within a time limit (the worker client in the page; the domain in tests). */
export type Dissolver = (members: Area[], timeLimitMs: number) => Promise<DissolveResponse>;

/** The "after" view: one feature per group (its dissolved boundary), the compactness of each, the last failure. */
export interface AfterView {
	features: Feature[];
	/** Polsby–Popper compactness of each dissolved new unit by group id (information only). */
	compactness: Record<string, number>;
	/** Bilingual text of the last group that could not be dissolved, or null. */
	error: { vi: string; en: string } | null;
}

/** Dissolve every group's members into its new unit, in order; a group that fails is reported and skipped. */
export async function buildAfterView(
	content: ScenarioContent,
	evaluation: Pick<ScenarioEvaluation, 'groups'>,
	geometries: ReadonlyMap<string, Area>,
	dissolve: Dissolver,
	timeLimitMs = 10_000
): Promise<AfterView> {
	const out: AfterView = { features: [], compactness: {}, error: null };
	const evaluated = new Map(evaluation.groups.map((x) => [x.id, x]));
	for (const [i, g] of content.groups.entries()) {
		const members = g.members.map((c) => geometries.get(c)).filter((x): x is Area => !!x);
		if (members.length < 1) continue;
		const r = await dissolve(members, timeLimitMs);
		if (!r.ok) {
			const s = Math.round(timeLimitMs / 1000);
			out.error = r.timedOut
				? both('map.scenarioOverlay.mergingTheBoundaryOfGroup', { id: g.id, s })
				: both('map.scenarioOverlay.couldNotMergeTheBoundary', { id: g.id, error: r.error });
			continue;
		}
		out.features.push(afterFeature(g, i, evaluated.get(g.id)?.name, r.geometry));
		out.compactness[g.id] = polsbyPopper(r.geometry);
	}
	return out;
}

/** The overlay source's data: the after view's new units (in that view) under the gap of the current group. */
export function overlayCollection(view: 'before' | 'after', after: Feature[], gap: Feature[]): FeatureCollection {
	return { type: 'FeatureCollection', features: [...(view === 'after' ? after : []), ...gap] };
}

/** Dissolves every group of one layer at once (the worker client's dissolveLayer; the domain in tests). */
export type LayerDissolver = (units: UnitGeometry[], groupOf: Record<string, string>) => Promise<DissolveLayerResponse>;

/**
 * The after view of a whole scenario, as buildAfterView gives it, with each level's groups dissolved together in
 * one request (the layer's topology built once, not once per group: 11 s → 2 s for a country's 1,700 groups).
 * `layers` holds every unit of each level (the groups' neighbours too). A level whose request fails falls back to
 * buildAfterView's one group at a time, so a failure is still reported per group.
 */
export async function buildAfterViewByLayer(
	content: ScenarioContent,
	evaluation: Pick<ScenarioEvaluation, 'groups'>,
	layers: Readonly<Record<Level, readonly UnitGeometry[]>>,
	dissolveLayer: LayerDissolver,
	dissolve: Dissolver
): Promise<AfterView> {
	const names = new Map(evaluation.groups.map((x) => [x.id, x.name]));
	const dissolved = new Map<string, Area>();
	const fallback: ScenarioContent['groups'] = [];
	for (const level of ['district', 'commune'] as const) {
		const groups = content.groups.filter((g) => g.level === level);
		if (!groups.length) continue;
		const groupOf: Record<string, string> = {};
		for (const g of groups) for (const c of g.members) groupOf[c] = g.id;
		const r = await dissolveLayer([...layers[level]], groupOf);
		if (r.ok) for (const [id, geometry] of Object.entries(r.groups)) dissolved.set(id, geometry);
		else fallback.push(...groups);
	}
	const out: AfterView = { features: [], compactness: {}, error: null };
	if (fallback.length) {
		const geometries = new Map<string, Area>();
		for (const level of ['district', 'commune'] as const)
			for (const u of layers[level]) geometries.set(u.code, u.geometry);
		const again = await buildAfterView({ ...content, groups: fallback }, evaluation, geometries, dissolve);
		for (const f of again.features) dissolved.set(f.properties!.groupId, f.geometry as Area);
		out.error = again.error;
	}
	for (const [i, g] of content.groups.entries()) {
		const geometry = dissolved.get(g.id);
		if (!geometry) continue;
		out.features.push(afterFeature(g, i, names.get(g.id), geometry));
		out.compactness[g.id] = polsbyPopper(geometry);
	}
	return out;
}
