/**
 * Build the dossier model (./types.ts) from what the screens already computed: the scenario evaluation (verdicts,
 * clauses, figures), the dataset basis (unit verdicts of the current state) and the staffing result. Pure: no DB,
 * no file system. Words come from the same text functions as the screens (rules/text, staffing/text).
 */
import type { Lang } from '../format.ts';
import {
	criterionLabel,
	exemptionReasonLabel,
	formatCitation,
	kindName,
	meetsLabel,
	phaseLabel,
	roleLabel
} from '../rules/text-labels.ts';
import { SPEC } from '../rules/common.ts';
import { describeReason } from '../rules/text.ts';
import type { Citation, PhaseId, RuleSet, UnitVerdict } from '../rules/types.ts';
import type { ScenarioBasis } from '../scenario/basis.ts';
import type { GroupEvaluation, ScenarioEvaluation } from '../scenario/evaluation.ts';
import type { ScenarioLevel } from '../scenario/model.ts';
import type { ScenarioStatus } from '../scenario/lifecycle.ts';
import { STATUS_LABELS } from '../scenario/status.ts';
import { describeScenarioReason } from '../scenario/text.ts';
import type { ScenarioStaffingResult } from '../staffing/scenario.ts';
import { describeStaffingReason } from '../staffing/text.ts';
import { formatStaffingCitation, formatVnd, officeUseLabel } from '../staffing/text/labels.ts';
import { districtNames, unitLabel } from '../unit-label.ts';
import { KIND_LABEL_EN, KIND_LABEL_VI, type UnitKind, type UnitView } from '../units.ts';
import { docAreaKm2, docDate, docDateLong, docInteger, docPercent, pick } from './format.ts';
import { measureColumns } from './tables.ts';
import { legalBasisOf } from './legal-basis.ts';
import type {
	Dossier,
	DossierConsultation,
	DossierKeptUnit,
	DossierLabels,
	DossierMember,
	DossierNewUnit,
	DossierPlan,
	DossierResidents,
	DossierStaffing,
	DossierSubjectUnit,
	DossierTable,
	DossierTitle,
	DossierUnitLeft
} from './types.ts';
import { tIn } from '../../i18n/catalogue.ts';

/** What building a dossier needs: everything already loaded and computed by the screens' functions. */
export interface DossierInput {
	lang: Lang;
	/** Date of the dossier (ISO). */
	today: string;
	dataset: { id: number; name: string; provinceCode: string; provinceName: string; referenceDate: string | null };
	scenario: {
		id: number;
		name: string;
		description: string | null;
		version: number;
		status: ScenarioStatus;
		ruleSetId: string;
	};
	evaluation: ScenarioEvaluation;
	basis: ScenarioBasis;
	/** null when the staffing could not be computed (the section then says so). */
	staffing: ScenarioStaffingResult | null;
	consultation?: DossierConsultation;
}

/** "Tỉnh Lâm Đồng" → "Lâm Đồng"; "Thành phố Hà Nội" → "Hà Nội". */
export function bareProvinceName(name: string): string {
	return name.replace(/^(Tỉnh|Thành phố)\s+/i, '').trim();
}

function provinceKindVi(name: string): string {
	return /^Thành phố\s/i.test(name) ? 'thành phố' : 'tỉnh';
}

function kindLabel(kind: UnitKind | null | undefined, lang: Lang): string {
	if (!kind) return '—';
	return (lang === 'vi' ? KIND_LABEL_VI : KIND_LABEL_EN)[kind] ?? kind;
}

const cite = (c: Citation | null | undefined, lang: Lang): string => (c ? formatCitation(c, lang) : '');

