import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { deleteDataset, listDatasets } from '$lib/server/db/dataset.repository';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const db = await getDb();
	return { datasets: await listDatasets(db) };
};

export const actions: Actions = {
	delete: async ({ request, locals }) => {
		const form = await request.formData();
		const id = Number(form.get('id'));
		if (!Number.isInteger(id)) return fail(400, { error: 'id' });
		const ok = await deleteDataset(await getDb(), id, locals.user.id);
		if (!ok) return fail(404, { error: 'not found' });
		return { deleted: id };
	}
};
