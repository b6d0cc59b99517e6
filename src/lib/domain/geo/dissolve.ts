/**
 * Dissolve: the outline of a merger group (dissolveGroup) or of every new unit of a scenario at once
 * (dissolveScenario), topology-aware so that the gaps and overlaps of a non-topological layer (GADM-derived
 * communes: borders 10–70 m apart, slivers ≤ 0.19 km²) leave no sliver holes or notches.
 *
 * Method 'arcs' (topology-build.ts): snap the layer into shared arcs, give every face of the planar graph
 * the members covering it, assign faces to groups (overlaps to the largest member, gaps between members to
 * the neighbouring group with the longest border) and trace each group's boundary.
 * Method 'boolean' (dissolve-fallback.ts): polyclip-ts union and removal of sliver holes, used for a group
 * whose arc result fails validation: inconsistent topology near its members (a crossing left after noding,
 * windings that disagree), rings that do not close, the members' areas in the topology more than 1 % away from
 * their input areas, or the traced rings' area more than 1 % away from the faces given to the group.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { assembleGroups } from './dissolve-assemble';
import { dissolveBoolean } from './dissolve-fallback';
import { buildDissolveTopology, membersAroundFace } from './topology-build';
import type { DissolveTopology } from './topology-build';
import { isSliver, ringAreaSignedM2, ringPerimeterM } from './topology-geometry';

export type { DissolveTopology } from './topology-build';

/** Default snapping distance in metres: a few times the 11 m precision of the commune layer. */
export const DEFAULT_SNAP_TOLERANCE_M = 30;
/** Default largest sliver area in km² (Lâm Đồng's largest gap between communes is 0.19 km²). */
export const DEFAULT_MAX_SLIVER_KM2 = 0.25;
/** Default largest sliver mean width 2·A/P in metres (gaps ≤ 71 m in Lâm Đồng; a 0.1 km² ward is ~150 m). */
export const DEFAULT_MAX_SLIVER_WIDTH_M = 100;
/** Largest relative difference between the output area and the members' area before falling back. */
export const AREA_TOLERANCE = 0.01;

/** Options of the dissolve functions. */
export interface DissolveOptions {
	/** Borders closer than this (m) are treated as one; default 30 m. */
	snapToleranceM?: number;
	/**
	 * Sliver threshold in km², default 0.25. dissolveScenario fills a gap between units when its area or its
	 * effective area (area × compactness) is below it; dissolveGroup fills gaps below a tenth of it.
	 */
	maxSliverKm2?: number;
	/**
	 * dissolveGroup: a gap whose mean width 2·A/P is below this (m) is filled whatever its area; a wider one stays
	 * a hole, since it may be a small non-member enclosed by the group (a 0.1 km² ward is ~150 m wide). Default 100 m.
	 * Also the "thin" part of countSliverHoles and of the fallback's hole removal.
	 */
	maxSliverWidthM?: number;
}

/** A dissolved geometry and how it was obtained. */
export interface DissolveResult {
	geometry: Polygon | MultiPolygon;
	method: 'arcs' | 'boolean';
	/** Gaps (faces covered by no member) absorbed into this geometry (holes removed, for 'boolean'). */
	slivers_filled: number;
	/** For 'boolean': why the arc result was not used (for logs). */
	fallbackReason?: string;
}

/** A unit of a layer: GSO code and boundary. */
export interface UnitGeometry {
	code: string;
	geometry: Polygon | MultiPolygon;
}

/** A layer's shared-arc topology, reusable for any number of scenarios over the same units. */
export interface LayerTopology {
	codes: string[];
	geometries: (Polygon | MultiPolygon)[];
	topology: DissolveTopology;
	snapToleranceM: number;
}

interface ResolvedOptions {
	snapToleranceM: number;
	maxSliverKm2: number;
	maxSliverWidthM: number;
}

