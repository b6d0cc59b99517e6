import type { Kysely } from 'kysely';
import { applyStaffingOverrides, STAFFING_SETTINGS, STAFFING_SETTINGS_ID, type StaffingSettings } from '../domain/staffing/index.ts';
import { scenarioStaffing, type ScenarioStaffingInputs, type ScenarioStaffingResult } from '../domain/staffing/scenario.ts';
import type { ScenarioEvaluation } from '../domain/scenario/evaluate.ts';
import { listActiveOverrides } from './db/rule-override.repository.ts';
import { getScenarioStaffing } from './db/scenario-staffing.repository.ts';
import type { DB } from './db/schema.ts';
import { evaluateStored, requireScenario } from './scenarios.ts';

/** Staffing settings with the administrator's corrections. */
export async function loadStaffingSettings(db: Kysely<DB>): Promise<StaffingSettings> {
	const overrides = (await listActiveOverrides(db, STAFFING_SETTINGS_ID)).map((o) => ({ key: o.key, value: o.value }));
	return overrides.length ? applyStaffingOverrides(STAFFING_SETTINGS, overrides) : STAFFING_SETTINGS;
}

/** A stored scenario's staffing: its inputs, evaluation and the computed impact, plan, cost and saving. */
export async function computeScenarioStaffing(
	db: Kysely<DB>,
	scenarioId: number
): Promise<{ inputs: ScenarioStaffingInputs; version: number; evaluation: ScenarioEvaluation; staffing: ScenarioStaffingResult }> {
	const scenario = await requireScenario(db, scenarioId);
	const [{ evaluation, workspace }, { inputs, version }, settings] = await Promise.all([evaluateStored(db, scenario), getScenarioStaffing(db, scenarioId), loadStaffingSettings(db)]);
	const seats = Object.fromEntries(scenario.content.groups.map((g) => [g.id, g.seatCode]));
	return { inputs, version, evaluation, staffing: scenarioStaffing(evaluation, workspace.basis, inputs, seats, settings) };
}
