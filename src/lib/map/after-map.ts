/**
 * The "after" map (Sau sắp xếp): only the units that exist after the arrangement, at one level: each merger group's
 * dissolved new unit under its new name, and the units left as they are. Old inner borders are kept apart so the
 * page can show them faintly on request; on the commune map the districts after the arrangement are outlines only
 * (no district fill over the communes). Plain functions over the scenario, its evaluation and the boundaries.
 */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { ScenarioContent } from '../domain/scenario/model.ts';
import type { ScenarioEvaluation } from '../domain/scenario/evaluate.ts';
import type { UnitView } from '../domain/units.ts';
import { labelPoint } from '../domain/geo/measures.ts';

type Level = 'district' | 'commune';
type Area = Polygon | MultiPolygon;

/** Colours of the after map (they mean "new" and "unchanged", never a verdict). */
export const AFTER_COLORS = { new: '#9ecae1', kept: '#f7f4ea', line: '#1f2933', old: '#6b7280' } as const;

/** One unit on the after map and in its list. */
export interface AfterUnit {
	/** Group id for a new unit, unit code for an unchanged one. */
	key: string;
	name: string;
	isNew: boolean;
	/** Names of the units it is formed from (the members; itself when unchanged). */
	from: string[];
	/** Commune map: the district the unit belongs to after the arrangement. */
	districtAfter: string | null;
	population: number | null;
	areaKm2: number | null;
}

export interface AfterMapData {
	units: FeatureCollection<Area, { key: string; name: string; status: 'new' | 'kept' }>;
	labels: FeatureCollection<Point, { key: string; label: string; status: 'new' | 'kept' }>;
	/** The old borders of the merged units (shown faint on request). */
	oldBorders: FeatureCollection<Area>;
	/** Commune map: the districts after the arrangement, as outlines. Empty on the district map. */
	upper: FeatureCollection<Area>;
	list: AfterUnit[];
}

/** A dissolved group as the overlay gives it (scenario-overlay buildAfterView): its group id, level and boundary. */
export type Dissolved = Feature<Area, { groupId: string; level: Level; name?: string }>;

/**
 * The scenario's new units, dissolved by the server (GET /api/scenarios/[sid]/after-geometry: simplified, once per
 * scenario version, revalidated by ETag). Throws with the HTTP status when the server cannot give them.
 */
export async function loadDissolved(fetchFn: typeof fetch, scenarioId: number): Promise<Dissolved[]> {
	const r = await fetchFn(`/api/scenarios/${scenarioId}/after-geometry`);
	if (!r.ok) throw new Error(`HTTP ${r.status}`);
	return ((await r.json()) as FeatureCollection<Area, Dissolved['properties']>).features as Dissolved[];
}

const fc = <T>(features: T[]) => ({ type: 'FeatureCollection' as const, features });