function resolve(opts: DissolveOptions | undefined): ResolvedOptions {
	return {
		snapToleranceM: opts?.snapToleranceM ?? DEFAULT_SNAP_TOLERANCE_M,
		maxSliverKm2: opts?.maxSliverKm2 ?? DEFAULT_MAX_SLIVER_KM2,
		maxSliverWidthM: opts?.maxSliverWidthM ?? DEFAULT_MAX_SLIVER_WIDTH_M
	};
}

const EMPTY: Polygon | MultiPolygon = { type: 'MultiPolygon', coordinates: [] };

/** 'group': only the members are known; 'scenario': every unit of the layer is known. */
type GapMode = 'group' | 'scenario';

/**
 * Whether a gap (a face covered by no member, bordered by at least two members) is filled. Areas m², lengths m.
 * - dissolveScenario knows every unit, so a gap is never a unit: fill it when its area, or its effective area
 *   (area × Polsby–Popper compactness = π·w² for mean width w = 2A/P, mapshaper's "sliver control"), is below
 *   maxSliverKm2. With 0.25 km² that fills cracks narrower than ~280 m whatever their length.
 * - dissolveGroup only knows the members: an enclosed gap might be a small unit (a ward of 0.1 km² is ~150 m
 *   wide), so it is filled only when thin (w < maxSliverWidthM) or tiny (area < maxSliverKm2 / 10, below any
 *   commune-level unit).
 */
function isFillableGap(areaM2: number, perimM: number, o: ResolvedOptions, mode: GapMode): boolean {
	const maxM2 = o.maxSliverKm2 * 1e6;
	const width = perimM > 0 ? (2 * areaM2) / perimM : 0;
	if (mode === 'scenario') return areaM2 < maxM2 || Math.PI * width * width < maxM2;
	return width < o.maxSliverWidthM || areaM2 < maxM2 / 10;
}

/**
 * Assigns faces to groups and traces them. memberGroup[m] = group index or −1 (a unit outside every group,
 * kept in the topology as a neighbour). `mode` selects the gap-filling rule (see isFillableGap).
 * Returns one result per group, or the reason why the arc result failed validation.
 */
