/**
 * Deterministic synthetic province: communes that tile an irregular outline exactly (or, in the messy variant,
 * with the small gaps and overlaps of real layers), contiguous districts, plausible names and statistics spread
 * around the standards of domain.md §3 so that every rule gets exercised.
 */
import { area as turfArea } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { CommuneKind, DistrictKind, Terrain, UnitRecord } from '../units';
import { KIND_LABEL_VI } from '../units';
import { partitionCells } from './districts';
import { createNamePool } from './names';
import { rngStream } from './random';
import type { DensePlace, PlanarTiling } from './tiling';
import { buildTiling } from './tiling';
import { mergeNodes } from './tiling-merge';
import { messySides, wiggleEdges } from './tiling-edges';
import { cellRing, regionRings, ringsToPolygons } from './rings';
import { assignStatistics, SYNTHETIC_REFERENCE_DATE } from './statistics';
import { round2, round6 } from './round';

/** One generated unit: its attributes and its geometry (WGS84 lon/lat, counter-clockwise outer rings). */
export interface GeneratedUnit {
	record: UnitRecord;
	geometry: Polygon | MultiPolygon;
}

/** A whole synthetic province. */
export interface GeneratedProvince {
	provinceCode: string;
	provinceName: string;
	referenceDate: string; // date of the figures
	defaultTerrain: Terrain;
	/**
	 * District geometry is the exact union of its communes' clean linework. In the messy variant it stays clean, like
	 * a district layer from another source: commune borders then deviate from it by a few metres.
	 */
	districts: GeneratedUnit[];
	communes: GeneratedUnit[];
	/** Union of all communes (clean linework in both variants). */
	outline: Polygon | MultiPolygon;
	/**
	 * Commune pairs sharing a border of positive length — at least 100 m, as Voronoi edges shorter than that are
	 * collapsed into corners (codes sorted within and across pairs); no corner contacts.
	 */
	trueCommunePairs: [string, string][];
	/** District pairs sharing a border of positive length. */
	trueDistrictPairs: [string, string][];
	/** Commune pairs that touch only at a single point (a four-cell corner); never in trueCommunePairs. */
	cornerCommunePairs: [string, string][];
}

/** Options of {@link generateProvince}. */
export interface GenerateOptions {
	communes?: number; // number of commune-level units (default 150)
	seed?: number; // PRNG seed (default 1)
	messy?: boolean; // borders as in real layers: different vertices on each side, gaps and overlaps ≤ ~10 m
	verticesPerCommune?: number; // target ring vertices per commune (default 55)
}

export const SYNTHETIC_PROVINCE_CODE = '99';
export const SYNTHETIC_PROVINCE_NAME = 'Tỉnh Mẫu (dữ liệu mô phỏng)';

const MEAN_CELL_AREA_KM2 = 70; // undivided Voronoi cell; Lâm Đồng averages ≈ 69 km² per commune
const CENTRE_LON = 108.15; // degrees; an inland highland spot (Lâm Đồng plateau)
const CENTRE_LAT = 11.9;
const KM_PER_DEG_LAT = 110.574;
const KM_PER_DEG_LON = 111.32 * Math.cos((CENTRE_LAT * Math.PI) / 180);
const MESSY_SHIFT_KM = 0.0045; // each side moves ≤ 4.5 m, so gaps/overlaps between neighbours stay ≤ ~9 m

