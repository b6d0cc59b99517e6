/** Quality rows of units whose computed area differs from the official natural area. */
import { km2 } from './measures';
import { safeLabel } from './quality-overlay';
import { formatArea, formatNumber, formatPercent } from '../format';
import { DEFAULT_AREA_DIFFERENCE_WARN } from '../rules/common';
import type { QualityInput, QualityRow, QualityUnit, ResolvedQualityOptions } from './quality-rows';

/** Computed vs official area of every unit that has an official area (the import's report). */
export function officialAreaRows(
	all: readonly QualityUnit[],
	official: QualityInput['officialAreas'],
	opt: ResolvedQualityOptions
): QualityRow[] {
	const officialOf = (code: string): number | null => {
		const v = official instanceof Map ? official.get(code) : official?.[code];
		return v != null && Number.isFinite(v) && v > 0 ? v : null;
	};
	return areaMismatchRows(
		all.map((u) => ({
			code: u.code,
			name: u.name,
			areaOfficialKm2: officialOf(u.code),
			areaComputedKm2: officialOf(u.code) == null ? null : km2(u.geometry),
			label: officialOf(u.code) == null ? null : (safeLabel(u.geometry) ?? null)
		})),
		opt.areaDiffShare,
		opt.areaDiffErrorShare
	);
}

/**
 * Units whose computed area differs from the official natural area by more than `threshold` (a ratio; the rule set's
 * `data.area_difference_warn`, as the verdicts and the unit panel read it), as quality rows. The import's report and
 * the quality page (which re-checks with the threshold in force and the figures as edited) both use it.
 */
export function areaMismatchRows(
	units: readonly {
		code: string;
		name?: string | null;
		areaOfficialKm2: number | null;
		areaComputedKm2: number | null;
		label?: [number, number] | null;
	}[],
	threshold: number = DEFAULT_AREA_DIFFERENCE_WARN,
	errorShare = 0.2
): QualityRow[] {
	const rows: QualityRow[] = [];
	for (const u of units) {
		const off = u.areaOfficialKm2;
		const comp = u.areaComputedKm2;
		if (off == null || !Number.isFinite(off) || off <= 0 || comp == null || !Number.isFinite(comp)) continue;
		const diff = (comp - off) / off;
		if (Math.abs(diff) <= threshold) continue;
		const label = u.name ? `${u.name} (${u.code})` : u.code;
		const signed = (lang: 'vi' | 'en') => (diff > 0 ? '+' : '') + formatPercent(diff, lang);
		rows.push({
			kind: 'area-mismatch',
			severity: Math.abs(diff) > errorShare ? 'error' : 'warning',
			codes: [u.code],
			value: diff * 100,
			unit: 'percent',
			location: u.label ?? undefined,
			message_vi: `Diện tích tính từ bản đồ của ${label} là ${formatArea(comp, 'vi')}, lệch ${signed('vi')} so với diện tích tự nhiên chính thức ${formatArea(off, 'vi')} (ngưỡng ${formatNumber(threshold * 100, 'vi')}%).`,
			message_en: `Computed area of ${label} is ${formatArea(comp, 'en')}, ${signed('en')} from the official natural area ${formatArea(off, 'en')} (threshold ${formatNumber(threshold * 100, 'en')}%).`
		});
	}
	return rows;
}
