/**
 * Kept for code that imported the scenario helpers from here (the staffing tab): the use cases now live in
 * services/scenario.service.ts and the per-dataset workspace in services/scenario-workspace.ts.
 */
export {
	evaluateStored,
	loadWorkspace,
	parsePhases,
	requireDataset,
	type ScenarioWorkspace
} from './services/scenario-workspace.ts';
export { requireScenario } from './services/scenario.service.ts';
