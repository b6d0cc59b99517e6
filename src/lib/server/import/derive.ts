import { computeAdjacency, type AdjacencyEdge } from '../../domain/geo/adjacency.ts';
import { dataQualityReport } from '../../domain/geo/quality.ts';
import { repairKind } from '../../domain/geo/repair.ts';
import type { DerivedData } from '../db/dataset.repository.ts';
import type { ParsedDataset } from './dataset.ts';
import { warning, type ImportWarning } from './errors.ts';
import { both } from '../../i18n/catalogue.ts';

/** Adjacency per level and the data-quality report, computed once at import and stored with the dataset. */
export function deriveGeometryData(
	parsed: ParsedDataset,
	progress: (stage: 'adjacency' | 'quality') => void = () => {}
): DerivedData & { warnings: ImportWarning[] } {
	progress('adjacency');
	const warnings: ImportWarning[] = [];
	const levels = [
		['district', parsed.districts],
		['commune', parsed.communes]
	] as const;
	const adjacency: NonNullable<DerivedData['adjacency']> = [];
	const allEdges: AdjacencyEdge[] = [];
	for (const [level, units] of levels) {
		const r = computeAdjacency(units.map((u) => ({ code: u.record.code, geometry: u.geometry })));
		allEdges.push(...r.edges);
		for (const e of r.edges) {
			adjacency.push({
				level,
				a_code: e.a,
				b_code: e.b,
				shared_km: e.sharedKm,
				doubtful: e.doubtful ? 1 : 0,
				source: 'computed',
				reason: e.note ?? null
			});
		}
		const doubtful = r.edges.filter((e) => e.doubtful).length;
		if (doubtful) {
			warnings.push(
				warning(
					'doubtful_adjacency',
					both('import.derive.doubtfulLevelPairsShareOnly', {
						doubtful,
						p1: level === 'district' ? 'cấp huyện' : 'cấp xã',
						doubtfulBelowM: r.stats.doubtfulBelowM,
						level
					})
				)
			);
		}
	}
	progress('quality');
	const quality = dataQualityReport({
		districts: parsed.districts.map((u) => ({ code: u.record.code, name: u.record.name, geometry: u.geometry })),
		communes: parsed.communes.map((u) => ({
			code: u.record.code,
			name: u.record.name,
			geometry: u.geometry,
			// Two-tier: the parent is the province, there is no district to lie outside of.
			districtCode: parsed.dataset.structure === 'two-tier' ? null : u.record.parentCode
		})),
		adjacency: allEdges,
		officialAreas: Object.fromEntries(
			[...parsed.districts, ...parsed.communes].map((u) => [u.record.code, u.record.areaOfficialKm2])
		),
		// Ring orientation is only encoding (the import summary mentions it); the report lists shape repairs.
		repairs: parsed.repairs
			.map((r) => ({ code: r.code, repairs: r.repairs.filter((n) => repairKind(n) !== 'orientation') }))
			.filter((r) => r.repairs.length)
	}).map((q) => ({
		check_kind: q.kind,
		severity: q.severity,
		codes: JSON.stringify(q.codes),
		value: q.value,
		value_unit: q.unit,
		lon: q.location?.[0] ?? null,
		lat: q.location?.[1] ?? null,
		message_vi: q.message_vi,
		message_en: q.message_en
	}));
	return { adjacency, quality, warnings };
}
