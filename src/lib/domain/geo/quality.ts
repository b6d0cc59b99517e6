/**
 * Data-quality report of a dataset's boundaries, shown before anyone trusts an area or an adjacency:
 * repaired rings, overlaps and gaps between neighbours, units without a neighbour, communes sticking out of
 * their district, computed vs official areas. Each row is data (kind, severity, codes, value with its unit, a
 * location to zoom to, and the message in Vietnamese and English); the UI and the dossier render the rows.
 *
 * Cost: polygon clipping (polyclip-ts) per neighbour pair after cutting both polygons to the intersection of
 * their bounding boxes, and one union per level for the gaps. ~1 s for Lâm Đồng (142 communes, 12 districts);
 * grows roughly linearly with the number of units (10,000 units: minutes, not hours).
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { difference, intersection, union, type Geom } from 'polyclip-ts';
import { computeAdjacency, type AdjacencyEdge } from './adjacency';
import { areaM2, bboxOf, km2, labelPoint, metresPerDegree, polygonsOf, segDistSq } from './measures';
import { repairKind, type RepairKind } from './repair';
import { formatArea, formatNumber, formatPercent } from '../format';

type Geometry = Polygon | MultiPolygon;

export interface QualityUnit {
	code: string;
	name?: string;
	geometry: Geometry;
}

export interface QualityCommune extends QualityUnit {
	districtCode: string | null;
}

export type QualityKind =
	| 'ring-repaired'
	| 'overlap'
	| 'gap'
	| 'no-neighbour'
	| 'outside-district'
	| 'area-mismatch'
	| 'check-failed';

export type QualitySeverity = 'info' | 'warning' | 'error';

/** One finding. `value` is in `unit` (km², %, count); `location` is [lon, lat] to zoom to. */
export interface QualityRow {
	kind: QualityKind;
	severity: QualitySeverity;
	codes: string[];
	value: number | null;
	unit: 'km2' | 'percent' | 'count' | null;
	location?: [number, number];
	message_vi: string;
	message_en: string;
}

export interface QualityOptions {
	/** Overlaps between neighbours smaller than this are not reported, km². Default 0.05 (5 ha). */
	overlapMinKm2?: number;
	/** Overlap from which the row is a warning (else info), km². Default 0.5. */
	overlapWarnKm2?: number;
	/** Gaps (holes in the union of a level) smaller than this are not reported, km². Default 0.05. */
	gapMinKm2?: number;
	/** Gap from which the row is a warning (else info), km². Default 0.5. */
	gapWarnKm2?: number;
	/** Share of a commune's area outside its district that is reported. Default 0.01 (1 %). */
	outsideShare?: number;
	/** Relative difference computed vs official area that is reported. Default 0.05 (5 %). */
	areaDiffShare?: number;
	/** Relative area difference from which the row is an error. Default 0.2 (20 %). */
	areaDiffErrorShare?: number;
	/** Tolerance for attributing a gap to the units around it, m. Default 50. */
	gapNeighbourM?: number;
}

export interface QualityInput {
	districts: QualityUnit[];
	communes: QualityCommune[];
	/**
	 * Adjacency edges (communes and/or districts, codes are unique across levels). Computed when missing; a level
	 * without any edge in the list is computed too.
	 */
	adjacency?: AdjacencyEdge[];
	/** Official natural areas by unit code, km². */
	officialAreas?: Record<string, number | null | undefined> | Map<string, number>;
	/** Repair notes from the importer (`repairPolygon`), by unit code. */
	repairs?: { code: string; repairs: string[] }[];
	options?: QualityOptions;
}

const REPAIR_LABEL: Record<RepairKind, { vi: string; en: string }> = {
	'invalid-position': { vi: 'bỏ tọa độ không hợp lệ', en: 'invalid positions dropped' },
	'unclosed-ring': { vi: 'khép kín vòng chưa đóng', en: 'unclosed ring closed' },
	'duplicate-points': { vi: 'bỏ điểm trùng lặp', en: 'duplicate points removed' },
	spike: { vi: 'bỏ gai nhọn', en: 'spikes removed' },
	'degenerate-ring': { vi: 'bỏ vòng suy biến', en: 'degenerate ring dropped' },
	'dropped-polygon': { vi: 'bỏ đa giác không hợp lệ', en: 'invalid polygon dropped' },
	orientation: { vi: 'đảo chiều vòng', en: 'ring orientation fixed' },
	'self-intersection': { vi: 'dựng lại đa giác tự cắt', en: 'self-intersecting polygon rebuilt' }
};
// Repairs that change the shape (not just its encoding) deserve a look.
const SHAPE_CHANGING: RepairKind[] = ['self-intersection', 'degenerate-ring', 'dropped-polygon', 'spike', 'invalid-position'];

