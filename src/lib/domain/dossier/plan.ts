/** Part III of the scheme: the new units (one section each), the units kept, the units left without a plan. */
import { exemptionReasonLabel, kindName, meetsLabel, phaseLabel, roleLabel } from '../rules/text-labels.ts';
import { SPEC } from '../rules/common.ts';
import { describeReason } from '../rules/text.ts';
import type { RuleSet } from '../rules/types.ts';
import type { GroupEvaluation } from '../scenario/evaluation.ts';
import type { ScenarioLevel } from '../scenario/model.ts';
import { describeScenarioReason } from '../scenario/text.ts';
import { unitLabel } from '../unit-label.ts';
import { docAreaKm2, docInteger, docPercent, pick } from './format.ts';
import { bareProvinceName, cite, kindLabel, provinceKindVi, type DossierInput } from './input.ts';
import { measureCells, measureColumns } from './tables.ts';
import type {
	DossierKeptUnit,
	DossierMember,
	DossierNewUnit,
	DossierPlan,
	DossierTable,
	DossierUnitLeft
} from './types.ts';

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
	const planText = pick(
		lang,
		`Nhập toàn bộ diện tích tự nhiên, quy mô dân số của ${memberList} để thành lập ${kindText} mới có tên gọi là ${kindText} ${plainName}. Sau khi sắp xếp, ${kindText} ${plainName} có diện tích tự nhiên ${docAreaKm2(g.areaKm2, lang)} (đạt ${docPercent(g.ratios.area, lang)} so với tiêu chuẩn), quy mô dân số ${docInteger(g.population, lang)} người (đạt ${docPercent(g.ratios.population, lang)} so với tiêu chuẩn).`,
		`The whole area and population of ${memberList} are merged into a new ${kindText} named ${name}. After the arrangement it has ${docAreaKm2(g.areaKm2, lang)} of natural area (${docPercent(g.ratios.area, lang)} of the standard) and ${docInteger(g.population, lang)} people (${docPercent(g.ratios.population, lang)} of the standard).`
	);
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
			? pick(lang, `Trụ sở làm việc đặt tại trụ sở ${seat.name} hiện nay.`, `Seat: the present seat of ${seat.name}.`)
			: pick(lang, 'Chưa chọn trụ sở làm việc.', 'No seat chosen yet.'),
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
	const summaryText = pick(
		lang,
		`Sau khi sắp xếp, ${provinceKindVi(input.dataset.provinceName)} ${province} có ${docInteger(uc.after.district, lang)} đơn vị hành chính cấp huyện (giảm ${docInteger(uc.before.district - uc.after.district, lang)} đơn vị) và ${docInteger(uc.after.commune, lang)} đơn vị hành chính cấp xã (giảm ${docInteger(uc.before.commune - uc.after.commune, lang)} đơn vị).`,
		`After the arrangement ${province} province has ${docInteger(uc.after.district, lang)} district-level units (${docInteger(uc.before.district - uc.after.district, lang)} fewer) and ${docInteger(uc.after.commune, lang)} commune-level units (${docInteger(uc.before.commune - uc.after.commune, lang)} fewer).`
	);
	const table: DossierTable = {
		id: 'plan',
		caption: pick(lang, 'Phương án sắp xếp: đơn vị hành chính mới', 'The plan: new units'),
		sheetName: pick(lang, 'Phương án', 'Plan'),
		columns: [
			{ key: 'no', label: pick(lang, 'STT', 'No.'), kind: 'integer' },
			{ key: 'code', label: pick(lang, 'Mã giữ lại', 'Code kept'), kind: 'code' },
			{ key: 'name', label: pick(lang, 'Đơn vị mới', 'New unit'), kind: 'text' },
			{ key: 'level', label: pick(lang, 'Cấp', 'Level'), kind: 'text' },
			{ key: 'members', label: pick(lang, 'Đơn vị sắp xếp', 'Units merged'), kind: 'text' },
			...measureColumns(lang),
			{ key: 'verdict', label: pick(lang, 'Kết quả', 'Verdict'), kind: 'text' },
			{ key: 'clause', label: pick(lang, 'Căn cứ', 'Clause'), kind: 'text' }
		],
		rows: newUnits.map((n, i) => ({
			no: i + 1,
			code: n.code,
			name: n.name,
			level: pick(
				lang,
				n.level === 'district' ? 'Cấp huyện' : 'Cấp xã',
				n.level === 'district' ? 'District' : 'Commune'
			),
			members: n.members.map((m) => m.name).join(', '),
			...measureCells(n),
			verdict: n.verdictText,
			clause: n.clauseText
		}))
	};
	const membersTable: DossierTable = {
		id: 'members',
		caption: pick(lang, 'Đơn vị hành chính thực hiện sắp xếp', 'Units merged'),
		sheetName: pick(lang, 'Đơn vị sắp xếp', 'Members'),
		columns: [
			{ key: 'newUnit', label: pick(lang, 'Đơn vị mới', 'New unit'), kind: 'text' },
			{ key: 'code', label: pick(lang, 'Mã', 'Code'), kind: 'code' },
			{ key: 'name', label: pick(lang, 'Tên đơn vị', 'Unit'), kind: 'text' },
			{ key: 'kind', label: pick(lang, 'Loại', 'Kind'), kind: 'text' },
			...measureColumns(lang),
			{ key: 'role', label: pick(lang, 'Vai trò', 'Role'), kind: 'text' },
			{ key: 'clause', label: pick(lang, 'Căn cứ', 'Clause'), kind: 'text' }
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
		caption: pick(
			lang,
			'Đơn vị hành chính thuộc diện sắp xếp nhưng không thực hiện sắp xếp',
			'Units subject to arrangement that are kept'
		),
		sheetName: pick(lang, 'Không sắp xếp', 'Kept'),
		columns: [
			{ key: 'code', label: pick(lang, 'Mã', 'Code'), kind: 'code' },
			{ key: 'name', label: pick(lang, 'Tên đơn vị', 'Unit'), kind: 'text' },
			{ key: 'reason', label: pick(lang, 'Lý do', 'Reason'), kind: 'text' },
			{ key: 'clause', label: pick(lang, 'Căn cứ', 'Clause'), kind: 'text' },
			{ key: 'justification', label: pick(lang, 'Thuyết minh', 'Justification'), kind: 'text' }
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
