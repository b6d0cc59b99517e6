import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { deleteDataset, listDatasets, updateDataset } from '$lib/server/db/dataset.repository';
import { recentImportJobs } from '$lib/server/import/jobs';
import type { Actions, PageServerLoad } from './$types';
import { both } from '$lib/i18n/catalogue';

export const load: PageServerLoad = async ({ locals }) => {
	const db = await getDb();
	// An account limited to some datasets sees only those (the guard refuses it the others anyway).
	const mine = locals.user.datasets;
	// The account's recent imports (importing is administration: others have none), to come back to a running one.
	const jobs = (await recentImportJobs(db, locals.user.id, 5)).map((j) => ({
		id: j.id,
		status: j.status,
		step: j.step,
		progress: j.progress,
		fileNames: j.fileNames,
		createdAt: j.createdAt
	}));
	return { datasets: (await listDatasets(db)).filter((d) => !mine || mine.includes(d.id)), jobs };
};

export const actions: Actions = {
	/** Dataset settings: name, date of the figures, default terrain (units without their own terrain use it). */
	update: async ({ request, locals }) => {
		const form = await request.formData();
		const id = Number(form.get('id'));
		const name = String(form.get('name') ?? '').trim();
		const referenceDate = String(form.get('reference_date') ?? '').trim();
		const terrain = String(form.get('default_terrain') ?? '');
		if (!Number.isInteger(id) || !name) return fail(400, { id, error: both('datasets.theDatasetNeedsAName') });
		if (referenceDate && !/^\d{4}-\d{2}-\d{2}$/.test(referenceDate))
			return fail(400, { id, error: both('datasets.theFiguresDateMustBe') });
		if (terrain !== 'mountainous' && terrain !== 'other')
			return fail(400, { id, error: both('datasets.invalidDefaultTerrain') });
		await updateDataset(
			await getDb(),
			id,
			{ name, reference_date: referenceDate || null, default_terrain: terrain },
			locals.user.id
		);
		return { updated: id };
	},
	delete: async ({ request, locals }) => {
		const form = await request.formData();
		const id = Number(form.get('id'));
		if (!Number.isInteger(id))
			return fail(400, {
				deleteError: both('datasets.whichDatasetToDeleteIs')
			});
		const ok = await deleteDataset(await getDb(), id, locals.user.id);
		if (!ok)
			return fail(404, {
				deleteError: both('datasets.thisDatasetNoLongerExists')
			});
		return { deleted: id };
	}
};
