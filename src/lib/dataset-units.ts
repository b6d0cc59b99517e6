/**
 * The browser's side of GET /api/datasets/[id]/units (issue 14 item 5): the dataset map page does not embed the
 * units in its HTML, it fetches them once per visit. The server keeps one body per dataset version and answers 304
 * to the ETag the browser's cache sends, so a second visit of an unchanged dataset costs no body at all.
 */
import { unpackUnits, type PackedUnits } from './domain/unit-pack';
import type { UnitView } from './domain/units';

export async function fetchDatasetUnits(datasetId: number, signal?: AbortSignal): Promise<UnitView[]> {
	const r = await fetch(`/api/datasets/${datasetId}/units`, { signal });
	if (!r.ok) throw new Error(`GET /api/datasets/${datasetId}/units: HTTP ${r.status}`);
	return unpackUnits((await r.json()) as PackedUnits);
}