function labels(lang: Lang): DossierLabels {
	return {
		part1: tIn(lang, 'dossier.build.partINecessityAndLegal'),
		legalBasisHeading: tIn(lang, 'dossier.build.legalBasis'),
		necessityHeading: tIn(lang, 'dossier.build.necessity'),
		part2: tIn(lang, 'dossier.build.partIiCurrentStateOf'),
		part3: tIn(lang, 'dossier.build.partIiiTheArrangementPlan'),
		staffingHeading: tIn(lang, 'dossier.build.partIvStaffAndSurplus'),
		residentsHeading: tIn(lang, 'dossier.build.partVResidentsWhoseDocuments'),
		consultationHeading: tIn(lang, 'dossier.build.partViPublicConsultationAnd'),
		consultationMissing: tIn(lang, 'dossier.build.noConsultationResultsOrCouncil'),
		appendixHeading: tIn(lang, 'dossier.build.appendix'),
		keptHeading: tIn(lang, 'dossier.build.unitsSubjectToArrangementThat'),
		leftHeading: tIn(lang, 'dossier.build.unitsSubjectToArrangementWithout'),
		table: tIn(lang, 'dossier.build.table'),
		figure: tIn(lang, 'dossier.build.figure'),
		mapBefore: tIn(lang, 'dossier.build.mapOfTheUnitsBefore'),
		mapAfter: tIn(lang, 'dossier.build.mapOfTheUnitsAfter'),
		mapOfUnit: tIn(lang, 'dossier.build.mapOf'),
		unverifiedNote: tIn(lang, 'dossier.build.numberDateAndTitleTo'),
		recipients: tIn(lang, 'dossier.build.recipients'),
		signer: tIn(lang, 'dossier.build.onBehalfOfThePeople')
	};
}

function titleBlock(input: DossierInput, rules: RuleSet): DossierTitle {
	const { lang, dataset, scenario, evaluation } = input;
	const province = bareProvinceName(dataset.provinceName);
	const kindVi = provinceKindVi(dataset.provinceName);
	const phases = [...evaluation.phases];
	const phaseText = phases.map((p) => p.replace('-', '–')).join(', ');
	const twoTier = !rules.merger.levels.includes('district');
	const whatVi = twoTier ? 'cấp xã' : 'cấp huyện, cấp xã';
	const whatEn = twoTier ? 'commune-level' : 'district- and commune-level';
	const periodVi = phases.length ? ` giai đoạn ${phaseText}` : rules.id === 'nq76-2025' ? ' năm 2025' : '';
	const periodEn = phases.length ? `, ${phaseText}` : rules.id === 'nq76-2025' ? ', 2025' : '';
	const provinceInText = tIn(lang, 'dossier.build.provinceProvince', { kindVi, province });
	return {
		provinceCode: dataset.provinceCode,
		provinceName: province,
		provinceInText,
		datasetId: dataset.id,
		datasetName: dataset.name,
		scenarioId: scenario.id,
		scenarioName: scenario.name,
		scenarioDescription: scenario.description,
		version: scenario.version,
		status: scenario.status,
		statusLabel: STATUS_LABELS[scenario.status]?.[lang] ?? scenario.status,
		date: input.today,
		dateText: docDateLong(input.today, lang),
		referenceDate: dataset.referenceDate,
		referenceDateText: dataset.referenceDate ? docDate(dataset.referenceDate, lang) : '—',
		ruleSetId: rules.id,
		ruleSetTitle: pick(lang, rules.title_vi, rules.title_en),
		phases,
		nationalMotto: {
			country: tIn(lang, 'dossier.build.socialistRepublicOfVietNam'),
			motto: tIn(lang, 'dossier.build.independenceFreedomHappiness')
		},
		issuer: tIn(lang, 'dossier.build.peopleSCommitteeOfP2', { p1: kindVi.toUpperCase(), p2: province.toUpperCase() }),
		numberLine: tIn(lang, 'dossier.build.noDaUbnd'),
		placeDateLine: tIn(lang, 'dossier.build.provinceP1', { province, p1: docDateLong(input.today, lang) }),
		documentKind: tIn(lang, 'dossier.build.scheme'),
		documentTitle: tIn(lang, 'dossier.build.arrangementOfTheWhatenAdministrative', {
			whatVi,
			periodVi,
			kindVi,
			province,
			whatEn,
			periodEn
		})
	};
}

