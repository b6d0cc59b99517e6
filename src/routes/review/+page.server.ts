import { getDb } from '$lib/server/db/database';
import { waitingForReview } from '$lib/server/services/review.service';
import type { PageServerLoad } from './$types';

/** "Chờ tôi thẩm định": the scenarios submitted for review within the reviewer's datasets, oldest first. */
export const load: PageServerLoad = async ({ locals }) => ({
	waiting: await waitingForReview(await getDb(), locals.user)
});
