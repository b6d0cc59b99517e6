import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { importDataset, ImportError, type ImportFile } from '$lib/server/import';
import type { Terrain } from '$lib/domain/units';
import type { RequestHandler } from './$types';

/** Import a province from uploaded files (multipart: files[], name, referenceDate, terrain, crs). Same code path as the CLI. */
export const POST: RequestHandler = async ({ request, locals }) => {
	const form = await request.formData();
	const files: ImportFile[] = [];
	for (const v of form.getAll('files')) {
		if (typeof v === 'string') continue;
		files.push({ name: v.name, data: new Uint8Array(await v.arrayBuffer()) });
	}
	const str = (k: string) => {
		const v = form.get(k);
		return typeof v === 'string' && v.trim() ? v.trim() : undefined;
	};
	const terrain = str('terrain');
	const structure = str('structure');
	try {
		const r = await importDataset(await getDb(), files, {
			name: str('name'),
			referenceDate: str('referenceDate') ?? null,
			provinceCode: str('provinceCode'),
			defaultTerrain: terrain === 'mountainous' || terrain === 'other' ? (terrain as Terrain) : undefined,
			// CRS of projected boundary files without a .prj ("vn2000-tm3:107.75", "EPSG:3405"…), as the CLI's --crs.
			crs: str('crs'),
			// 'two-tier' | 'three-tier'; absent = detected (a commune layer alone is two-tier).
			structure: structure === 'two-tier' || structure === 'three-tier' ? structure : undefined,
			createdBy: locals.user.id
		});
		return json({
			dataset_id: r.datasetId,
			structure: r.structure,
			districts: r.districts,
			communes: r.communes,
			warnings: r.warnings
		});
	} catch (e) {
		if (e instanceof ImportError) {
			return json(
				{ error: e.code, where: e.where, message_vi: e.describe('vi'), message_en: e.describe('en') },
				{ status: 422 }
			);
		}
		throw e;
	}
};
