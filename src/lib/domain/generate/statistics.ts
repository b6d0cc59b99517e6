/**
 * The synthetic province's statistics: populations placed around the standards of domain.md §3 (some units far
 * below, some near the 70% and 100% lines, most above), official areas that sometimes differ from the computed ones,
 * terrain and specific factors; district figures are commune sums.
 */
import type { CommuneKind, DistrictKind, Terrain, UnitRecord } from '../units';
import type { Rng } from './random';
import { round2, round4 } from './round';
import type { PlanarTiling } from './tiling';

export const SYNTHETIC_REFERENCE_DATE = '2022-12-31';
export const SYNTHETIC_SOURCE = 'Số liệu mô phỏng (sinh tự động)';

// Population standards (persons) of domain.md §3 used to place populations around the 70% and 100% lines.
const STANDARD_POPULATION = {
	xaMountainous: 5000,
	xaOther: 8000,
	phuongOfThanhPho: 7000,
	phuongOfThiXa: 5000,
	thiTran: 8000
};

export interface StatisticsInput {
	rng: Rng;
	tiling: PlanarTiling;
	districtOf: Int32Array;
	districtKind: DistrictKind[];
	communeKind: CommuneKind[];
	communeAreaKm2: number[];
	districtAreaKm2: number[];
	members: number[][];
	communeOrder: number[];
	districtOrder: number[];
}

type UnitStats = Omit<UnitRecord, 'code' | 'name' | 'level' | 'kind' | 'parentCode'>;

/**
 * Populations, areas, terrain and specific factors. Populations come from target ratios to the standard, so some
 * units fall far below it, some near the 70% and 100% lines, most above; district figures are commune sums.
 */
export function assignStatistics(s: StatisticsInput): { commune: UnitStats[]; district: UnitStats[] } {
	const { rng, tiling, districtOf, districtKind, communeKind, members } = s;
	const n = communeKind.length;
	const nd = districtKind.length;

	// Terrain: a few rural districts are lowland ('other'); everything else follows the mountainous default.
	const huyen = s.districtOrder.filter((d) => districtKind[d] === 'huyen');
	const nOther = huyen.length >= 3 ? Math.max(1, Math.round(huyen.length * 0.15)) : 0;
	const lowland = new Set(rng.shuffle([...huyen]).slice(0, nOther));
	const districtTerrain: (Terrain | null)[] = Array.from({ length: nd }, (_, d) => (lowland.has(d) ? 'other' : null));
	const communeTerrain: (Terrain | null)[] = new Array(n).fill(null);
	for (const d of lowland) {
		const xa = members[d].filter((c) => communeKind[c] === 'xa').sort((a, b) => a - b);
		xa.forEach((c) => (communeTerrain[c] = 'other'));
		// On the official mountainous list even inside a lowland district: an explicit unit override.
		if (xa.length > 1) communeTerrain[rng.pick(xa)] = 'mountainous';
	}

	// Border: communes on the western edge of the outline (a land border, as Lâm Đồng's neighbours have).
	const border = new Array<boolean>(n).fill(false);
	tiling.cells.forEach((cell, c) => {
		if (!cell.nbr.includes(-1)) return;
		const angle = Math.atan2(cell.y, cell.x); // radians from east
		if (Math.abs(Math.abs(angle) - Math.PI) < 0.45) border[c] = true;
	});

	const districtFactor = Array.from({ length: nd }, () => rng.uniform(0.7, 1.3));
	const commune: UnitStats[] = new Array(n);
	const ratios = new Array<number>(n);
	for (const c of s.communeOrder) {
		const d = districtOf[c];
		const kind = communeKind[c];
		const terrain = communeTerrain[c] ?? 'mountainous';
		const standard =
			kind === 'xa'
				? terrain === 'mountainous'
					? STANDARD_POPULATION.xaMountainous
					: STANDARD_POPULATION.xaOther
				: kind === 'thi_tran'
					? STANDARD_POPULATION.thiTran
					: districtKind[d] === 'thi_xa'
						? STANDARD_POPULATION.phuongOfThiXa
						: STANDARD_POPULATION.phuongOfThanhPho;
		// Target ratio to the standard: 10% far below 70%, 7% near 70%, 10% near 100%, the rest above.
		const u = rng.next();
		const ratio =
			u < 0.1
				? rng.uniform(0.3, 0.66)
				: u < 0.17
					? rng.uniform(0.66, 0.74)
					: u < 0.27
						? rng.uniform(0.95, 1.05)
						: Math.max(1.0, Math.exp(rng.uniform(Math.log(1.05), Math.log(3.2))) * districtFactor[d]);
		ratios[c] = ratio;
		const computed = s.communeAreaKm2[c];
		const hasOfficial = rng.next() >= 0.15;
		const official = hasOfficial ? round2(computed * (1 + rng.uniform(-0.02, 0.02))) : null;
		const share =
			kind === 'xa' && terrain === 'mountainous' && rng.chance(0.35) ? round4(rng.uniform(0.3, 0.95)) : null;
		commune[c] = {
			terrain: communeTerrain[c],
			ethnicMinorityShare: share,
			border: border[c],
			island: false,
			coastalDifficult: false,
			delta: false,
			population: Math.round(ratio * standard),
			populationDate: SYNTHETIC_REFERENCE_DATE,
			populationSource: SYNTHETIC_SOURCE,
			areaOfficialKm2: official,
			areaSource: official == null ? null : SYNTHETIC_SOURCE,
			areaComputedKm2: computed,
			communeClass: null,
			lastArrangedPeriod: null
		};
	}

	// Data problems to flag: official area more than 5% away from the computed one.
	const byCode = [...s.communeOrder];
	const nBadArea = n <= 300 ? Math.min(2, n) : Math.round(n / 150);
	for (const c of rng.shuffle([...byCode]).slice(0, nBadArea)) {
		const sign = rng.chance(0.5) ? 1 : -1;
		commune[c].areaOfficialKm2 = round2(commune[c].areaComputedKm2! * (1 + sign * rng.uniform(0.06, 0.15)));
		commune[c].areaSource = SYNTHETIC_SOURCE;
	}
	// Arranged in 2019–2021 (exempt by law): preferably small communes that would otherwise be due.
	const nArranged = Math.min(n, Math.max(2, Math.round(n * 0.003)));
	const small = byCode.filter((c) => communeKind[c] === 'xa' && ratios[c] < 0.7);
	const pool = small.length >= nArranged ? small : byCode;
	for (const c of rng.shuffle([...pool]).slice(0, nArranged)) commune[c].lastArrangedPeriod = '2019-2021';

	const district: UnitStats[] = Array.from({ length: nd }, (_, d) => {
		const list = members[d];
		const population = list.reduce((sum, c) => sum + commune[c].population!, 0);
		const official = round2(
			list.reduce((sum, c) => sum + (commune[c].areaOfficialKm2 ?? commune[c].areaComputedKm2!), 0)
		);
		return {
			terrain: districtTerrain[d],
			ethnicMinorityShare: null,
			border: list.some((c) => border[c]),
			island: false,
			coastalDifficult: false,
			delta: false,
			population,
			populationDate: SYNTHETIC_REFERENCE_DATE,
			populationSource: SYNTHETIC_SOURCE,
			areaOfficialKm2: official,
			areaSource: `${SYNTHETIC_SOURCE}; tổng diện tích các đơn vị cấp xã`,
			areaComputedKm2: s.districtAreaKm2[d],
			communeClass: null,
			lastArrangedPeriod: null
		};
	});
	return { commune, district };
}
