import { scenarioStepHandler } from '$lib/server/scenario-http';
import type { RequestHandler } from './$types';

/** Undo the last change (across saves): the previous content becomes a new, conflict-checked version. */
export const POST: RequestHandler = scenarioStepHandler('undo');
