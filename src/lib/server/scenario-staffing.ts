/**
 * A stored scenario's staffing, computed in one place: the staffing tab, its API, the map's group panel (through
 * /api/scenarios/[sid]/staffing/groups), the CLI and the dossier all read it from here, with the scenario's stored
 * staffing inputs and the same reference date, so the same group shows the same surplus everywhere.
 */
import type { Kysely } from 'kysely';
import {
	scenarioStaffing,
	type GroupSurplusSummary,
	type ScenarioStaffingInputs,
	type ScenarioStaffingResult
} from '../domain/staffing/scenario.ts';
import type { ScenarioEvaluation } from '../domain/scenario/evaluate.ts';
import { staffingSettingsInForce } from './staffing-inputs.ts';
import { getScenarioStaffing } from './db/scenario-staffing.repository.ts';
import type { DB } from './db/schema.ts';
import { evaluateStored } from './services/scenario-workspace.ts';
import { requireScenario } from './services/scenario.service.ts';

/**
 * A stored scenario's staffing: its inputs, evaluation and the computed impact, plan, cost and saving. `today` only
 * matters while no inputs were saved (the default effective date is the 1st of the next month).
 */
export async function computeScenarioStaffing(
	db: Kysely<DB>,
	scenarioId: number,
	today?: string
): Promise<{
	inputs: ScenarioStaffingInputs;
	version: number;
	scenarioVersion: number;
	evaluation: ScenarioEvaluation;
	staffing: ScenarioStaffingResult;
}> {
	const scenario = await requireScenario(db, scenarioId);
	const [{ evaluation, workspace }, { inputs, version }, settings] = await Promise.all([
		evaluateStored(db, scenario),
		getScenarioStaffing(db, scenarioId, today),
		staffingSettingsInForce(db)
	]);
	const seats = Object.fromEntries(scenario.content.groups.map((g) => [g.id, g.seatCode]));
	return {
		inputs,
		version,
		scenarioVersion: scenario.version,
		evaluation,
		staffing: scenarioStaffing(evaluation, workspace.basis, inputs, seats, settings)
	};
}

/**
 * Each group's surplus summary (what the map's group panel shows), from the same computation as the staffing tab:
 * `scenarioVersion` says which saved version of the scenario the figures belong to.
 */
export async function scenarioGroupSurpluses(
	db: Kysely<DB>,
	scenarioId: number,
	today?: string
): Promise<{ scenarioVersion: number; staffingVersion: number; effectiveDate: string; groups: GroupSurplusSummary[] }> {
	const r = await computeScenarioStaffing(db, scenarioId, today);
	return {
		scenarioVersion: r.scenarioVersion,
		staffingVersion: r.version,
		effectiveDate: r.staffing.effectiveDate,
		groups: r.staffing.groups.map((g) => g.summary)
	};
}