function dissolveGroupsOnTopology(
	topo: DissolveTopology,
	memberGroup: Int32Array,
	groupCount: number,
	o: ResolvedOptions,
	mode: GapMode
): (DissolveResult | string)[] {
	const F = topo.faceCount;
	const faceGroup = new Int32Array(F + 1).fill(-1);
	const gapFaces: number[] = [];
	for (let f = 0; f < F; f++) {
		const cov = topo.faceCover[f];
		if (cov.length === 1) faceGroup[f] = memberGroup[cov[0]];
		else if (cov.length > 1) {
			// Overlap: the whole face goes to the largest covering member, so the outputs tile without overlaps.
			let best = cov[0];
			for (let i = 1; i < cov.length; i++) if (topo.memberAreaM2[cov[i]] > topo.memberAreaM2[best]) best = cov[i];
			faceGroup[f] = memberGroup[best];
		} else gapFaces.push(f);
	}
	const sliversFilled = new Int32Array(groupCount);
	const borderByGroup = new Map<number, number>();
	for (const f of gapFaces) {
		if (!isFillableGap(topo.faceAreaM2[f], topo.facePerimM[f], o, mode)) continue;
		// A hole inside a single member is part of the input (an enclave, a lake), not a gap between members.
		if (membersAroundFace(topo, f).size < 2) continue;
		borderByGroup.clear();
		for (let k = topo.faceHeStart[f]; k < topo.faceHeStart[f + 1]; k++) {
			const h = topo.faceHe[k];
			const g = faceGroup[topo.heFace[h ^ 1]];
			const e = h >> 1;
			const dx = topo.nx[topo.eb[e]] - topo.nx[topo.ea[e]];
			const dy = topo.ny[topo.eb[e]] - topo.ny[topo.ea[e]];
			borderByGroup.set(g, (borderByGroup.get(g) ?? 0) + Math.sqrt(dx * dx + dy * dy));
		}
		let bestGroup = -1;
		let bestLen = -1;
		for (const [g, len] of borderByGroup) {
			if (len > bestLen || (len === bestLen && g > bestGroup)) {
				bestLen = len;
				bestGroup = g;
			}
		}
		if (bestGroup < 0) continue; // mostly bordered by units outside every group: leave the gap alone
		faceGroup[f] = bestGroup;
		sliversFilled[bestGroup]++;
	}

	const assembled = assembleGroups(topo, faceGroup, groupCount);

	// Validation by areas, two independent comparisons per group:
	//  (a) the members' areas in the topology (each face counted once per covering member) against their input
	//      areas: catches snapping or noding that lost or doubled part of a member. Snapping itself moves borders
	//      by up to the tolerance, so the allowance is the larger of 1 % and half the band swept along the members'
	//      perimeters (tolerance × perimeter / 2); on Lâm Đồng at 30 m the observed change is below 0.3 %;
	//  (b) the area of the traced rings against the faces assigned to the group (1 %): catches a broken tracing.
	const memberAreaByGroup = new Float64Array(groupCount);
	const memberPerimByGroup = new Float64Array(groupCount);
	const topoMemberAreaByGroup = new Float64Array(groupCount);
	const faceAreaByGroup = new Float64Array(groupCount);
	const badGroup = new Uint8Array(groupCount);
	for (let m = 0; m < topo.memberCount; m++) {
		const g = memberGroup[m];
		if (g < 0) continue;
		memberAreaByGroup[g] += topo.memberAreaM2[m];
		memberPerimByGroup[g] += topo.memberPerimM[m];
		if (topo.badMembers.has(m)) badGroup[g] = 1;
	}
	for (let f = 0; f < F; f++) {
		const a = topo.faceAreaM2[f];
		for (const m of topo.faceCover[f]) if (memberGroup[m] >= 0) topoMemberAreaByGroup[memberGroup[m]] += a;
		if (faceGroup[f] >= 0) faceAreaByGroup[faceGroup[f]] += a;
	}
	const off = (x: number, ref: number, allowance = 0) =>
		ref > 0 && Math.abs(x - ref) > Math.max(AREA_TOLERANCE * ref, allowance);
	const pct = (x: number, ref: number) => `${(((x - ref) / ref) * 100).toFixed(2)} %`;
	return assembled.map((a, g) => {
		if (badGroup[g]) return 'inconsistent topology near the members (crossing left after noding or windings disagree)';
		if (a === null) return 'boundary rings could not be closed';
		if (off(topoMemberAreaByGroup[g], memberAreaByGroup[g], (topo.snapToleranceM * memberPerimByGroup[g]) / 2))
			return `members' area changed by ${pct(topoMemberAreaByGroup[g], memberAreaByGroup[g])} in the topology`;
		if (off(a.areaM2, faceAreaByGroup[g])) return `traced rings' area differs by ${pct(a.areaM2, faceAreaByGroup[g])} from the faces`;
		return { geometry: a.geometry, method: 'arcs' as const, slivers_filled: sliversFilled[g] };
	});
}

/** Dissolves the members of one merger group into one (multi)polygon without sliver holes from their gaps. */
export function dissolveGroup(members: (Polygon | MultiPolygon)[], opts?: DissolveOptions): DissolveResult {
	const o = resolve(opts);
	const present = members.filter((m) => m && (m.type === 'Polygon' || m.type === 'MultiPolygon'));
	if (present.length === 0) return { geometry: EMPTY, method: 'arcs', slivers_filled: 0 };
	let result: DissolveResult | string;
	try {
		const topo = buildDissolveTopology(present, { snapToleranceM: o.snapToleranceM });
		result = dissolveGroupsOnTopology(topo, new Int32Array(present.length), 1, o, 'group')[0];
	} catch (e) {
		result = `arc method failed: ${e instanceof Error ? e.message : String(e)}`; // goes to the boolean fallback
	}
	if (typeof result !== 'string') return result;
	const b = dissolveBoolean(present, o.maxSliverKm2, o.maxSliverWidthM);
	return { geometry: b.geometry, method: 'boolean', slivers_filled: b.slivers_filled, fallbackReason: result };
}

