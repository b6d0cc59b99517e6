/**
 * What the dossier's maps draw, as SVG (src/lib/domain/dossier/map-svg.ts): the province before (units subject to
 * arrangement coloured by phase), after (each new unit dissolved from its members with the same dissolve as the
 * screens, coloured by its verdict) and one map per new unit (its members and neighbours). map-image.ts loads the
 * data and rasterises these to PNG.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { dissolveGroup } from '../../domain/geo/dissolve.ts';
import { bboxOf, labelPoint } from '../../domain/geo/measures.ts';
import { docAreaKm2, docInteger } from '../../domain/dossier/format.ts';
import { renderMapSvg, type MapLabel, type MapLegendItem, type MapShape } from '../../domain/dossier/map-svg.ts';
import type { Dossier, DossierNewUnit } from '../../domain/dossier/types.ts';
import type { UnitView } from '../../domain/units.ts';
import type { DossierMap, DossierMapData } from './map-image.ts';
import { tIn } from '../../i18n/catalogue.ts';

export type Area = Polygon | MultiPolygon;
export type Level = 'district' | 'commune';

export const FONT_FAMILY = 'DejaVu Sans';
const COLORS = {
	phase2023: '#f59e0b',
	phase2026: '#fde68a',
	kept: '#c4b5fd',
	plain: '#f5f5f4',
	line: '#a8a29e',
	district: '#1f2937',
	both: '#86efac',
	one: '#fde047',
	none: '#fca5a5',
	unknown: '#93c5fd',
	outline: '#b91c1c',
	members: ['#93c5fd', '#fcd34d', '#a7f3d0', '#f9a8d4', '#c4b5fd', '#fdba74', '#99f6e4', '#d9f99d']
} as const;

/** "Huyện Đạ Huoai" → "Đạ Huoai", "Thành phố Đà Lạt" → "TP Đà Lạt", "Xã Đạ Oai" → "Đạ Oai" (map labels). */
function shortLabel(name: string): string {
	return name
		.replace(/^Thành phố /, 'TP ')
		.replace(/^Thị xã /, 'TX ')
		.replace(/^Thị trấn /, 'TT ')
		.replace(/^(Huyện|Xã|Quận) /, '');
}

function labelAt(u: UnitView | undefined, g: Area | undefined): [number, number] | null {
	if (u?.label) return u.label;
	return g ? labelPoint(g) : null;
}

type Box = [number, number, number, number];

function extent(geoms: Area[]): Box {
	let b: Box = [Infinity, Infinity, -Infinity, -Infinity];
	for (const g of geoms) {
		const [a, c, d, e] = bboxOf(g);
		b = [Math.min(b[0], a), Math.min(b[1], c), Math.max(b[2], d), Math.max(b[3], e)];
	}
	return b;
}

/** A box grown by `f` of its size on each side. */
function grow(b: Box, f: number): Box {
	const dx = (b[2] - b[0]) * f;
	const dy = (b[3] - b[1]) * f;
	return [b[0] - dx, b[1] - dy, b[2] + dx, b[3] + dy];
}

const intersects = (a: Box, b: Box): boolean => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

function verdictColor(n: DossierNewUnit): string {
	if (n.meets === 'both') return COLORS.both;
	if (n.meets === 'area' || n.meets === 'population') return COLORS.one;
	if (n.meets === 'none') return COLORS.none;
	return COLORS.unknown;
}

/** The level the province maps show: communes when the dataset has them. */
export function mapLevel(data: DossierMapData): Level {
	return data.geometry.commune.size ? 'commune' : 'district';
}

/**
 * Dissolve the new units of one level with the screens' dissolve (group by group: each group's members only, so the
 * cost grows with the plan, not with the province): group id → outline.
 */
export function dissolved(dossier: Dossier, data: DossierMapData, level: Level): Map<string, Area> {
	const out = new Map<string, Area>();
	for (const n of dossier.plan.newUnits) {
		if (n.level !== level) continue;
		const members = n.members.map((m) => data.geometry[level].get(m.code)).filter((g): g is Area => !!g);
		if (members.length) out.set(n.groupId, dissolveGroup(members).geometry);
	}
	return out;
}

function districtShapes(data: DossierMapData, replaced: Map<string, Area>, skip: Set<string>): MapShape[] {
	const shapes: MapShape[] = [];
	for (const [code, g] of data.geometry.district)
		if (!skip.has(code)) shapes.push({ geometry: g, fill: null, stroke: COLORS.district, strokeWidth: 2.5 });
	for (const g of replaced.values())
		shapes.push({ geometry: g, fill: null, stroke: COLORS.district, strokeWidth: 2.5 });
	return shapes;
}

