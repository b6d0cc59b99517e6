/** Part II of the scheme: the units subject to arrangement in the scheme's phases, with their treatment. */
import type { Lang } from '../format.ts';
import { criterionLabel, exemptionReasonLabel, phaseLabel } from '../rules/text-labels.ts';
import type { PhaseId, RuleSet, UnitVerdict } from '../rules/types.ts';
import type { GroupEvaluation } from '../scenario/evaluation.ts';
import { unitLabel } from '../unit-label.ts';
import type { UnitView } from '../units.ts';
import { docDate, docInteger } from './format.ts';
import { bareProvinceName, capitalise, cite, kindLabel, provinceKindVi, type DossierInput } from './input.ts';
import { measureCells, measureColumns } from './tables.ts';
import type { Dossier, DossierSubjectUnit, DossierTable } from './types.ts';
import { tIn } from '../../i18n/catalogue.ts';

/** Current state: the units subject in the scheme's phases (exempted ones included, with their treatment). */
export function currentState(
	input: DossierInput,
	rules: RuleSet,
	districtName: (code: string) => string | null,
	groupOf: Map<string, GroupEvaluation>
): Dossier['currentState'] {
	const { lang, basis, evaluation } = input;
	const phases = new Set<PhaseId>(evaluation.phases);
	const keptReason = new Map(evaluation.exemptions.map((e) => [e.code, e]));
	const units: DossierSubjectUnit[] = [];
	for (const u of basis.ordered) {
		if (u.level !== 'district' && u.level !== 'commune') continue;
		const v = basis.verdicts.get(u.code);
		if (!v || !v.phase || !phases.has(v.phase)) continue;
		if (v.status !== 'subject_2023_2025' && v.status !== 'subject_2026_2030' && v.status !== 'exempt') continue;
		const g = groupOf.get(u.code) ?? null;
		const ex = keptReason.get(u.code);
		let treatmentText: string;
		if (g) treatmentText = tIn(lang, 'dossier.build.mergedIntoP1', { p1: g.name ?? '' }).trim();
		else if (ex || v.status === 'exempt')
			treatmentText = tIn(lang, 'dossier.build.notRequiredP1', {
				p1: exemptionReasonLabel(ex?.reasonCode ?? v.exemption?.reasonCode ?? '', lang, rules)
			});
		else treatmentText = tIn(lang, 'dossier.build.noPlanYet');
		units.push(subjectUnit(u, v, lang, rules, districtName, g?.id ?? null, treatmentText));
	}
	const communes = basis.ordered.filter((u) => u.level === 'commune').length;
	const districts = basis.ordered.filter((u) => u.level === 'district').length;
	const subjD = units.filter((u) => u.level === 'district').length;
	const subjC = units.filter((u) => u.level === 'commune').length;
	const province = bareProvinceName(input.dataset.provinceName);
	const phaseText = evaluation.phases.map((p) => p.replace('-', '–')).join(', ');
	const refDate = input.dataset.referenceDate ? docDate(input.dataset.referenceDate, lang) : null;
	const paragraphs = [
		tIn(lang, 'dossier.build.provinceProvinceHasP2District', {
			p1: capitalise(provinceKindVi(input.dataset.provinceName)),
			province,
			p2: docInteger(districts, lang),
			p3: docInteger(communes, lang)
		}),
		tIn(lang, 'dossier.build.measuredAgainstTheAreaAnd', {
			p1: refDate ? ` (số liệu đến ngày ${refDate})` : '',
			p2: provinceKindVi(input.dataset.provinceName),
			p3: docInteger(subjD, lang),
			p4: docInteger(subjC, lang),
			phaseText,
			p5: cite(rules.phases.find((p) => evaluation.phases.includes(p.id))?.criteria[0]?.citation, lang).replace(
				/^Điểm a /,
				'các điểm a, b, c '
			),
			p6: refDate ? ` (figures as of ${refDate})` : ''
		})
	];
	const table: DossierTable = {
		id: 'current_state',
		caption: tIn(lang, 'dossier.build.unitsSubjectToArrangementPhasetext', { phaseText }),
		sheetName: tIn(lang, 'dossier.build.currentState'),
		columns: [
			{ key: 'no', label: tIn(lang, 'dossier.build.no'), kind: 'integer' },
			{ key: 'code', label: tIn(lang, 'consultationGrid.code'), kind: 'code' },
			{ key: 'name', label: tIn(lang, 'dossier.build.unit'), kind: 'text' },
			{ key: 'kind', label: tIn(lang, 'dossier.build.kind'), kind: 'text' },
			...measureColumns(lang),
			{ key: 'phase', label: tIn(lang, 'subjectList.phase'), kind: 'text' },
			{ key: 'clause', label: tIn(lang, 'dossier.build.clause'), kind: 'text' },
			{ key: 'treatment', label: tIn(lang, 'dossier.build.treatment'), kind: 'text' }
		],
		rows: units.map((u, i) => ({
			no: i + 1,
			code: u.code,
			name: u.label,
			kind: u.kindLabel,
			...measureCells(u),
			phase: u.phase ? u.phase.replace('-', '–') : '',
			clause: u.clauseText,
			treatment: u.treatmentText
		})),
		note: refDate
			? tIn(lang, 'dossier.build.figuresAsOfRefdate', { refDate })
			: tIn(lang, 'dossier.build.theDatasetHasNoReference')
	};
	return { paragraphs, units, table };
}

function subjectUnit(
	u: UnitView,
	v: UnitVerdict,
	lang: Lang,
	rules: RuleSet,
	districtName: (code: string) => string | null,
	groupId: string | null,
	treatmentText: string
): DossierSubjectUnit {
	const criterion = rules.phases.find((p) => p.id === v.phase)?.criteria.find((c) => c.id === v.criterion) ?? null;
	return {
		code: u.code,
		name: u.name,
		label: unitLabel(u, districtName),
		level: u.level,
		kind: u.kind,
		kindLabel: kindLabel(u.kind, lang),
		parentCode: u.parentCode,
		parentName: u.parentCode ? districtName(u.parentCode) : null,
		areaKm2: v.areaUsed.km2,
		population: v.population,
		areaRatio: v.ratios.area,
		populationRatio: v.ratios.population,
		status: v.status,
		phase: v.phase,
		phaseLabel: phaseLabel(v.phase, lang, rules),
		criterionText: criterion ? criterionLabel(criterion, lang) : criterionLabel(v.criterion, lang),
		clauseText: cite(v.clause, lang),
		groupId,
		treatmentText
	};
}
