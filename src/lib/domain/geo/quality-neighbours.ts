/** Quality rows of units without a neighbour of their level (an island, an exclave, or a boundary that does not meet). */
import { computeAdjacency, type AdjacencyEdge } from './adjacency';
import { safeLabel } from './quality-overlay';
import { levelVi, type QualityCommune, type QualityRow, type QualityUnit, type UnitLabel } from './quality-rows';

/** Units without a neighbour, per level (adjacency given, else computed for a level the list has no edge of). */
export function noNeighbourRows(
	input: { communes: QualityCommune[]; districts: QualityUnit[]; adjacency?: AdjacencyEdge[] },
	label: UnitLabel
): QualityRow[] {
	const rows: QualityRow[] = [];
	const given = input.adjacency;
	for (const [level, units] of [
		['commune', input.communes],
		['district', input.districts]
	] as const) {
		if (units.length < 2) continue;
		const codes = new Set(units.map((u) => u.code));
		let edges = given?.filter((e) => codes.has(e.a) && codes.has(e.b)) ?? [];
		if (!edges.length) edges = computeAdjacency(units).edges;
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
				message_vi: `${label(u.code)} không có đơn vị ${levelVi(level)} nào liền kề: nếu là đảo hoặc vùng tách rời, hãy thêm cạnh kề thủ công.`,
				message_en: `${label(u.code)} has no neighbouring ${level}: if it is an island or an exclave, add a manual adjacency edge.`
			});
		}
	}
	return rows;
}
