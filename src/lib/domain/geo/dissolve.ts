/**
 * Dissolve: the outline of a merger group (dissolveGroup) or of every new unit of a scenario at once
 * (dissolveScenario), topology-aware so that the gaps and overlaps of a non-topological layer (GADM-derived
 * communes: borders 10–70 m apart, slivers ≤ 0.19 km²) leave no sliver holes or notches.
 *
 * Method 'arcs' (topology-build.ts): snap the layer into shared arcs, give every face of the planar graph
 * the members covering it, assign faces to groups (overlaps to the largest member, gaps between members to
 * the neighbouring group with the longest border, slivers of a group cut off inside another to that other)
 * and trace each group's boundary (dissolve-assemble.ts). Neighbouring outputs share their vertices exactly.
 * Method 'boolean' (dissolve-fallback.ts): polyclip-ts union and removal of sliver holes, used for a group
 * whose arc result fails validation: inconsistent topology near its members (a crossing left after noding,
 * windings that disagree), rings that do not close, the members' areas in the topology more than 1 % away from
 * their input areas, or the traced rings' area more than 1 % away from the faces given to the group.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { assembleGroups } from './dissolve-assemble';
import { dissolveBoolean } from './dissolve-fallback';
import { buildDissolveTopology, isInputHole } from './topology-build';
import type { DissolveTopology } from './topology-build';
import { isSliver, ringAreaSignedM2, ringPerimeterM } from './topology-geometry';

export type { DissolveTopology } from './topology-build';

/** Default snapping distance in metres: a few times the 11 m precision of the commune layer. */
export const DEFAULT_SNAP_TOLERANCE_M = 30;
/** Default largest sliver area in km² (Lâm Đồng's largest gap between communes is 0.19 km²). */
export const DEFAULT_MAX_SLIVER_KM2 = 0.25;
/** Default largest sliver mean width 2·A/P in metres (gaps ≤ 71 m in Lâm Đồng; a 0.1 km² ward is ~150 m). */
export const DEFAULT_MAX_SLIVER_WIDTH_M = 100;
/** Relative area difference (1 %) beyond which the arc result fails validation (see dissolveGroupsOnTopology). */
export const AREA_TOLERANCE = 0.01;

/** Options of the dissolve functions. */
export interface DissolveOptions {
	/** Borders closer than this (m) are treated as one; default 30 m. Ignored by dissolveLayer (set when building). */
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
	/** 'boolean' skips the arc method (for comparison and diagnosis); default 'auto'. */
	method?: 'auto' | 'boolean';
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
	method: 'auto' | 'boolean';
}

function resolve(opts: DissolveOptions | undefined): ResolvedOptions {
	return {
		snapToleranceM: opts?.snapToleranceM ?? DEFAULT_SNAP_TOLERANCE_M,
		maxSliverKm2: opts?.maxSliverKm2 ?? DEFAULT_MAX_SLIVER_KM2,
		maxSliverWidthM: opts?.maxSliverWidthM ?? DEFAULT_MAX_SLIVER_WIDTH_M,
		method: opts?.method ?? 'auto'
	};
}

const EMPTY: Polygon | MultiPolygon = { type: 'MultiPolygon', coordinates: [] };

/** 'group': only the members are known; 'scenario': every unit of the layer is known. */
type GapMode = 'group' | 'scenario';

/**
 * Whether a gap (a face covered by no member) is filled, by size and shape; a hole drawn in the input is
 * also kept unless tiny (see the caller). Areas m², lengths m.
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
	const tinyM2 = (o.maxSliverKm2 * 1e6) / 10; // below any commune-level unit
	const borderByGroup = new Map<number, number>();
	// Gaps next to other gaps (a loop of a self-intersecting ring inside a crack) can only be placed once their
	// neighbour is: repeat while something changes.
	let pending = gapFaces.filter((f) => {
		const area = topo.faceAreaM2[f];
		if (!isFillableGap(area, topo.facePerimM[f], o, mode)) return false;
		// A hole drawn in the input (an enclave, a lake) is kept unless tiny.
		return area < tinyM2 || !isInputHole(topo, f);
	});
	const isPending = new Uint8Array(F + 1);
	for (const f of pending) isPending[f] = 1;
	for (let changed = true; changed && pending.length > 0;) {
		changed = false;
		const next: number[] = [];
		for (const f of pending) {
			// Longest border among settled neighbours (−1: outside, a unit outside every group, a gap left open).
			borderByGroup.clear();
			for (let k = topo.faceHeStart[f]; k < topo.faceHeStart[f + 1]; k++) {
				const h = topo.faceHe[k];
				const other = topo.heFace[h ^ 1];
				if (isPending[other]) continue;
				const g = faceGroup[other];
				borderByGroup.set(g, (borderByGroup.get(g) ?? 0) + edgeLength(topo, h >> 1));
			}
			if (borderByGroup.size === 0) {
				next.push(f); // only pending gaps around it so far
				continue;
			}
			isPending[f] = 0;
			changed = true;
			const best = longestBorder(borderByGroup);
			if (best < 0) continue; // mostly bordered by the outside or by units outside every group: left open
			faceGroup[f] = best;
			sliversFilled[best]++;
		}
		pending = next;
	}
	if (mode === 'scenario') absorbFragments(topo, faceGroup, o);

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
	// A self-intersecting member has no meaningful input area (its loops cancel in the signed sum): left out of (a).
	const checked = (m: number) => memberGroup[m] >= 0 && !topo.selfIntersecting.has(m);
	for (let m = 0; m < topo.memberCount; m++) {
		const g = memberGroup[m];
		if (g < 0) continue;
		if (topo.badMembers.has(m)) badGroup[g] = 1;
		if (!checked(m)) continue;
		memberAreaByGroup[g] += topo.memberAreaM2[m];
		memberPerimByGroup[g] += topo.memberPerimM[m];
	}
	for (let f = 0; f < F; f++) {
		const a = topo.faceAreaM2[f];
		for (const m of topo.faceCover[f]) if (checked(m)) topoMemberAreaByGroup[memberGroup[m]] += a;
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
		if (off(a.areaM2, faceAreaByGroup[g]))
			return `traced rings' area differs by ${pct(a.areaM2, faceAreaByGroup[g])} from the faces`;
		return { geometry: a.geometry, method: 'arcs' as const, slivers_filled: sliversFilled[g] };
	});
}

/** Length of edge e in projected metres. */
function edgeLength(topo: DissolveTopology, e: number): number {
	const dx = topo.nx[topo.eb[e]] - topo.nx[topo.ea[e]];
	const dy = topo.ny[topo.eb[e]] - topo.ny[topo.ea[e]];
	return Math.sqrt(dx * dx + dy * dy);
}

