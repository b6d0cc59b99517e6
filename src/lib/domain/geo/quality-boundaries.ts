/**
 * Quality rows read from the overlay of both levels (quality-overlay.ts): overlaps between two units of one level,
 * gaps (holes in the union of a level), and communes sticking out of their district. Areas by Green's theorem on the
 * pieces of the overlay.
 */
import { areaM2 } from './measures';
import {
	chainRings,
	greenTerm,
	INSIDE,
	largestRingLabel,
	OPPOSITE,
	safeLabel,
	SAME,
	signedRingAreaM2,
	statusOf,
	type Overlay
} from './quality-overlay';
import { formatArea, formatPercent } from '../format';
import {
	levelVi,
	type Geometry,
	type QualityCommune,
	type QualityRow,
	type ResolvedQualityOptions,
	type UnitLabel
} from './quality-rows';

/** The overlay's units, in its order: communes first, then districts. */
export type OverlayUnit = { code: string; level: 'commune' | 'district'; geometry: Geometry };

/** What each check reads: the overlay, its units, the options and the units' labels. */
export interface OverlayChecks {
	ov: Overlay;
	ovUnits: readonly OverlayUnit[];
	opt: ResolvedQualityOptions;
	label: UnitLabel;
}

/** Overlaps between units of one level: Green's sum over the boundary of A ∩ B. */
export function overlapRows({ ov, ovUnits, opt, label }: OverlayChecks): QualityRow[] {
	const rows: QualityRow[] = [];
	const pairArea = new Map<number, number>(); // 2 × m²
	const pairPieces = new Map<number, { p: number; reverse: boolean }[]>();
	const N = ovUnits.length;
	for (let p = 0; p < ov.nPieces; p++) {
		const a = ov.pOwner[p];
		for (let s = ov.stHead[p]; s >= 0; s = ov.stNext[s]) {
			const u = ov.stUnit[s];
			if (ovUnits[u].level !== ovUnits[a].level) continue;
			const kind = ov.stKind[s];
			if (kind === INSIDE || (kind === SAME && a < u)) {
				const key = a < u ? a * N + u : u * N + a;
				pairArea.set(key, (pairArea.get(key) ?? 0) + greenTerm(ov, p, false));
				let list = pairPieces.get(key);
				if (!list) pairPieces.set(key, (list = []));
				list.push({ p, reverse: false });
			}
		}
	}
	for (const [key, twice] of pairArea) {
		const areaKm2 = twice / 2 / 1e6;
		if (areaKm2 < opt.overlapMinKm2) continue;
		const [i, j] = [Math.floor(key / N), key % N];
		const [ca, cb] = [ovUnits[i].code, ovUnits[j].code].sort();
		const level = ovUnits[i].level;
		rows.push({
			kind: 'overlap',
			severity: areaKm2 >= opt.overlapWarnKm2 ? 'warning' : 'info',
			codes: [ca, cb],
			value: areaKm2,
			unit: 'km2',
			location: largestRingLabel(chainRings(ov, pairPieces.get(key)!)),
			message_vi: `Chồng lấn ${formatArea(areaKm2, 'vi', 3)} giữa hai đơn vị ${levelVi(level)} ${label(ca)} và ${label(cb)}.`,
			message_en: `Overlap of ${formatArea(areaKm2, 'en', 3)} between ${level}s ${label(ca)} and ${label(cb)}.`
		});
	}
	return rows;
}