/** Current state: the units subject in the scheme's phases (exempted ones included, with their treatment). */
function currentState(
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
			area: u.areaKm2,
			areaRatio: u.areaRatio,
			population: u.population,
			populationRatio: u.populationRatio,
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

function capitalise(s: string): string {
	return s ? s[0].toUpperCase() + s.slice(1) : s;
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

function newUnit(
	g: GroupEvaluation,
	index: number,
	input: DossierInput,
	rules: RuleSet,
	districtName: (code: string) => string | null
): DossierNewUnit {
	const { lang, basis } = input;
	const v = g.verdict;
	const members: DossierMember[] = g.members.map((code) => {
		const u = basis.units.get(code);
		const mv = v.memberVerdicts[code] ?? basis.verdicts.get(code);
		const role = g.roles[code] ?? 'not_applicable';
		return {
			code,
			name: u?.name ?? code,
			label: u ? unitLabel(u, districtName) : code,
			kind: u?.kind ?? 'xa',
			kindLabel: kindLabel(u?.kind, lang),
			areaKm2: mv?.areaUsed.km2 ?? null,
			population: mv?.population ?? u?.population ?? null,
			areaRatio: mv?.ratios.area ?? null,
			populationRatio: mv?.ratios.population ?? null,
			role,
			roleLabel: roleLabel(role, lang),
			phase: mv?.phase ?? null,
			clauseText: role === 'mandatory' ? cite(mv?.clause, lang) : '',
			kept: code === g.keptCode,
			isSeat: code === g.seatCode
		};
	});
	const name = g.name ?? members[0]?.name ?? g.id;
	const seat = g.seatCode ? members.find((m) => m.code === g.seatCode) : undefined;
	const standardClause = v.standards?.population.citation ?? v.standards?.area.citation ?? null;
	const justification = [...v.reasons, ...v.warnings].find((r) => r.code === 'merger_justification');
	const memberList = members.map((m) => m.name).join(', ');
	const kindText = kindName(g.kind, lang);
	const plainName = name.replace(new RegExp(`^${escapeRe(kindLabel(g.kind, 'vi'))}\\s+`, 'i'), '');
	const planText = tIn(lang, 'dossier.build.theWholeAreaAndPopulation', {
		memberList,
		kindText,
		plainName,
		p1: docAreaKm2(g.areaKm2, lang),
		p2: docPercent(g.ratios.area, lang),
		p3: docInteger(g.population, lang),
		p4: docPercent(g.ratios.population, lang),
		name
	});
	return {
		groupId: g.id,
		index,
		level: g.level,
		name,
		nameIsNew: g.nameIsNew,
		kind: g.kind,
		kindLabel: kindLabel(g.kind, lang),
		code: g.keptCode,
		retiredCodes: g.retiredCodes,
		seatCode: g.seatCode,
		seatText: seat
			? tIn(lang, 'dossier.build.seatThePresentSeatOf', { name: seat.name })
			: tIn(lang, 'dossier.build.noSeatChosenYet'),
		parentAfterName: g.parentAfter ? districtName(g.parentAfter) : null,
		members,
		areaKm2: g.areaKm2,
		population: g.population,
		standardAreaKm2: v.standards?.area.effective ?? null,
		standardPopulation: v.standards?.population.effective ?? null,
		areaRatio: g.ratios.area,
		populationRatio: g.ratios.population,
		meets: g.meets,
		verdictText: v.standardsAssessed
			? meetsLabel(g.meets, lang)
			: describeReason(
					v.reasons.find((r) => r.code === 'three_or_more_not_assessed') ?? {
						code: 'three_or_more_not_assessed',
						params: { count: v.memberCodes.length, min: 3 }
					},
					lang,
					{ withClause: false }
				),
		clauseText: cite(standardClause, lang),
		justificationText:
			g.meets && g.meets !== 'both' && justification
				? describeReason(justification, lang, { withClause: justification.clause?.document !== SPEC })
				: '',
		planText,
		phase: g.legalPhase ?? g.phase,
		phaseLabel: phaseLabel(g.legalPhase ?? g.phase, lang, rules),
		residentsAffected: g.residentsAffected,
		valid: g.valid,
		warnings: g.warnings.map((r) => describeScenarioReason(r, lang)),
		errors: g.errors.map((r) => describeScenarioReason(r, lang))
	};
}

function escapeRe(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function plan(input: DossierInput, rules: RuleSet, districtName: (code: string) => string | null): DossierPlan {
	const { lang, evaluation, basis } = input;
	const levelOrder: ScenarioLevel[] = ['district', 'commune'];
	const groups = levelOrder.flatMap((lvl) => evaluation.groups.filter((g) => g.level === lvl));
	const counters: Record<ScenarioLevel, number> = { district: 0, commune: 0 };
	const newUnits = groups.map((g) => newUnit(g, ++counters[g.level], input, rules, districtName));
	const kept: DossierKeptUnit[] = evaluation.exemptions
		.filter((e) => e.needed)
		.map((e) => {
			const u = basis.units.get(e.code);
			return {
				code: e.code,
				name: e.name,
				label: u ? unitLabel(u, districtName) : e.name,
				level: e.level,
				phase: e.phase,
				reasonCode: e.reasonCode,
				reasonText: exemptionReasonLabel(e.reasonCode, lang, rules),
				clauseText: cite(e.clause, lang),
				justification: e.justification,
				source: e.source
			};
		});
	const left: DossierUnitLeft[] = evaluation.mandatoryLeft.map((m) => {
		const u = basis.units.get(m.code);
		return {
			code: m.code,
			name: m.name,
			label: u ? unitLabel(u, districtName) : m.name,
			level: m.level,
			phase: m.phase,
			clauseText: cite(m.clause, lang)
		};
	});
	const uc = evaluation.unitCount;
	const province = bareProvinceName(input.dataset.provinceName);
	const summaryText = tIn(lang, 'dossier.build.afterTheArrangementProvinceProvince', {
		p1: provinceKindVi(input.dataset.provinceName),
		province,
		p2: docInteger(uc.after.district, lang),
		p3: docInteger(uc.before.district - uc.after.district, lang),
		p4: docInteger(uc.after.commune, lang),
		p5: docInteger(uc.before.commune - uc.after.commune, lang)
	});
	const table: DossierTable = {
		id: 'plan',
		caption: tIn(lang, 'dossier.build.thePlanNewUnits'),
		sheetName: tIn(lang, 'dossier.build.plan'),
		columns: [
			{ key: 'no', label: tIn(lang, 'dossier.build.no'), kind: 'integer' },
			{ key: 'code', label: tIn(lang, 'dossier.build.codeKept'), kind: 'code' },
			{ key: 'name', label: tIn(lang, 'staffingGroupCard.newUnit'), kind: 'text' },
			{ key: 'level', label: tIn(lang, 'dossier.build.level'), kind: 'text' },
			{ key: 'members', label: tIn(lang, 'dossier.build.unitsMerged'), kind: 'text' },
			...measureColumns(lang),
			{ key: 'verdict', label: tIn(lang, 'dossier.build.verdict'), kind: 'text' },
			{ key: 'clause', label: tIn(lang, 'dossier.build.clause'), kind: 'text' }
		],
		rows: newUnits.map((n, i) => ({
			no: i + 1,
			code: n.code,
			name: n.name,
			level: n.level === 'district' ? tIn(lang, 'dossier.xlsx.district') : tIn(lang, 'dossier.xlsx.commune'),
			members: n.members.map((m) => m.name).join(', '),
			area: n.areaKm2,
			areaRatio: n.areaRatio,
			population: n.population,
			populationRatio: n.populationRatio,
			verdict: n.verdictText,
			clause: n.clauseText
		}))
	};
	const membersTable: DossierTable = {
		id: 'members',
		caption: tIn(lang, 'dossier.build.unitsMerged2'),
		sheetName: tIn(lang, 'dossier.build.members'),
		columns: [
			{ key: 'newUnit', label: tIn(lang, 'staffingGroupCard.newUnit'), kind: 'text' },
			{ key: 'code', label: tIn(lang, 'consultationGrid.code'), kind: 'code' },
			{ key: 'name', label: tIn(lang, 'dossier.build.unit'), kind: 'text' },
			{ key: 'kind', label: tIn(lang, 'dossier.build.kind'), kind: 'text' },
			...measureColumns(lang),
			{ key: 'role', label: tIn(lang, 'groupPanel.role'), kind: 'text' },
			{ key: 'clause', label: tIn(lang, 'dossier.build.clause'), kind: 'text' }
		],
		rows: newUnits.flatMap((n) =>
			n.members.map((m) => ({
				newUnit: n.name,
				code: m.code,
				name: m.label,
				kind: m.kindLabel,
				area: m.areaKm2,
				areaRatio: m.areaRatio,
				population: m.population,
				populationRatio: m.populationRatio,
				role: m.roleLabel,
				clause: m.clauseText
			}))
		)
	};
	const keptTable: DossierTable = {
		id: 'kept',
		caption: tIn(lang, 'dossier.build.unitsSubjectToArrangementThat'),
		sheetName: tIn(lang, 'dossier.build.kept'),
		columns: [
			{ key: 'code', label: tIn(lang, 'consultationGrid.code'), kind: 'code' },
			{ key: 'name', label: tIn(lang, 'dossier.build.unit'), kind: 'text' },
			{ key: 'reason', label: tIn(lang, 'dossier.build.reason'), kind: 'text' },
			{ key: 'clause', label: tIn(lang, 'dossier.build.clause'), kind: 'text' },
			{ key: 'justification', label: tIn(lang, 'dossier.build.justification'), kind: 'text' }
		],
		rows: kept.map((k) => ({
			code: k.code,
			name: k.label,
			reason: k.reasonText,
			clause: k.clauseText,
			justification: k.justification ?? ''
		}))
	};
	return { unitCount: uc, summaryText, newUnits, kept, left, table, membersTable, keptTable };
}

function staffingSection(input: DossierInput): DossierStaffing | null {
	const s = input.staffing;
	if (!s) return null;
	const { lang } = input;
	const plans = s.groups.map((g) => g.plan).filter((p): p is NonNullable<typeof p> => !!p);
	const deadline = plans.length ? plans.map((p) => p.deadline).sort()[0] : null;
	const deadlineClause = plans[0]?.deadlineCitation ?? null;
	const t = s.totals;
	const assumptions = new Set<string>();
	for (const g of s.groups)
		for (const r of g.impact.assumptions) assumptions.add(describeStaffingReason(r, lang, { withClause: false }));
	const paragraphs = [
		tIn(lang, 'dossier.build.staffOfTheMergedUnits', {
			p1: docInteger(t.staffBefore, lang),
			p2: docInteger(t.quotaAfter, lang),
			p3: docInteger(t.surplus, lang),
			p4: docInteger(t.nonProfessionalSurplus, lang),
			p5: docInteger(t.leadersAffected, lang)
		}),
		tIn(lang, 'dossier.build.planToResolveTheSurplus', {
			p1: docDate(s.effectiveDate, lang),
			p2: deadline ? `, hạn chót ${docDate(deadline, lang)}` : '',
			p3: deadlineClause ? `; ${formatStaffingCitation(deadlineClause, lang)}` : '',
			p4: t.meetsDeadline
				? 'bảo đảm giải quyết hết số dôi dư đúng thời hạn'
				: 'chưa bảo đảm giải quyết hết số dôi dư trong thời hạn, cần bổ sung giải pháp',
			p5: deadline ? `, deadline ${docDate(deadline, lang)}` : '',
			p6: t.meetsDeadline
				? 'the surplus is resolved in time'
				: 'the surplus is not resolved in time; more measures are needed'
		}),
		tIn(lang, 'dossier.build.officesP1BeforeP2After', {
			p1: docInteger(t.officesBefore, lang),
			p2: docInteger(t.officesAfter, lang),
			p3: docInteger(t.officesBefore - t.officesAfter, lang),
			p4: formatVnd(t.annualSavingVnd, lang),
			p5:
				t.oneOffCostVnd > 0
					? `; chi phí giải quyết chế độ, chính sách một lần ước tính ${formatVnd(t.oneOffCostVnd, lang)}`
					: '',
			p6: t.oneOffCostVnd > 0 ? `; one-off leave payments are estimated at ${formatVnd(t.oneOffCostVnd, lang)}` : ''
		})
	];
	const name = (id: string) => input.evaluation.groups.find((g) => g.id === id)?.name ?? id;
	const table: DossierTable = {
		id: 'staffing',
		caption: tIn(lang, 'dossier.build.staffAndOfficesBeforeAnd'),
		sheetName: tIn(lang, 'datasetTabs.staffing'),
		columns: [
			{ key: 'name', label: tIn(lang, 'staffingGroupCard.newUnit'), kind: 'text' },
			{ key: 'before', label: tIn(lang, 'dossier.build.staffBefore'), kind: 'integer' },
			{ key: 'after', label: tIn(lang, 'dossier.build.quotaAfter'), kind: 'integer' },
			{ key: 'surplus', label: tIn(lang, 'dossier.build.surplus'), kind: 'integer' },
			{ key: 'npSurplus', label: tIn(lang, 'dossier.build.nonProfSurplus'), kind: 'integer' },
			{ key: 'leaders', label: tIn(lang, 'dossier.build.leadersLosingPost'), kind: 'integer' },
			{ key: 'officesBefore', label: tIn(lang, 'dossier.build.officesBefore'), kind: 'integer' },
			{ key: 'officesAfter', label: tIn(lang, 'dossier.build.officesAfter'), kind: 'integer' }
		],
		rows: s.groups.map((g) => ({
			name: g.name ?? name(g.id),
			before: g.impact.before.cadresCivilServants,
			after: g.impact.after.cadresCivilServants,
			surplus: g.impact.surplus.cadresCivilServants,
			npSurplus: g.impact.surplus.nonProfessional,
			leaders: g.impact.leaders.affected,
			officesBefore: g.impact.offices.before,
			officesAfter: g.impact.offices.after
		})),
		total: {
			name: tIn(lang, 'dossier.build.total'),
			before: t.staffBefore,
			after: t.quotaAfter,
			surplus: t.surplus,
			npSurplus: t.nonProfessionalSurplus,
			leaders: t.leadersAffected,
			officesBefore: t.officesBefore,
			officesAfter: t.officesAfter
		}
	};
	const planTable: DossierTable = {
		id: 'staffing_plan',
		caption: tIn(lang, 'dossier.build.fiveYearPlanForThe'),
		sheetName: tIn(lang, 'dossier.build.fiveYearPlan'),
		columns: [
			{ key: 'year', label: tIn(lang, 'dossier.build.year'), kind: 'integer' },
			{ key: 'headcount', label: tIn(lang, 'dossier.build.headcount'), kind: 'integer' },
			{ key: 'norm', label: tIn(lang, 'dossier.build.norm'), kind: 'integer' },
			{ key: 'retirements', label: tIn(lang, 'staffingPlanTable.retirements'), kind: 'integer' },
			{ key: 'transfers', label: tIn(lang, 'dossier.build.transfers'), kind: 'integer' },
			{ key: 'leaves', label: tIn(lang, 'dossier.build.streamliningLeaves'), kind: 'integer' },
			{ key: 'remaining', label: tIn(lang, 'dossier.build.remainingSurplus'), kind: 'integer' }
		],
		rows: t.plan.map((y) => ({
			year: y.year,
			headcount: y.headcount,
			norm: y.norm,
			retirements: y.retirements,
			transfers: y.transfers,
			leaves: y.leaves,
			remaining: y.remainingSurplus
		}))
	};
	const officesTable: DossierTable = {
		id: 'offices',
		caption: tIn(lang, 'dossier.build.useOfTheSurplusOffices'),
		sheetName: tIn(lang, 'staffing.surplusOffices.surplusOffices'),
		columns: [
			{ key: 'newUnit', label: tIn(lang, 'staffingGroupCard.newUnit'), kind: 'text' },
			{ key: 'office', label: tIn(lang, 'dossier.build.officeOf'), kind: 'text' },
			{ key: 'use', label: tIn(lang, 'staffing.surplusOffices.plannedUse'), kind: 'text' },
			{ key: 'target', label: tIn(lang, 'dossier.build.targetDate'), kind: 'date' }
		],
		rows: s.groups.flatMap((g) =>
			g.impact.offices.items.map((o) => ({
				newUnit: g.name ?? name(g.id),
				office: o.memberCode ? (input.basis.units.get(o.memberCode)?.name ?? o.memberCode) : '',
				use: officeUseLabel(o.use, lang),
				target: o.targetDate
			}))
		)
	};
	return {
		effectiveDate: s.effectiveDate,
		effectiveDateText: docDateLong(s.effectiveDate, lang),
		deadline,
		deadlineText: deadline ? docDateLong(deadline, lang) : '',
		deadlineClauseText: deadlineClause ? formatStaffingCitation(deadlineClause, lang) : '',
		totals: {
			staffBefore: t.staffBefore,
			quotaAfter: t.quotaAfter,
			surplus: t.surplus,
			nonProfessionalSurplus: t.nonProfessionalSurplus,
			leadersAffected: t.leadersAffected,
			officesBefore: t.officesBefore,
			officesAfter: t.officesAfter,
			annualSavingVnd: t.annualSavingVnd,
			oneOffCostVnd: t.oneOffCostVnd,
			meetsDeadline: t.meetsDeadline,
			membersOnQuota: t.membersOnQuota
		},
		paragraphs,
		assumptions: [...assumptions],
		table,
		planTable,
		officesTable
	};
}

function residentsSection(input: DossierInput, newUnits: DossierNewUnit[]): DossierResidents {
	const { lang } = input;
	const r = input.evaluation.residentsAffected;
	const paragraphs = [
		tIn(lang, 'dossier.build.residentsWhoseDocumentsChangeP1', {
			p1: docInteger(r.total, lang),
			p2: docInteger(r.absorbedCommunes, lang),
			p3: docInteger(r.absorbedCommuneCount, lang),
			p4: docInteger(r.districtChange, lang),
			p5: docInteger(r.districtChangeCommunes, lang)
		})
	];
	if (r.missingPopulation.length)
		paragraphs.push(tIn(lang, 'dossier.build.populationMissingForP1Counted', { p1: r.missingPopulation.join(', ') }));
	return {
		total: r.total,
		absorbedCommunes: r.absorbedCommunes,
		absorbedCommuneCount: r.absorbedCommuneCount,
		absorbedDistricts: r.absorbedDistricts,
		absorbedDistrictCount: r.absorbedDistrictCount,
		districtChange: r.districtChange,
		districtChangeCommunes: r.districtChangeCommunes,
		missingPopulation: r.missingPopulation,
		paragraphs,
		table: {
			id: 'residents',
			caption: tIn(lang, 'dossier.build.residentsAffectedByNewUnit'),
			sheetName: tIn(lang, 'dossier.build.residents'),
			columns: [
				{ key: 'name', label: tIn(lang, 'staffingGroupCard.newUnit'), kind: 'text' },
				{ key: 'retired', label: tIn(lang, 'dossier.build.codesRetired'), kind: 'text' },
				{ key: 'residents', label: tIn(lang, 'dossier.build.persons'), kind: 'integer' }
			],
			rows: newUnits.map((n) => ({
				name: n.name,
				retired: n.retiredCodes.join(', '),
				residents: n.residentsAffected
			})),
			total: { name: tIn(lang, 'dossier.build.totalDistinct'), retired: '', residents: r.total }
		}
	};
}

function necessity(input: DossierInput, rules: RuleSet): string[] {
	const { lang } = input;
	const province = bareProvinceName(input.dataset.provinceName);
	return [
		tIn(lang, 'dossier.build.underP2UnitsBelowThe', {
			p1: rules.id === 'nq35-2023' ? 'Nghị quyết số 35/2023/UBTVQH15 của Ủy ban Thường vụ Quốc hội' : rules.title_vi,
			p2: rules.id === 'nq35-2023' ? 'Resolution 35/2023/UBTVQH15' : rules.title_en
		}),
		tIn(lang, 'dossier.build.thePlanRestsOnThe', { p1: provinceKindVi(input.dataset.provinceName), province })
	];
}

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
		labels: labels(input.lang)
	};
	if (input.consultation) dossier.consultation = input.consultation;
	return dossier;
}