/** The group with the longest border in `borderByGroup` (ties: the higher index, for determinism). */
function longestBorder(borderByGroup: Map<number, number>): number {
	let bestGroup = -1;
	let bestLen = -1;
	for (const [g, len] of borderByGroup) {
		if (len > bestLen || (len === bestLen && g > bestGroup)) {
			bestLen = len;
			bestGroup = g;
		}
	}
	return bestGroup;
}

/**
 * Where the borders of two units cross back and forth (overlaps wider than the tolerance), giving each overlap
 * face to one side can cut off small pieces of a group inside its neighbour: a hole in one output and an island
 * in the other. A connected piece of a group that is not its largest, is tiny (< maxSliverKm2 / 10) or a sliver
 * (< maxSliverKm2 and mean width < maxSliverWidthM; a genuine exclave is compact), and borders other groups along
 * at least half its boundary goes to the group it borders most.
 */
function absorbFragments(topo: DissolveTopology, faceGroup: Int32Array, o: ResolvedOptions): void {
	// A piece joining a neighbour can leave another piece behind, enclosed: a few rounds until nothing moves.
	for (let round = 0; round < 4; round++) if (!absorbFragmentsOnce(topo, faceGroup, o)) break;
}

/** One round of absorbFragments; returns whether any piece changed group. */
function absorbFragmentsOnce(topo: DissolveTopology, faceGroup: Int32Array, o: ResolvedOptions): boolean {
	const F = topo.faceCount;
	const parent = new Int32Array(F);
	for (let f = 0; f < F; f++) parent[f] = f;
	const find = (f: number): number => {
		while (parent[f] !== f) {
			parent[f] = parent[parent[f]];
			f = parent[f];
		}
		return f;
	};
	const E = topo.edgeCount;
	for (let e = 0; e < E; e++) {
		const l = topo.heFace[2 * e];
		const r = topo.heFace[2 * e + 1];
		if (l < F && r < F && faceGroup[l] >= 0 && faceGroup[l] === faceGroup[r]) {
			const a = find(l);
			const b = find(r);
			if (a !== b) parent[a] = b;
		}
	}
	const regionArea = new Float64Array(F);
	for (let f = 0; f < F; f++) if (faceGroup[f] >= 0) regionArea[find(f)] += topo.faceAreaM2[f];
	const largest = new Map<number, number>(); // group → root of its largest piece
	for (let f = 0; f < F; f++) {
		if (faceGroup[f] < 0 || find(f) !== f) continue;
		const g = faceGroup[f];
		const cur = largest.get(g);
		if (cur === undefined || regionArea[f] > regionArea[cur]) largest.set(g, f);
	}
	const maxM2 = o.maxSliverKm2 * 1e6;
	const candidate = (f: number) =>
		f < F && faceGroup[f] >= 0 && regionArea[find(f)] < maxM2 && largest.get(faceGroup[f]) !== find(f);
	// Candidate pieces, their faces and boundary edges; then one at a time, smallest first, each looking at its
	// neighbours as they are at that moment (two pieces swapping sides at once would just move the hole).
	const pieceFaces = new Map<number, number[]>();
	for (let f = 0; f < F; f++) {
		if (!candidate(f)) continue;
		const root = find(f);
		let list = pieceFaces.get(root);
		if (!list) pieceFaces.set(root, (list = []));
		list.push(f);
	}
	if (pieceFaces.size === 0) return false;
	const pieceEdges = new Map<number, number[]>();
	for (let e = 0; e < E; e++) {
		const l = topo.heFace[2 * e];
		const r = topo.heFace[2 * e + 1];
		if (faceGroup[l] === faceGroup[r]) continue;
		for (const side of [l, r]) {
			if (!candidate(side)) continue;
			const root = find(side);
			let list = pieceEdges.get(root);
			if (!list) pieceEdges.set(root, (list = []));
			list.push(e);
		}
	}
	const roots = [...pieceFaces.keys()].sort((a, b) => regionArea[a] - regionArea[b]);
	const byGroup = new Map<number, number>();
	let changed = false;
	for (const root of roots) {
		const faces = pieceFaces.get(root)!;
		const own = faceGroup[faces[0]];
		byGroup.clear();
		let total = 0;
		for (const e of pieceEdges.get(root) ?? []) {
			const l = topo.heFace[2 * e];
			const r = topo.heFace[2 * e + 1];
			const other = l < F && find(l) === root ? r : l;
			const g = faceGroup[other];
			if (g === own) continue; // the neighbour has joined this group meanwhile
			const len = edgeLength(topo, e);
			byGroup.set(g, (byGroup.get(g) ?? 0) + len);
			total += len;
		}
		const area = regionArea[root];
		if (total === 0) continue;
		if (!(area < maxM2 / 10 || (2 * area) / total < o.maxSliverWidthM)) continue; // compact: a genuine exclave
		const best = longestBorder(new Map([...byGroup].filter(([g]) => g >= 0)));
		if (best < 0 || byGroup.get(best)! < total / 2) continue;
		for (const f of faces) faceGroup[f] = best;
		changed = true;
	}
	return changed;
}