export function beforeMap(dossier: Dossier, data: DossierMapData): Omit<DossierMap, 'png'> {
	const { lang } = dossier;
	const level = mapLevel(data);
	const subject = new Map(dossier.currentState.units.map((u) => [u.code, u]));
	const kept = new Set(dossier.plan.kept.map((k) => k.code));
	const shapes: MapShape[] = [];
	const labels: MapLabel[] = [];
	for (const [code, g] of data.geometry[level]) {
		const s = subject.get(code);
		const fill = !s
			? COLORS.plain
			: kept.has(code) || s.status === 'exempt'
				? COLORS.kept
				: s.phase === '2023-2025'
					? COLORS.phase2023
					: COLORS.phase2026;
		shapes.push({ geometry: g, fill, stroke: COLORS.line, strokeWidth: 0.8 });
		const at = s ? labelAt(data.units.get(code), g) : null;
		if (at) labels.push({ at, text: shortLabel(s!.name), size: 13 });
	}
	// District subject units: drawn as thick coloured outlines when the map shows communes.
	if (level === 'commune') {
		shapes.push(...districtShapes(data, new Map(), new Set()));
		for (const [code, g] of data.geometry.district) {
			const u = data.units.get(code);
			const at = labelAt(u, g);
			// District names go under the communes' names: a small subject commune stays readable.
			if (at && u)
				labels.unshift({ at, text: shortLabel(u.name).toUpperCase(), size: 20, bold: true, color: '#1f2937' });
		}
		for (const s of dossier.currentState.units)
			if (s.level === 'district') {
				const g = data.geometry.district.get(s.code);
				if (g) shapes.push({ geometry: g, fill: null, stroke: COLORS.outline, strokeWidth: 3, dashed: true });
			}
	}
	const legend: MapLegendItem[] = [
		{
			fill: COLORS.phase2023,
			stroke: COLORS.line,
			label: tIn(lang, 'dossier.mapImage.subject20232025')
		},
		{
			fill: COLORS.phase2026,
			stroke: COLORS.line,
			label: tIn(lang, 'dossier.mapImage.subject20262030')
		},
		{ fill: COLORS.kept, stroke: COLORS.line, label: tIn(lang, 'dossier.mapImage.notRequiredKept') },
		{ fill: COLORS.plain, stroke: COLORS.line, label: tIn(lang, 'dossier.mapImage.notSubject') },
		{ fill: null, stroke: COLORS.district, label: tIn(lang, 'dossier.mapImage.districtBoundary') },
		{
			fill: null,
			stroke: COLORS.outline,
			dashed: true,
			label: tIn(lang, 'dossier.mapImage.districtSubjectToArrangement')
		}
	];
	return provinceMap(dossier, 'before', dossier.labels.mapBefore, {
		subtitle: dossier.title.referenceDate
			? tIn(lang, 'dossier.mapImage.p1FiguresAsOfReferencedatetext', {
					p1: capitalise(dossier.title.provinceInText),
					referenceDateText: dossier.title.referenceDateText
				})
			: capitalise(dossier.title.provinceInText),
		shapes,
		labels,
		legend
	});
}

/** A map of the whole province (1600 × 1400), captioned "<name> của <province>". */
function provinceMap(
	dossier: Dossier,
	id: 'before' | 'after',
	name: string,
	m: { subtitle: string; shapes: MapShape[]; labels: MapLabel[]; legend: MapLegendItem[] }
): Omit<DossierMap, 'png'> {
	const { lang } = dossier;
	const size = { width: 1600, height: 1400 };
	const svg = renderMapSvg({ title: name.toUpperCase(), ...m, ...size, lang, fontFamily: FONT_FAMILY });
	return {
		id,
		caption: `${name}${tIn(lang, 'dossier.mapImage.cua')}${dossier.title.provinceInText}`,
		groupId: null,
		...size,
		svg
	};
}

function capitalise(s: string): string {
	return s ? s[0].toUpperCase() + s.slice(1) : s;
}

