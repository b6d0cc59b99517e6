/**
 * Data-quality report of a dataset's boundaries, shown before anyone trusts an area or an adjacency:
 * repaired rings, overlaps and gaps between neighbours, units without a neighbour, communes sticking out of
 * their district, computed vs official areas. Each row is data (kind, severity, codes, value with its unit, a
 * location to zoom to, and the message in Vietnamese and English); the UI and the dossier render the rows.
 *
 * Overlaps, gaps and commune-outside-district come from one overlay of both levels (quality-overlay.ts, read by quality-boundaries.ts): every
 * boundary split where it meets another unit's, each piece classified, areas by Green's theorem on the WGS84
 * authalic (equal-area) projection. Any two units of one level that overlap are reported (overlapping units are
 * neighbours by definition). Cost grows roughly linearly with the number of vertices: ~0.8 s for Lâm Đồng
 * (142 communes + 12 districts, 19,000 vertices, cold start), ~6 s for 10,000 communes + 833 districts.
 */
import { buildOverlay, type Overlay } from './quality-overlay';
import { repairRows } from './quality-repairs';
import { gapRows, outsideDistrictRows, overlapRows, type OverlayUnit } from './quality-boundaries';
import { noNeighbourRows } from './quality-neighbours';
import { officialAreaRows } from './quality-area';
import { resolveQualityOptions, type QualityInput, type QualityRow, type QualitySeverity } from './quality-rows';

export type * from './quality-rows';
export { areaMismatchRows } from './quality-area';

const SEVERITY_ORDER: Record<QualitySeverity, number> = { error: 0, warning: 1, info: 2 };

/** The data-quality report of one dataset (districts + communes): rows sorted by severity, then kind. */
export function dataQualityReport(input: QualityInput): QualityRow[] {
	const opt = resolveQualityOptions(input.options);
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
	rows.push(...repairRows(input.repairs ?? [], all, label));

	// 2–5: overlaps, gaps, units without a neighbour, communes outside their district.
	// Overlay order: communes first, then districts.
	const ovUnits: OverlayUnit[] = [
		...input.communes.map((c) => ({ code: c.code, level: 'commune' as const, geometry: c.geometry })),
		...input.districts.map((d) => ({ code: d.code, level: 'district' as const, geometry: d.geometry }))
	];
	let overlay: Overlay | null = null;
	safe('chồng lấn, khoảng hở', [], () => {
		overlay = buildOverlay(ovUnits.map((u) => u.geometry));
	});
	const ov = overlay as Overlay | null;
	if (ov) {
		const checks = { ov, ovUnits, opt, label };
		rows.push(...overlapRows(checks), ...gapRows(checks), ...outsideDistrictRows(checks, input.communes));
	}

	// Units without a neighbour, per level (adjacency given or computed).
	rows.push(...noNeighbourRows(input, label));

	// 6. Computed vs official area.
	rows.push(...officialAreaRows(all, input.officialAreas, opt));

	return rows.sort(
		(p, q) =>
			SEVERITY_ORDER[p.severity] - SEVERITY_ORDER[q.severity] ||
			(p.kind < q.kind ? -1 : p.kind > q.kind ? 1 : 0) ||
			(q.value ?? 0) - (p.value ?? 0)
	);
}
