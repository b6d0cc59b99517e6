/**
 * Build the dossier model (./types.ts) from what the screens already computed: the scenario evaluation (verdicts,
 * clauses, figures), the dataset basis (unit verdicts of the current state) and the staffing result. Pure: no DB,
 * no file system. Words come from the same text functions as the screens (rules/text, staffing/text). One module a
 * part of the scheme: title.ts (title page, part I), current-state.ts (II), plan.ts (III), staffing.ts (IV),
 * residents.ts (V); part VI is the consultation records as entered.
 */
import type { GroupEvaluation } from '../scenario/evaluation.ts';
import { districtNames } from '../unit-label.ts';
import { currentState } from './current-state.ts';
import type { DossierInput } from './input.ts';
import { dossierLabels } from './labels.ts';
import { legalBasisOf } from './legal-basis.ts';
import { plan } from './plan.ts';
import { residentsSection } from './residents.ts';
import { staffingSection } from './staffing.ts';
import { necessity, titleBlock } from './title.ts';
import type { Dossier } from './types.ts';

export { bareProvinceName, type DossierInput } from './input.ts';

/** Build the dossier of one scenario version. */
export function buildDossier(input: DossierInput): Dossier {
	const rules = input.basis.rules;
	const districtName = districtNames(input.basis.ordered);
	const groupOf = new Map<string, GroupEvaluation>();
	for (const g of input.evaluation.groups) for (const m of g.members) groupOf.set(m, g);
	const planSection = plan(input, rules, districtName);
	const dossier: Dossier = {
		lang: input.lang,
		title: titleBlock(input, rules),
		legalBasis: legalBasisOf(rules.id, input.lang),
		necessity: necessity(input, rules),
		currentState: currentState(input, rules, districtName, groupOf),
		plan: planSection,
		staffing: staffingSection(input),
		residents: residentsSection(input, planSection.newUnits),
		labels: dossierLabels(input.lang)
	};
	if (input.consultation) dossier.consultation = input.consultation;
	return dossier;
}