/** Dissolves the members of one merger group into one (multi)polygon without sliver holes from their gaps. */
export function dissolveGroup(members: (Polygon | MultiPolygon)[], opts?: DissolveOptions): DissolveResult {
	const o = resolve(opts);
	const present = members.filter((m) => m && (m.type === 'Polygon' || m.type === 'MultiPolygon'));
	if (present.length === 0) return { geometry: EMPTY, method: 'arcs', slivers_filled: 0 };
	let result: DissolveResult | string = 'boolean method requested';
	if (o.method !== 'boolean') {
		try {
			const topo = buildDissolveTopology(present, { snapToleranceM: o.snapToleranceM });
			result = dissolveGroupsOnTopology(topo, new Int32Array(present.length), 1, o, 'group')[0];
		} catch (e) {
			result = `arc method failed: ${e instanceof Error ? e.message : String(e)}`; // goes to the boolean fallback
		}
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
	let arcs: (DissolveResult | string)[] = new Array(groupCodes.length).fill('boolean method requested');
	if (o.method !== 'boolean') {
		try {
			arcs = dissolveGroupsOnTopology(layer.topology, memberGroup, groupCodes.length, o, 'scenario');
		} catch (e) {
			arcs = new Array(groupCodes.length).fill(`arc method failed: ${e instanceof Error ? e.message : String(e)}`);
		}
	}
	const out = new Map<string, DissolveResult>();
	for (let g = 0; g < groupCodes.length; g++) {
		let r = arcs[g];
		if (typeof r === 'string') {
			const members: (Polygon | MultiPolygon)[] = [];
			for (let i = 0; i < memberGroup.length; i++)
				if (memberGroup[i] === g && layer.geometries[i]) members.push(layer.geometries[i]);
			const b = dissolveBoolean(members, o.maxSliverKm2, o.maxSliverWidthM);
			r = {
				geometry: b.geometry,
				method: 'boolean',
				slivers_filled: b.slivers_filled,
				fallbackReason: arcs[g] as string
			};
		}
		out.set(groupCodes[g], r);
	}
	return out;
}

/**
 * Each unit's outline traced on the layer's snapped shared-arc topology (what the map tiles draw): borders closer
 * than the snap tolerance become one line, so two neighbours' outlines run along the very same vertices and a
 * topology-aware simplification (topology-simplify.ts) keeps them together at any zoom. Drawn borders rarely share
 * vertices (a generated messy layer: 0.1 % of its edges; digitised ones have slivers and overlaps), so without this
 * step every simplified border parts from its neighbour's. As in dissolveScenario, an overlap goes to the larger unit
 * and a thin gap to the neighbour with the longest border; an outline the arcs cannot trace (failed validation) is
 * the unit's own geometry, counted in `unsnapped`.
 */
export function snapLayerOutlines(
	units: UnitGeometry[],
	opts?: DissolveOptions
): { outlines: (Polygon | MultiPolygon)[]; unsnapped: number } {
	const out = dissolveLayer(buildLayerTopology(units, opts), (code) => code, opts);
	let unsnapped = 0;
	const outlines = units.map((u) => {
		const r = out.get(u.code);
		if (r?.method === 'arcs') return r.geometry;
		unsnapped++;
		return u.geometry;
	});
	return { outlines, unsnapped };
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