/** Gaps: holes of the union of each level, traced from the pieces no other unit of the level covers. */
export function gapRows({ ov, ovUnits, opt, label }: OverlayChecks): QualityRow[] {
	const rows: QualityRow[] = [];
	for (const level of ['commune', 'district'] as const) {
		if (ovUnits.filter((u) => u.level === level).length < 2) continue;
		const boundary: { p: number; reverse: boolean }[] = [];
		for (let p = 0; p < ov.nPieces; p++) {
			const a = ov.pOwner[p];
			if (ovUnits[a].level !== level) continue;
			let covered = false;
			for (let s = ov.stHead[p]; s >= 0 && !covered; s = ov.stNext[s]) {
				const u = ov.stUnit[s];
				if (ovUnits[u].level !== level) continue;
				const kind = ov.stKind[s];
				// covered on the outer side, or a same-direction duplicate kept from the lower index only
				if (kind === INSIDE || kind === OPPOSITE || (kind === SAME && u < a)) covered = true;
			}
			if (!covered) boundary.push({ p, reverse: false });
		}
		for (const { ring, owners } of chainRings(ov, boundary)) {
			const signed = signedRingAreaM2(ring);
			if (signed >= 0) continue; // an outer ring of the union
			const areaKm2 = -signed / 1e6;
			if (areaKm2 < opt.gapMinKm2) continue;
			const around = [...owners].map((u) => ovUnits[u].code).sort();
			rows.push({
				kind: 'gap',
				severity: areaKm2 >= opt.gapWarnKm2 ? 'warning' : 'info',
				codes: around,
				value: areaKm2,
				unit: 'km2',
				location: safeLabel({ type: 'Polygon', coordinates: [[...ring].reverse()] }),
				message_vi: `Khoảng hở ${formatArea(areaKm2, 'vi', 3)} không thuộc đơn vị ${levelVi(level)} nào, giữa ${around.map(label).join(', ')}.`,
				message_en: `Gap of ${formatArea(areaKm2, 'en', 3)} belonging to no ${level}, between ${around.map(label).join(', ')}.`
			});
		}
	}
	return rows;
}

/** Communes outside their district: A − D is bounded by A's pieces outside D and D's pieces inside A. */
export function outsideDistrictRows(
	{ ov, ovUnits, opt, label }: OverlayChecks,
	communes: readonly QualityCommune[]
): QualityRow[] {
	const rows: QualityRow[] = [];
	const N = ovUnits.length;
	const indexOf = new Map(ovUnits.map((u, i) => [`${u.level}:${u.code}`, i]));
	const districtOf = new Int32Array(N).fill(-1);
	communes.forEach((c, i) => {
		if (c.districtCode) districtOf[i] = indexOf.get(`district:${c.districtCode}`) ?? -1;
	});
	const outside = new Float64Array(N); // 2 × m²
	const outsidePieces = new Map<number, { p: number; reverse: boolean }[]>();
	const push = (c: number, p: number, reverse: boolean) => {
		outside[c] += greenTerm(ov, p, reverse);
		let list = outsidePieces.get(c);
		if (!list) outsidePieces.set(c, (list = []));
		list.push({ p, reverse });
	};
	for (let p = 0; p < ov.nPieces; p++) {
		const a = ov.pOwner[p];
		if (ovUnits[a].level === 'commune') {
			const d = districtOf[a];
			if (d < 0) continue;
			const st = statusOf(ov, p, d);
			if (st === 0 || st === OPPOSITE) push(a, p, false);
		} else {
			for (let s = ov.stHead[p]; s >= 0; s = ov.stNext[s]) {
				const u = ov.stUnit[s];
				if (ov.stKind[s] === INSIDE && ovUnits[u].level === 'commune' && districtOf[u] === a) push(u, p, true);
			}
		}
	}
	communes.forEach((c, i) => {
		if (districtOf[i] < 0) return;
		const own = areaM2(c.geometry);
		if (own <= 0) return;
		const outM2 = Math.max(0, outside[i] / 2);
		const share = outM2 / own;
		if (share <= opt.outsideShare) return;
		const d = ovUnits[districtOf[i]].code;
		rows.push({
			kind: 'outside-district',
			severity: share > 0.1 ? 'error' : 'warning',
			codes: [c.code, d],
			value: share * 100,
			unit: 'percent',
			location: largestRingLabel(chainRings(ov, outsidePieces.get(i) ?? [])),
			message_vi: `${label(c.code)} nằm ngoài ranh giới ${label(d)} ${formatPercent(share, 'vi')} diện tích (${formatArea(outM2 / 1e6, 'vi', 3)}).`,
			message_en: `${formatPercent(share, 'en')} of ${label(c.code)} (${formatArea(outM2 / 1e6, 'en', 3)}) lies outside its district ${label(d)}.`
		});
	});
	return rows;
}