const SEVERITY_ORDER: Record<QualitySeverity, number> = { error: 0, warning: 1, info: 2 };

/** The data-quality report of one dataset (districts + communes): rows sorted by severity, then kind. */
export function dataQualityReport(input: QualityInput): QualityRow[] {
	const o = input.options ?? {};
	const opt = {
		overlapMinKm2: o.overlapMinKm2 ?? 0.05,
		overlapWarnKm2: o.overlapWarnKm2 ?? 0.5,
		gapMinKm2: o.gapMinKm2 ?? 0.05,
		gapWarnKm2: o.gapWarnKm2 ?? 0.5,
		outsideShare: o.outsideShare ?? 0.01,
		areaDiffShare: o.areaDiffShare ?? 0.05,
		areaDiffErrorShare: o.areaDiffErrorShare ?? 0.2,
		gapNeighbourM: o.gapNeighbourM ?? 50
	};
	const rows: QualityRow[] = [];
	const all = [...input.districts, ...input.communes];
	const nameOf = new Map(all.map((u) => [u.code, u.name ? `${u.name} (${u.code})` : u.code]));
	const label = (code: string) => nameOf.get(code) ?? code;
	const safe = (what: string, codes: string[], f: () => void) => {
		try {
			f();
		} catch (e) {
			rows.push({
				kind: 'check-failed',
				severity: 'warning',
				codes,
				value: null,
				unit: null,
				message_vi: `Không thực hiện được kiểm tra "${what}": ${(e as Error).message}`,
				message_en: `The "${what}" check failed: ${(e as Error).message}`
			});
		}
	};

	// 1. Rings repaired by the importer.
	for (const r of input.repairs ?? []) {
		if (!r.repairs.length) continue;
		const kinds = [...new Set(r.repairs.map(repairKind).filter((k): k is RepairKind => k !== null))];
		const severity: QualitySeverity = kinds.some((k) => SHAPE_CHANGING.includes(k)) ? 'warning' : 'info';
		const vi = kinds.map((k) => REPAIR_LABEL[k].vi).join('; ') || r.repairs.join('; ');
		const en = kinds.map((k) => REPAIR_LABEL[k].en).join('; ') || r.repairs.join('; ');
		const unit = all.find((u) => u.code === r.code);
		rows.push({
			kind: 'ring-repaired',
			severity,
			codes: [r.code],
			value: r.repairs.length,
			unit: 'count',
			location: unit ? safeLabel(unit.geometry) : undefined,
			message_vi: `Đã sửa hình học của ${label(r.code)} khi nhập (${r.repairs.length} chỗ): ${vi}.`,
			message_en: `Geometry of ${label(r.code)} repaired on import (${r.repairs.length} fix(es)): ${en}.`
		});
	}

	// 2–4 per level: overlaps, gaps, units without a neighbour.
	const given = input.adjacency;
	for (const [level, units] of [
		['commune', input.communes],
		['district', input.districts]
	] as const) {
		if (!units.length) continue;
		const codes = new Set(units.map((u) => u.code));
		let edges = given?.filter((e) => codes.has(e.a) && codes.has(e.b)) ?? [];
		if (!edges.length && units.length > 1) edges = computeAdjacency(units).edges;
		const geomOf = new Map(units.map((u) => [u.code, u.geometry]));
		const levelVi = level === 'commune' ? 'cấp xã' : 'cấp huyện';

		safe(level === 'commune' ? 'chồng lấn cấp xã' : 'chồng lấn cấp huyện', [], () => {
			for (const e of edges) {
				const A = geomOf.get(e.a);
				const B = geomOf.get(e.b);
				if (!A || !B) continue;
				const pieces = clippedIntersection(A, B);
				if (!pieces.length) continue;
				const areaKm2 = pieces.reduce((s, p) => s + km2({ type: 'Polygon', coordinates: p }), 0);
				if (areaKm2 < opt.overlapMinKm2) continue;
				rows.push({
					kind: 'overlap',
					severity: areaKm2 >= opt.overlapWarnKm2 ? 'warning' : 'info',
					codes: [e.a, e.b],
					value: areaKm2,
					unit: 'km2',
					location: largestPieceLabel(pieces),
					message_vi: `Chồng lấn ${formatArea(areaKm2, 'vi', 3)} giữa hai đơn vị ${levelVi} liền kề ${label(e.a)} và ${label(e.b)}.`,
					message_en: `Overlap of ${formatArea(areaKm2, 'en', 3)} between neighbouring ${level}s ${label(e.a)} and ${label(e.b)}.`
				});
			}
		});

		if (units.length > 1)
			safe(level === 'commune' ? 'khoảng hở cấp xã' : 'khoảng hở cấp huyện', [], () => {
				const merged = union(
					units[0].geometry.coordinates as Geom,
					...units.slice(1).map((u) => u.geometry.coordinates as Geom)
				) as Position[][][];
				for (const poly of merged)
					for (let h = 1; h < poly.length; h++) {
						const hole = poly[h];
						const areaKm2 = km2({ type: 'Polygon', coordinates: [hole] });
						if (areaKm2 < opt.gapMinKm2) continue;
						const around = unitsAround(hole, units, opt.gapNeighbourM);
						rows.push({
							kind: 'gap',
							severity: areaKm2 >= opt.gapWarnKm2 ? 'warning' : 'info',
							codes: around,
							value: areaKm2,
							unit: 'km2',
							location: safeLabel({ type: 'Polygon', coordinates: [hole] }),
							message_vi: `Khoảng hở ${formatArea(areaKm2, 'vi', 3)} không thuộc đơn vị ${levelVi} nào, giữa ${around.map(label).join(', ')}.`,
							message_en: `Gap of ${formatArea(areaKm2, 'en', 3)} belonging to no ${level}, between ${around.map(label).join(', ')}.`
						});
					}
			});

		if (units.length > 1) {
			const withNeighbour = new Set<string>();
			for (const e of edges) {
				withNeighbour.add(e.a);
				withNeighbour.add(e.b);
			}
			for (const u of units) {
				if (withNeighbour.has(u.code)) continue;
				rows.push({
					kind: 'no-neighbour',
					severity: 'warning',
					codes: [u.code],
					value: 0,
					unit: 'count',
					location: safeLabel(u.geometry),
					message_vi: `${label(u.code)} không có đơn vị ${levelVi} nào liền kề: nếu là đảo hoặc vùng tách rời, hãy thêm cạnh kề thủ công.`,
					message_en: `${label(u.code)} has no neighbouring ${level}: if it is an island or an exclave, add a manual adjacency edge.`
				});
			}
		}
	}

	// 5. Communes sticking out of their district.
	const districtGeom = new Map(input.districts.map((d) => [d.code, d.geometry]));
	safe('xã nằm ngoài huyện', [], () => {
		for (const c of input.communes) {
			if (!c.districtCode) continue;
			const D = districtGeom.get(c.districtCode);
			if (!D) continue;
			const own = areaM2(c.geometry);
			if (own <= 0) continue;
			const pieces = clippedDifference(c.geometry, D);
			const outside = pieces.reduce((s, p) => s + areaM2({ type: 'Polygon', coordinates: p }), 0);
			const share = outside / own;
			if (share <= opt.outsideShare) continue;
			rows.push({
				kind: 'outside-district',
				severity: share > 0.1 ? 'error' : 'warning',
				codes: [c.code, c.districtCode],
				value: share * 100,
				unit: 'percent',
				location: largestPieceLabel(pieces),
				message_vi: `${label(c.code)} nằm ngoài ranh giới ${label(c.districtCode)} ${formatPercent(share, 'vi')} diện tích (${formatArea(outside / 1e6, 'vi', 3)}).`,
				message_en: `${formatPercent(share, 'en')} of ${label(c.code)} (${formatArea(outside / 1e6, 'en', 3)}) lies outside its district ${label(c.districtCode)}.`
			});
		}
	});

	// 6. Computed vs official area.
	const official = input.officialAreas;
	const officialOf = (code: string): number | null => {
		const v = official instanceof Map ? official.get(code) : official?.[code];
		return v != null && Number.isFinite(v) && v > 0 ? v : null;
	};
	for (const u of all) {
		const off = officialOf(u.code);
		if (off == null) continue;
		const comp = km2(u.geometry);
		const diff = (comp - off) / off;
		if (Math.abs(diff) <= opt.areaDiffShare) continue;
		const signed = (lang: 'vi' | 'en') => (diff > 0 ? '+' : '') + formatPercent(diff, lang);
		rows.push({
			kind: 'area-mismatch',
			severity: Math.abs(diff) > opt.areaDiffErrorShare ? 'error' : 'warning',
			codes: [u.code],
			value: diff * 100,
			unit: 'percent',
			location: safeLabel(u.geometry),
			message_vi: `Diện tích tính từ bản đồ của ${label(u.code)} là ${formatArea(comp, 'vi')}, lệch ${signed('vi')} so với diện tích tự nhiên chính thức ${formatArea(off, 'vi')} (ngưỡng ${formatNumber(opt.areaDiffShare * 100, 'vi')}%).`,
			message_en: `Computed area of ${label(u.code)} is ${formatArea(comp, 'en')}, ${signed('en')} from the official natural area ${formatArea(off, 'en')} (threshold ${formatNumber(opt.areaDiffShare * 100, 'en')}%).`
		});
	}

	return rows.sort(
		(p, q) =>
			SEVERITY_ORDER[p.severity] - SEVERITY_ORDER[q.severity] ||
			(p.kind < q.kind ? -1 : p.kind > q.kind ? 1 : 0) ||
			(q.value ?? 0) - (p.value ?? 0)
	);
}

