/**
 * Load a scenario's dossier model: the stored scenario evaluated exactly as the screens evaluate it
 * (evaluateStored), its staffing from the one staffing computation (computeScenarioStaffing), shaped by the pure
 * builder in src/lib/domain/dossier. Every dossier format starts here.
 */
import type { Kysely } from 'kysely';
import { buildDossier } from '../../domain/dossier/build.ts';
import type { Dossier, DossierConsultation } from '../../domain/dossier/types.ts';
import type { Lang } from '../../domain/messages.ts';
import type { DB } from '../db/schema.ts';
import { computeScenarioStaffing } from '../scenario-staffing.ts';
import { evaluateStored } from '../services/scenario-workspace.ts';
import { requireScenario } from '../services/scenario.service.ts';
import { dossierConsultation } from '../services/consultation.service.ts';

export type { Dossier } from '../../domain/dossier/types.ts';

export interface LoadDossierOptions {
	/** Date of the dossier (ISO); default today (UTC). */
	today?: string;
	/** Consultation records; default: the scenario's records (consultation.service), undefined when none entered. */
	consultation?: DossierConsultation;
}

/** The dossier model of a scenario's current version, in the given language. */
export async function loadDossier(
	db: Kysely<DB>,
	scenarioId: number,
	lang: Lang,
	opts: LoadDossierOptions = {}
): Promise<Dossier> {
	const today = opts.today ?? new Date().toISOString().slice(0, 10);
	const scenario = await requireScenario(db, scenarioId);
	const [{ evaluation, workspace }, staffing, consultation] = await Promise.all([
		evaluateStored(db, scenario),
		computeScenarioStaffing(db, scenarioId, today),
		opts.consultation ? Promise.resolve(opts.consultation) : dossierConsultation(db, scenarioId, lang)
	]);
	const ds = workspace.dataset;
	return buildDossier({
		lang,
		today,
		dataset: {
			id: ds.id,
			name: ds.name,
			provinceCode: ds.province_code,
			provinceName: ds.province_name,
			referenceDate: ds.reference_date
		},
		scenario: {
			id: scenario.id,
			name: scenario.name,
			description: scenario.description,
			version: scenario.version,
			status: scenario.status,
			ruleSetId: scenario.ruleSetId
		},
		evaluation,
		basis: workspace.basis,
		staffing: staffing.staffing,
		consultation
	});
}