/** Generate a synthetic province; the same options always give the same (byte-identical when serialised) result. */
export function generateProvince(opts: GenerateOptions = {}): GeneratedProvince {
	const n = opts.communes ?? 150;
	const seed = opts.seed ?? 1;
	const messy = opts.messy ?? false;
	const verticesPerCommune = opts.verticesPerCommune ?? 55;
	if (!Number.isInteger(n) || n < 1 || n > 99_999)
		throw new Error('generateProvince: communes must be an integer in 1..99999');
	if (!Number.isFinite(seed)) throw new Error('generateProvince: seed must be a number');
	if (!(verticesPerCommune >= 4)) throw new Error('generateProvince: verticesPerCommune must be ≥ 4');

	// District-level structure: ~12 communes each (3-digit codes cap it at 999 districts).
	const nd = n < 2 ? 1 : Math.min(999, Math.max(1, Math.round(n / 12)));
	const hasCity = nd >= 2;
	const nTowns = nd >= 4 ? 1 + Math.floor(nd / 60) : 0;

	// Layout: the city and towns are dense spots so that their wards are small.
	const layoutRng = rngStream(seed, 1);
	const cityAngle = layoutRng.uniform(0, 2 * Math.PI);
	const dense: DensePlace[] = [];
	if (hasCity) dense.push({ angle: cityAngle, relRadius: 0.25, core: n >= 60 ? 3 : 1, ring: n >= 60 ? 2 : 1 });
	for (let i = 0; i < nTowns; i++) {
		const angle =
			cityAngle + Math.PI + (i - (nTowns - 1) / 2) * ((2 * Math.PI) / (nTowns + 1)) + layoutRng.uniform(-0.2, 0.2);
		dense.push({ angle, relRadius: layoutRng.uniform(0.4, 0.65), core: n >= 60 ? 2 : 1, ring: 1 });
	}
	const tiling = buildTiling({ cells: n, meanAreaKm2: MEAN_CELL_AREA_KM2, dense, rng: layoutRng });
	const { cells } = tiling;
	const siteX = cells.map((c) => c.x);
	const siteY = cells.map((c) => c.y);
	const adjacency = () => cells.map((c) => [...new Set(c.nbr.filter((q) => q >= 0))].sort((a, b) => a - b));

	// Districts by region growing; the city and towns seed districts 0, 1, ….
	const forcedSeeds: number[] = [];
	for (const [px, py] of tiling.placeXY) {
		let best = -1,
			bd = Infinity;
		cells.forEach((c, i) => {
			const dd = (c.x - px) ** 2 + (c.y - py) ** 2;
			if (!forcedSeeds.includes(i) && dd < bd) {
				bd = dd;
				best = i;
			}
		});
		forcedSeeds.push(best);
	}
	const avg = n / nd;
	const districtOf = partitionCells({
		x: siteX,
		y: siteY,
		adjacency: adjacency(),
		districts: nd,
		forcedSeeds,
		minSize: Math.max(1, Math.round(avg * 0.83)),
		maxSize: Math.max(1, Math.round(avg * 1.17))
	});

	// Deliberate corner contacts (on top of the natural ones from very short Voronoi edges): collapse a few short
	// borders inside districts into four-cell corners.
	addCornerContacts(tiling, districtOf, Math.max(1, Math.round(n / 100)), Math.sqrt(MEAN_CELL_AREA_KM2));

	// Wiggly borders, computed once per edge; messy sides drawn from their own stream so true pairs stay the same.
	const clean = wiggleEdges(tiling, rngStream(seed, 2), verticesPerCommune);
	const sides = messy ? messySides(tiling, clean, rngStream(seed, 3), MESSY_SHIFT_KM) : null;

	// Kinds, order and codes.
	const districtKind: DistrictKind[] = Array.from({ length: nd }, (_, d) =>
		hasCity && d === 0 ? 'thanh_pho' : d > 0 && d <= nTowns ? 'thi_xa' : 'huyen'
	);
	const members: number[][] = Array.from({ length: nd }, () => []);
	districtOf.forEach((d, c) => members[d].push(c));
	const communeKind: CommuneKind[] = new Array(n).fill('xa');
	for (let d = 0; d < nd; d++) {
		const list = members[d];
		const kind = districtKind[d];
		if (kind === 'huyen') {
			// The township is the commune nearest the district's centre.
			const mx = list.reduce((s, c) => s + siteX[c], 0) / list.length;
			const my = list.reduce((s, c) => s + siteY[c], 0) / list.length;
			const town = [...list].sort(
				(a, b) => (siteX[a] - mx) ** 2 + (siteY[a] - my) ** 2 - ((siteX[b] - mx) ** 2 + (siteY[b] - my) ** 2) || a - b
			)[0];
			communeKind[town] = 'thi_tran';
		} else {
			// Wards are the communes nearest the urban centre: most of a city, less of a town.
			const [px, py] = tiling.placeXY[d];
			const byDistance = [...list].sort(
				(a, b) => (siteX[a] - px) ** 2 + (siteY[a] - py) ** 2 - ((siteX[b] - px) ** 2 + (siteY[b] - py) ** 2) || a - b
			);
			const wards = Math.ceil(list.length * (kind === 'thanh_pho' ? 0.75 : 0.4));
			byDistance.slice(0, wards).forEach((c) => (communeKind[c] = 'phuong'));
		}
	}
	const band = Math.sqrt((n * MEAN_CELL_AREA_KM2) / nd) * 1.5; // km; reading order: bands north to south, west to east
	const readingOrder = (ax: number, ay: number, bx: number, by: number) =>
		Math.floor(-ay / band) - Math.floor(-by / band) || ax - bx;
	const districtOrder = Array.from({ length: nd }, (_, d) => d).sort((a, b) => {
		const rank = (d: number) => (districtKind[d] === 'thanh_pho' ? 0 : districtKind[d] === 'thi_xa' ? 1 : 2);
		const sa = members[a][0],
			sb = members[b][0];
		return rank(a) - rank(b) || (rank(a) === 2 ? readingOrder(siteX[sa], siteY[sa], siteX[sb], siteY[sb]) : 0) || a - b;
	});
	const districtCode: string[] = new Array(nd);
	districtOrder.forEach((d, i) => (districtCode[d] = String(i + 1).padStart(3, '0')));
	const communeOrder: number[] = [];
	for (const d of districtOrder) {
		const urbanFirst = (c: number) => (communeKind[c] === 'xa' ? 1 : 0);
		communeOrder.push(
			...[...members[d]].sort(
				(a, b) => urbanFirst(a) - urbanFirst(b) || readingOrder(siteX[a], siteY[a], siteX[b], siteY[b]) || a - b
			)
		);
	}
	const communeCode: string[] = new Array(n);
	communeOrder.forEach((c, i) => (communeCode[c] = String(i + 1).padStart(5, '0')));

	// Names, unique within the province.
	const pool = createNamePool(rngStream(seed, 4));
	const districtBase: string[] = new Array(nd);
	for (const d of districtOrder) districtBase[d] = pool.take();
	const communeName: string[] = new Array(n);
	let wardNumber = 0;
	for (const c of communeOrder) {
		const d = districtOf[c];
		const kind = communeKind[c];
		if (kind === 'thi_tran') communeName[c] = `${KIND_LABEL_VI.thi_tran} ${districtBase[d]}`;
		else if (kind === 'phuong' && districtKind[d] === 'thanh_pho')
			communeName[c] = `${KIND_LABEL_VI.phuong} ${++wardNumber}`;
		else communeName[c] = `${KIND_LABEL_VI[kind]} ${pool.take()}`;
	}

	// Geometry in lon/lat.
	const communeGeom: Polygon[] = cells.map((_, c) => ({
		type: 'Polygon',
		coordinates: [toLonLatRing(cellRing(tiling, c, clean, sides?.left, sides?.right))]
	}));
	const regionGeometry = (list: number[]): Polygon | MultiPolygon => {
		const inRegion = new Uint8Array(n);
		for (const c of list) inRegion[c] = 1;
		const polys = ringsToPolygons(regionRings(tiling, inRegion, clean, list)).map((p) => p.map(toLonLatRing));
		return polys.length === 1
			? { type: 'Polygon', coordinates: polys[0] }
			: { type: 'MultiPolygon', coordinates: polys };
	};
	const districtGeom = members.map(regionGeometry);
	const outline = regionGeometry(cells.map((_, c) => c));

	// Statistics.
	const stats = assignStatistics({
		rng: rngStream(seed, 5),
		tiling,
		districtOf,
		districtKind,
		communeKind,
		communeAreaKm2: communeGeom.map((g) => round2(turfArea(g) / 1e6)),
		districtAreaKm2: districtGeom.map((g) => round2(turfArea(g) / 1e6)),
		members,
		communeOrder,
		districtOrder
	});

	const districts: GeneratedUnit[] = districtOrder.map((d) => ({
		record: {
			code: districtCode[d],
			name: `${KIND_LABEL_VI[districtKind[d]]} ${districtBase[d]}`,
			level: 'district',
			kind: districtKind[d],
			parentCode: SYNTHETIC_PROVINCE_CODE,
			...stats.district[d]
		},
		geometry: districtGeom[d]
	}));
	const communes: GeneratedUnit[] = communeOrder.map((c) => ({
		record: {
			code: communeCode[c],
			name: communeName[c],
			level: 'commune',
			kind: communeKind[c],
			parentCode: districtCode[districtOf[c]],
			...stats.commune[c]
		},
		geometry: communeGeom[c]
	}));

	// Ground-truth adjacency.
	const pairKey = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);
	const sortPairs = (pairs: [string, string][]) =>
		pairs.sort((u, v) => (u[0] < v[0] ? -1 : u[0] > v[0] ? 1 : u[1] < v[1] ? -1 : u[1] > v[1] ? 1 : 0));
	const communePairs = new Map<string, [string, string]>();
	const districtPairs = new Map<string, [string, string]>();
	for (const e of tiling.edges) {
		if (e.right < 0) continue;
		const p = pairKey(communeCode[e.left], communeCode[e.right]);
		communePairs.set(p.join('-'), p);
		const dl = districtOf[e.left],
			dr = districtOf[e.right];
		if (dl !== dr) {
			const q = pairKey(districtCode[dl], districtCode[dr]);
			districtPairs.set(q.join('-'), q);
		}
	}
	const cornerPairs = tiling.cornerPairs.map(([a, b]) => pairKey(communeCode[a], communeCode[b]));

	return {
		provinceCode: SYNTHETIC_PROVINCE_CODE,
		provinceName: SYNTHETIC_PROVINCE_NAME,
		referenceDate: SYNTHETIC_REFERENCE_DATE,
		defaultTerrain: 'mountainous',
		districts,
		communes,
		outline,
		trueCommunePairs: sortPairs([...communePairs.values()]),
		trueDistrictPairs: sortPairs([...districtPairs.values()]),
		cornerCommunePairs: sortPairs(cornerPairs)
	};
}