/** Builds the shared-arc topology of a whole layer once, for one or many dissolveLayer calls. */
export function buildLayerTopology(units: UnitGeometry[], opts?: DissolveOptions): LayerTopology {
	const o = resolve(opts);
	const geometries = units.map((u) => u.geometry);
	return {
		codes: units.map((u) => u.code),
		geometries,
		topology: buildDissolveTopology(geometries, { snapToleranceM: o.snapToleranceM }),
		snapToleranceM: o.snapToleranceM
	};
}

/**
 * Dissolves a layer whose topology is already built into the groups given by `groupOf(code)` (null/undefined:
 * the unit stays out of every group but still borders them). Returns group code → result.
 */
export function dissolveLayer(
	layer: LayerTopology,
	groupOf: (code: string) => string | null | undefined,
	opts?: DissolveOptions
): Map<string, DissolveResult> {
	const o = resolve(opts);
	const groupIndex = new Map<string, number>();
	const groupCodes: string[] = [];
	const memberGroup = new Int32Array(layer.codes.length);
	for (let i = 0; i < layer.codes.length; i++) {
		const g = groupOf(layer.codes[i]);
		if (g === null || g === undefined) {
			memberGroup[i] = -1;
			continue;
		}
		let k = groupIndex.get(g);
		if (k === undefined) {
			k = groupCodes.length;
			groupIndex.set(g, k);
			groupCodes.push(g);
		}
		memberGroup[i] = k;
	}
	let arcs: (DissolveResult | string)[];
	try {
		arcs = dissolveGroupsOnTopology(layer.topology, memberGroup, groupCodes.length, o, 'scenario');
	} catch (e) {
		arcs = new Array(groupCodes.length).fill(`arc method failed: ${e instanceof Error ? e.message : String(e)}`);
	}
	const out = new Map<string, DissolveResult>();
	for (let g = 0; g < groupCodes.length; g++) {
		let r = arcs[g];
		if (typeof r === 'string') {
			const members: (Polygon | MultiPolygon)[] = [];
			for (let i = 0; i < memberGroup.length; i++) if (memberGroup[i] === g && layer.geometries[i]) members.push(layer.geometries[i]);
			const b = dissolveBoolean(members, o.maxSliverKm2, o.maxSliverWidthM);
			r = { geometry: b.geometry, method: 'boolean', slivers_filled: b.slivers_filled, fallbackReason: arcs[g] as string };
		}
		out.set(groupCodes[g], r);
	}
	return out;
}

/** Dissolves a whole layer into new units at once (e.g. communes → districts), building its topology once. */
export function dissolveScenario(
	units: UnitGeometry[],
	groupOf: (code: string) => string | null | undefined,
	opts?: DissolveOptions
): Map<string, DissolveResult> {
	return dissolveLayer(buildLayerTopology(units, opts), groupOf, opts);
}

/** Number of interior rings smaller than `maxKm2` (km²) and thinner than `maxWidthM` (mean width 2·A/P, m). */
export function countSliverHoles(
	geom: Polygon | MultiPolygon,
	maxKm2: number,
	maxWidthM: number = DEFAULT_MAX_SLIVER_WIDTH_M
): number {
	const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
	let n = 0;
	for (const poly of polys) {
		for (let r = 1; r < poly.length; r++) {
			const ring = poly[r];
			if (isSliver(Math.abs(ringAreaSignedM2(ring)), ringPerimeterM(ring), maxKm2, maxWidthM)) n++;
		}
	}
	return n;
}