export function afterMap(
	dossier: Dossier,
	data: DossierMapData,
	outlines: Record<Level, Map<string, Area>>
): Omit<DossierMap, 'png'> {
	const { lang } = dossier;
	const level = mapLevel(data);
	const inGroup = new Set<string>();
	for (const n of dossier.plan.newUnits) if (n.level === level) for (const m of n.members) inGroup.add(m.code);
	const shapes: MapShape[] = [];
	const labels: MapLabel[] = [];
	for (const [code, g] of data.geometry[level])
		if (!inGroup.has(code)) shapes.push({ geometry: g, fill: COLORS.plain, stroke: COLORS.line, strokeWidth: 0.8 });
	for (const n of dossier.plan.newUnits) {
		if (n.level !== level) continue;
		const g = outlines[level].get(n.groupId);
		if (!g) continue;
		shapes.push({ geometry: g, fill: verdictColor(n), stroke: '#111827', strokeWidth: 2 });
		labels.push({ at: labelPoint(g), text: shortLabel(n.name), size: 16, bold: true });
	}
	if (level === 'commune') {
		const absorbed = new Set<string>();
		for (const n of dossier.plan.newUnits) if (n.level === 'district') for (const m of n.members) absorbed.add(m.code);
		shapes.push(...districtShapes(data, outlines.district, absorbed));
		for (const [code, g] of data.geometry.district) {
			if (absorbed.has(code)) continue;
			const u = data.units.get(code);
			const at = labelAt(u, g);
			if (at && u) labels.push({ at, text: shortLabel(u.name).toUpperCase(), size: 20, bold: true, color: '#1f2937' });
		}
		for (const n of dossier.plan.newUnits) {
			if (n.level !== 'district') continue;
			const g = outlines.district.get(n.groupId);
			if (g)
				labels.push({
					at: labelPoint(g),
					text: shortLabel(n.name).toUpperCase(),
					size: 20,
					bold: true,
					color: '#1f2937'
				});
		}
	}
	const legend: MapLegendItem[] = [
		{
			fill: COLORS.both,
			stroke: '#111827',
			label: tIn(lang, 'dossier.mapImage.newUnitMeetsBothStandards')
		},
		{
			fill: COLORS.one,
			stroke: '#111827',
			label: tIn(lang, 'dossier.mapImage.newUnitMeetsOneStandard')
		},
		{
			fill: COLORS.none,
			stroke: '#111827',
			label: tIn(lang, 'dossier.mapImage.newUnitMeetsNeither')
		},
		{ fill: COLORS.plain, stroke: COLORS.line, label: tIn(lang, 'dossier.mapImage.unitUnchanged') },
		{
			fill: null,
			stroke: COLORS.district,
			label: tIn(lang, 'dossier.mapImage.districtBoundaryAfter')
		}
	];
	return provinceMap(dossier, 'after', dossier.labels.mapAfter, {
		subtitle: capitalise(dossier.title.provinceInText),
		shapes,
		labels,
		legend
	});
}

export function unitMap(
	dossier: Dossier,
	data: DossierMapData,
	n: DossierNewUnit,
	outline: Area | undefined
): Omit<DossierMap, 'png'> | null {
	const { lang } = dossier;
	const level = n.level;
	const memberGeoms = n.members.map((m) => data.geometry[level].get(m.code)).filter((g): g is Area => !!g);
	if (!memberGeoms.length) return null;
	const members = new Set(n.members.map((m) => m.code));
	const shapes: MapShape[] = [];
	const labels: MapLabel[] = [];
	// Neighbours first (grey, named), then the members in colours, then the new unit's outline. Units far outside
	// the view are left out (the SVG stays small and quick to rasterise).
	const view = grow(extent(outline ? [outline] : memberGeoms), 0.6);
	for (const [code, g] of data.geometry[level]) {
		if (members.has(code) || !intersects(bboxOf(g), view)) continue;
		shapes.push({ geometry: g, fill: COLORS.plain, stroke: COLORS.line, strokeWidth: 1 });
		const u = data.units.get(code);
		const at = labelAt(u, g);
		if (at && u) labels.push({ at, text: shortLabel(u.name), size: 15, color: '#6b7280' });
	}
	const legend: MapLegendItem[] = [];
	n.members.forEach((m, i) => {
		const g = data.geometry[level].get(m.code);
		if (!g) return;
		const fill = COLORS.members[i % COLORS.members.length];
		shapes.push({ geometry: g, fill, stroke: '#4b5563', strokeWidth: 1.5, dashed: true });
		const at = labelAt(data.units.get(m.code), g);
		if (at)
			labels.push({
				at,
				text: `${shortLabel(m.name)} (${docInteger(m.population, lang)} ${tIn(lang, 'groupPanel.people')})`,
				size: 18,
				bold: true,
				marker: m.isSeat ? 'seat' : undefined
			});
		legend.push({ fill, stroke: '#4b5563', label: m.name });
	});
	if (outline) shapes.push({ geometry: outline, fill: null, stroke: COLORS.outline, strokeWidth: 4 });
	legend.push({
		fill: null,
		stroke: COLORS.outline,
		label: tIn(lang, 'dossier.mapImage.boundaryOfNameNew', { name: n.name })
	});
	if (n.seatCode)
		legend.push({ fill: null, stroke: '#ffffff', marker: 'seat', label: tIn(lang, 'dossier.mapImage.seat') });
	const title = `${dossier.labels.mapOfUnit.toUpperCase()} ${n.name.toUpperCase()}`;
	const svg = renderMapSvg({
		title,
		subtitle: tIn(lang, 'dossier.mapImage.naturalAreaP1PopulationP2', {
			p1: docAreaKm2(n.areaKm2, lang),
			p2: docInteger(n.population, lang)
		}),
		width: 1600,
		height: 1200,
		shapes,
		labels,
		legend,
		fitTo: outline ? [outline] : memberGeoms,
		fitMargin: 0.08,
		lang,
		fontFamily: FONT_FAMILY
	});
	return {
		id: `unit-${n.groupId}`,
		caption: tIn(lang, 'dossier.mapImage.mapOfNameAfterThe', { name: n.name }),
		groupId: n.groupId,
		width: 1600,
		height: 1200,
		svg
	};
}
