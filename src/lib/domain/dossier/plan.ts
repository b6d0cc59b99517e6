/** Part III of the scheme: the new units (one section each), the units kept, the units left without a plan. */
import { exemptionReasonLabel, kindName, meetsLabel, phaseLabel, roleLabel } from '../rules/text-labels.ts';
import { SPEC } from '../rules/common.ts';
import { describeReason } from '../rules/text.ts';
import type { RuleSet } from '../rules/types.ts';
import type { GroupEvaluation } from '../scenario/evaluation.ts';
import type { ScenarioLevel } from '../scenario/model.ts';
import { describeScenarioReason } from '../scenario/text.ts';
import { unitLabel } from '../unit-label.ts';
import { docAreaKm2, docInteger, docPercent } from './format.ts';
import { bareProvinceName, cite, kindLabel, provinceKindVi, type DossierInput } from './input.ts';
import { levelLabel, measureCells, measureColumns } from './tables.ts';
import type {
	DossierKeptUnit,
	DossierMember,
	DossierNewUnit,
	DossierPlan,
	DossierTable,
	DossierUnitLeft
} from './types.ts';
import { tIn } from '../../i18n/catalogue.ts';

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

export function plan(input: DossierInput, rules: RuleSet, districtName: (code: string) => string | null): DossierPlan {
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
			level: levelLabel(n.level, lang),
			members: n.members.map((m) => m.name).join(', '),
			...measureCells(n),
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
				...measureCells(m),
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
