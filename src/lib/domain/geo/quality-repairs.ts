/** Quality rows of the rings the importer repaired (`repairPolygon`): a warning when the repair changed the shape. */
import { repairKind, type RepairKind } from './repair';
import { safeLabel } from './quality-overlay';
import { both } from '../../i18n/catalogue.ts';
import type { QualityRow, QualitySeverity, QualityUnit, UnitLabel } from './quality-rows';

const REPAIR_LABEL: Record<RepairKind, { vi: string; en: string }> = {
	'invalid-position': both('geo.quality.invalidPositionsDropped'),
	'unclosed-ring': both('geo.quality.unclosedRingClosed'),
	'duplicate-points': both('geo.quality.duplicatePointsRemoved'),
	spike: both('geo.quality.spikesRemoved'),
	'degenerate-ring': both('geo.quality.degenerateRingDropped'),
	'dropped-polygon': both('geo.quality.invalidPolygonDropped'),
	orientation: both('geo.quality.ringOrientationFixed'),
	'self-intersection': both('geo.quality.selfIntersectingPolygonRebuilt')
};
// Repairs that change the shape (not just its encoding) deserve a look.
const SHAPE_CHANGING: RepairKind[] = [
	'self-intersection',
	'degenerate-ring',
	'dropped-polygon',
	'spike',
	'invalid-position'
];

/** One row per unit the importer repaired, with what was repaired. */
export function repairRows(
	repairs: readonly { code: string; repairs: string[] }[],
	all: readonly QualityUnit[],
	label: UnitLabel
): QualityRow[] {
	const rows: QualityRow[] = [];
	for (const r of repairs) {
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
	return rows;
}
