import { scenarioStepHandler } from '$lib/server/scenario-http';
import type { RequestHandler } from './$types';

/** Redo the last undone change: its content becomes a new, conflict-checked version. */
export const POST: RequestHandler = scenarioStepHandler('redo');