function safeLabel(g: Geometry): [number, number] | undefined {
	try {
		return labelPoint(g);
	} catch {
		return undefined;
	}
}

/** Label point of the largest of some polygons (coordinates). */
function largestPieceLabel(pieces: Position[][][]): [number, number] | undefined {
	let best: Position[][] | null = null;
	let bestArea = -1;
	for (const p of pieces) {
		const a = areaM2({ type: 'Polygon', coordinates: p });
		if (a > bestArea) {
			bestArea = a;
			best = p;
		}
	}
	return best ? safeLabel({ type: 'Polygon', coordinates: best }) : undefined;
}

/** Codes of the units whose boundary passes within `tolM` metres of a ring (the units around a gap), sorted. */
function unitsAround(ring: Position[], units: { code: string; geometry: Geometry }[], tolM: number): string[] {
	const [x0, y0, x1, y1] = bboxOf({ type: 'Polygon', coordinates: [ring] });
	const k = metresPerDegree((y0 + y1) / 2);
	const mx = tolM / k.x;
	const my = tolM / k.y;
	const tol2 = tolM * tolM;
	const out: string[] = [];
	for (const u of units) {
		const b = bboxOf(u.geometry);
		if (b[0] > x1 + mx || b[2] < x0 - mx || b[1] > y1 + my || b[3] < y0 - my) continue;
		let near = false;
		for (const poly of polygonsOf(u.geometry)) {
			for (const r of poly) {
				for (let i = 1; i < r.length && !near; i++) {
					const a = r[i - 1];
					const c = r[i];
					if (Math.max(a[0], c[0]) < x0 - mx || Math.min(a[0], c[0]) > x1 + mx) continue;
					if (Math.max(a[1], c[1]) < y0 - my || Math.min(a[1], c[1]) > y1 + my) continue;
					for (const p of ring) {
						if (segDistSq(p[0] * k.x, p[1] * k.y, a[0] * k.x, a[1] * k.y, c[0] * k.x, c[1] * k.y) <= tol2) {
							near = true;
							break;
						}
					}
				}
				if (near) break;
			}
			if (near) break;
		}
		if (near) out.push(u.code);
	}
	return out.sort();
}

