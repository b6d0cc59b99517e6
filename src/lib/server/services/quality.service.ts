/**
 * The data-quality report of a dataset as the quality page and its CSV show it: the geometric findings stored at
 * import (overlaps, gaps, repairs, neighbours), and the computed-vs-official area check made now, with the figures as
 * edited since and the threshold in force (`data.area_difference_warn` of the dataset's rule set, overrides applied):
 * the one value the verdicts and the unit panel use too.
 */
import type { Kysely, Selectable } from 'kysely';
import { areaMismatchRows } from '../../domain/geo/quality.ts';
import { datasetDefaultRuleSetId } from '../../domain/rules/index.ts';
import type { DataQualityTable, DB } from '../db/schema.ts';
import type { DatasetRow } from '../db/dataset.repository.ts';
import { listQuality } from '../db/quality.repository.ts';
import { listUnits } from '../db/unit.repository.ts';
import { loadRuleSet } from '../rules.ts';

/** A finding; `id` keys it in a list (stored rows keep theirs, the area checks made now count down from -1). */
export type QualityRecord = Omit<Selectable<DataQualityTable>, 'dataset_id'>;

const SEVERITY_ORDER: Record<string, number> = { error: 0, warning: 1, info: 2 };

/** Every finding of a dataset, most severe first. */
export async function datasetQuality(db: Kysely<DB>, dataset: DatasetRow): Promise<QualityRecord[]> {
	const [stored, units, { rules }] = await Promise.all([
		listQuality(db, dataset.id),
		listUnits(db, dataset.id),
		loadRuleSet(db, datasetDefaultRuleSetId(dataset.structure))
	]);
	const area: QualityRecord[] = areaMismatchRows(units, rules.dataChecks.areaDifferenceWarn.value).map((r, i) => ({
		id: -1 - i,
		check_kind: r.kind,
		severity: r.severity,
		codes: JSON.stringify(r.codes),
		value: r.value,
		value_unit: r.unit,
		lon: r.location?.[0] ?? null,
		lat: r.location?.[1] ?? null,
		message_vi: r.message_vi,
		message_en: r.message_en
	}));
	const kept: QualityRecord[] = stored
		.filter((r) => r.check_kind !== 'area-mismatch')
		.map(({ dataset_id: _ds, ...r }) => r);
	return [...kept, ...area].sort((a, b) => (SEVERITY_ORDER[a.severity] ?? 3) - (SEVERITY_ORDER[b.severity] ?? 3));
}