/**
 * Collapse up to `count` short interior borders into a point. For a border A|B whose two end nodes each join three
 * cells (A, B, C at one end; A, B, D at the other), all four in one district, merging the two nodes leaves A–B and
 * C–D touching only at that point; the district stays contiguous because A–C, C–B, A–D and D–B still share borders.
 */
function addCornerContacts(t: PlanarTiling, districtOf: Int32Array, count: number, spacingKm: number): void {
	const nodeCells = new Map<number, number[]>();
	const nodeDegree = new Map<number, number>();
	t.cells.forEach((cell, c) => {
		for (const v of cell.ring) {
			const list = nodeCells.get(v) ?? [];
			list.push(c);
			nodeCells.set(v, list);
		}
	});
	for (const e of t.edges) {
		nodeDegree.set(e.a, (nodeDegree.get(e.a) ?? 0) + 1);
		nodeDegree.set(e.b, (nodeDegree.get(e.b) ?? 0) + 1);
	}
	const candidates: { id: number; len: number; cells: number[] }[] = [];
	t.edges.forEach((e, id) => {
		if (e.right < 0) return;
		const ca = nodeCells.get(e.a)!,
			cb = nodeCells.get(e.b)!;
		if (ca.length !== 3 || cb.length !== 3 || nodeDegree.get(e.a) !== 3 || nodeDegree.get(e.b) !== 3) return;
		const c = ca.find((x) => x !== e.left && x !== e.right);
		const d = cb.find((x) => x !== e.left && x !== e.right);
		if (c === undefined || d === undefined || c === d) return;
		const four = [e.left, e.right, c, d];
		if (four.some((x) => districtOf[x] !== districtOf[e.left])) return;
		// A and B each lose a side: keep at least three.
		if (t.cells[e.left].ring.length < 4 || t.cells[e.right].ring.length < 4) return;
		const len = Math.hypot(t.nodeX[e.b] - t.nodeX[e.a], t.nodeY[e.b] - t.nodeY[e.a]);
		if (len > 0.35 * spacingKm) return; // long borders would distort the cells too much
		candidates.push({ id, len, cells: four });
	});
	candidates.sort((u, v) => u.len - v.len || u.id - v.id);
	const used = new Set<number>();
	const pairs: [number, number][] = [];
	for (const cand of candidates) {
		if (pairs.length >= count) break;
		if (cand.cells.some((x) => used.has(x))) continue;
		for (const x of cand.cells) used.add(x);
		pairs.push([t.edges[cand.id].a, t.edges[cand.id].b]);
	}
	mergeNodes(t, pairs);
}

/** Flat ring in km (not closed) → closed GeoJSON ring in lon/lat rounded to 6 decimals (≈ 0.1 m). */
function toLonLatRing(flat: ArrayLike<number>): Position[] {
	const out: Position[] = [];
	for (let i = 0; i < flat.length; i += 2) {
		const p = [round6(CENTRE_LON + flat[i] / KM_PER_DEG_LON), round6(CENTRE_LAT + flat[i + 1] / KM_PER_DEG_LAT)];
		const last = out[out.length - 1];
		if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
	}
	if (out.length && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1]) out.pop();
	out.push([out[0][0], out[0][1]]);
	return out;
}
