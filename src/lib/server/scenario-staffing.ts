import type { Kysely } from 'kysely';
import {
	scenarioStaffing,
	type ScenarioStaffingInputs,
	type ScenarioStaffingResult
} from '../domain/staffing/scenario.ts';
import type { ScenarioEvaluation } from '../domain/scenario/evaluate.ts';
import { staffingSettingsInForce } from './staffing-inputs.ts';
import { getScenarioStaffing } from './db/scenario-staffing.repository.ts';
import type { DB } from './db/schema.ts';
import { evaluateStored, requireScenario } from './scenarios.ts';

/** A stored scenario's staffing: its inputs, evaluation and the computed impact, plan, cost and saving. */
export async function computeScenarioStaffing(
	db: Kysely<DB>,
	scenarioId: number
): Promise<{
	inputs: ScenarioStaffingInputs;
	version: number;
	evaluation: ScenarioEvaluation;
	staffing: ScenarioStaffingResult;
}> {
	const scenario = await requireScenario(db, scenarioId);
	const [{ evaluation, workspace }, { inputs, version }, settings] = await Promise.all([
		evaluateStored(db, scenario),
		getScenarioStaffing(db, scenarioId),
		staffingSettingsInForce(db)
	]);
	const seats = Object.fromEntries(scenario.content.groups.map((g) => [g.id, g.seatCode]));
	return {
		inputs,
		version,
		evaluation,
		staffing: scenarioStaffing(evaluation, workspace.basis, inputs, seats, settings)
	};
}