/** The after map at `level`. Groups that could not be dissolved show their members under the new name. */
export function afterMapData(
	level: Level,
	content: ScenarioContent,
	evaluation: Pick<ScenarioEvaluation, 'groups'>,
	units: readonly UnitView[],
	geometries: ReadonlyMap<string, Area>,
	dissolved: readonly Dissolved[]
): AfterMapData {
	const byCode = new Map(units.map((u) => [u.code, u]));
	const evalOf = new Map(evaluation.groups.map((g) => [g.id, g]));
	const dissolvedOf = new Map(dissolved.map((f) => [f.properties.groupId, f.geometry]));
	const nameOfGroup = (id: string) => evalOf.get(id)?.name ?? id;
	// The district each district code belongs to after the arrangement (a merged district → the group's name).
	const districtAfter = new Map<string, string>();
	for (const u of units) if (u.level === 'district') districtAfter.set(u.code, u.name);
	for (const g of content.groups)
		if (g.level === 'district') for (const c of g.members) districtAfter.set(c, nameOfGroup(g.id));

	const out: AfterMapData = { units: fc([]), labels: fc([]), oldBorders: fc([]), upper: fc([]), list: [] };
	const grouped = new Set<string>();
	for (const g of content.groups) {
		if (g.level !== level) continue;
		for (const c of g.members) grouped.add(c);
		const ev = evalOf.get(g.id);
		const name = nameOfGroup(g.id);
		const geom = dissolvedOf.get(g.id);
		const parts = geom ? [geom] : g.members.map((c) => geometries.get(c)).filter((x): x is Area => !!x);
		for (const p of parts)
			out.units.features.push({ type: 'Feature', properties: { key: g.id, name, status: 'new' }, geometry: p });
		const largest = parts.length ? parts.reduce((a, b) => (bboxArea(b) > bboxArea(a) ? b : a)) : null;
		if (largest)
			out.labels.features.push({
				type: 'Feature',
				properties: { key: g.id, label: name, status: 'new' },
				geometry: { type: 'Point', coordinates: labelPoint(largest) }
			});
		for (const c of g.members) {
			const m = geometries.get(c);
			if (m) out.oldBorders.features.push({ type: 'Feature', properties: {}, geometry: m });
		}
		const firstParent = g.members.map((c) => byCode.get(c)?.parentCode).find((p) => p);
		out.list.push({
			key: g.id,
			name,
			isNew: true,
			from: g.members.map((c) => byCode.get(c)?.name ?? c),
			districtAfter: level === 'commune' && firstParent ? (districtAfter.get(firstParent) ?? null) : null,
			population: ev?.population ?? null,
			areaKm2: ev?.areaKm2 ?? null
		});
	}
	for (const u of units) {
		if (u.level !== level || grouped.has(u.code)) continue;
		const geom = geometries.get(u.code);
		if (!geom) continue;
		out.units.features.push({
			type: 'Feature',
			properties: { key: u.code, name: u.name, status: 'kept' },
			geometry: geom
		});
		out.labels.features.push({
			type: 'Feature',
			properties: { key: u.code, label: u.name, status: 'kept' },
			geometry: { type: 'Point', coordinates: u.label ?? labelPoint(geom) }
		});
		out.list.push({
			key: u.code,
			name: u.name,
			isNew: false,
			from: [u.name],
			districtAfter: level === 'commune' && u.parentCode ? (districtAfter.get(u.parentCode) ?? null) : null,
			population: u.population,
			areaKm2: u.areaOfficialKm2 ?? u.areaComputedKm2 ?? null
		});
	}
	if (level === 'commune') {
		const mergedDistricts = new Set<string>();
		for (const g of content.groups) {
			if (g.level !== 'district') continue;
			for (const c of g.members) mergedDistricts.add(c);
			const geom = dissolvedOf.get(g.id);
			// The merged districts' old borders are old borders too (faint, on request).
			for (const c of g.members) {
				const m = geometries.get(c);
				if (m) out.oldBorders.features.push({ type: 'Feature', properties: {}, geometry: m });
			}
			if (geom) out.upper.features.push({ type: 'Feature', properties: {}, geometry: geom });
			else
				for (const c of g.members) {
					const m = geometries.get(c);
					if (m) out.upper.features.push({ type: 'Feature', properties: {}, geometry: m });
				}
		}
		for (const u of units) {
			if (u.level !== 'district' || mergedDistricts.has(u.code)) continue;
			const m = geometries.get(u.code);
			if (m) out.upper.features.push({ type: 'Feature', properties: {}, geometry: m });
		}
	}
	out.list.sort((a, b) => Number(b.isNew) - Number(a.isNew) || a.name.localeCompare(b.name, 'vi'));
	return out;
}

function bboxArea(g: Area): number {
	let x0 = Infinity,
		y0 = Infinity,
		x1 = -Infinity,
		y1 = -Infinity;
	const rings = g.type === 'Polygon' ? [g.coordinates[0]] : g.coordinates.map((p) => p[0]);
	for (const r of rings)
		for (const [x, y] of r) {
			x0 = Math.min(x0, x);
			y0 = Math.min(y0, y);
			x1 = Math.max(x1, x);
			y1 = Math.max(y1, y);
		}
	return (x1 - x0) * (y1 - y0);
}
