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
		part1: pick(lang, 'Phần I. SỰ CẦN THIẾT VÀ CĂN CỨ PHÁP LÝ', 'Part I. NECESSITY AND LEGAL BASIS'),
		legalBasisHeading: pick(lang, 'Căn cứ pháp lý', 'Legal basis'),
		necessityHeading: pick(lang, 'Sự cần thiết', 'Necessity'),
		part2: pick(
			lang,
			'Phần II. HIỆN TRẠNG ĐƠN VỊ HÀNH CHÍNH THUỘC DIỆN SẮP XẾP',
			'Part II. CURRENT STATE OF THE UNITS SUBJECT TO ARRANGEMENT'
		),
		part3: pick(lang, 'Phần III. PHƯƠNG ÁN SẮP XẾP', 'Part III. THE ARRANGEMENT PLAN'),
		staffingHeading: pick(
			lang,
			'Phần IV. PHƯƠNG ÁN BỐ TRÍ CÁN BỘ, CÔNG CHỨC VÀ GIẢI QUYẾT TRỤ SỞ DÔI DƯ',
			'Part IV. STAFF AND SURPLUS OFFICES'
		),
		residentsHeading: pick(
			lang,
			'Phần V. ẢNH HƯỞNG ĐẾN NGƯỜI DÂN (CHUYỂN ĐỔI GIẤY TỜ)',
			'Part V. RESIDENTS WHOSE DOCUMENTS CHANGE'
		),
		consultationHeading: pick(
			lang,
			'Phần VI. KẾT QUẢ LẤY Ý KIẾN CỬ TRI VÀ BIỂU QUYẾT CỦA HỘI ĐỒNG NHÂN DÂN',
			'Part VI. PUBLIC CONSULTATION AND COUNCIL VOTES'
		),
		consultationMissing: pick(
			lang,
			'Chưa nhập kết quả lấy ý kiến cử tri và nghị quyết của Hội đồng nhân dân các cấp.',
			'No consultation results or council resolutions have been entered yet.'
		),
		appendixHeading: pick(lang, 'PHỤ LỤC', 'APPENDIX'),
		keptHeading: pick(
			lang,
			'Đơn vị hành chính thuộc diện sắp xếp nhưng không thực hiện sắp xếp',
			'Units subject to arrangement that are kept'
		),
		leftHeading: pick(
			lang,
			'Đơn vị thuộc diện sắp xếp chưa có phương án',
			'Units subject to arrangement without a plan yet'
		),
		table: pick(lang, 'Bảng', 'Table'),
		figure: pick(lang, 'Hình', 'Figure'),
		mapBefore: pick(lang, 'Bản đồ hiện trạng đơn vị hành chính trước sắp xếp', 'Map of the units before'),
		mapAfter: pick(lang, 'Bản đồ đơn vị hành chính sau sắp xếp', 'Map of the units after'),
		mapOfUnit: pick(lang, 'Sơ đồ', 'Map of'),
		unverifiedNote: pick(
			lang,
			'(*) Số, ngày, trích yếu văn bản cần đối chiếu với bản gốc trước khi ban hành.',
			'(*) Number, date and title to be checked against the original before signing.'
		),
		recipients: pick(lang, 'Nơi nhận', 'Recipients'),
		signer: pick(lang, 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', 'ON BEHALF OF THE PEOPLE’S COMMITTEE\nCHAIR')
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
	const provinceInText = pick(lang, `${kindVi} ${province}`, `${province} province`);
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
			country: pick(lang, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SOCIALIST REPUBLIC OF VIET NAM'),
			motto: pick(lang, 'Độc lập - Tự do - Hạnh phúc', 'Independence - Freedom - Happiness')
		},
		issuer: pick(
			lang,
			`ỦY BAN NHÂN DÂN ${kindVi.toUpperCase()} ${province.toUpperCase()}`,
			`PEOPLE’S COMMITTEE OF ${province.toUpperCase()} PROVINCE`
		),
		numberLine: pick(lang, 'Số:        /ĐA-UBND', 'No.        /ĐA-UBND'),
		placeDateLine: pick(
			lang,
			`${province}, ${docDateLong(input.today, lang)}`,
			`${province}, ${docDateLong(input.today, lang)}`
		),
		documentKind: pick(lang, 'ĐỀ ÁN', 'SCHEME'),
		documentTitle: pick(
			lang,
			`Sắp xếp đơn vị hành chính ${whatVi}${periodVi} của ${kindVi} ${province}`,
			`Arrangement of the ${whatEn} administrative units of ${province} province${periodEn}`
		)
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
		if (g) treatmentText = pick(lang, `Nhập để thành lập ${g.name ?? ''}`, `Merged into ${g.name ?? ''}`).trim();
		else if (ex || v.status === 'exempt')
			treatmentText = pick(
				lang,
				`Không bắt buộc sắp xếp: ${exemptionReasonLabel(ex?.reasonCode ?? v.exemption?.reasonCode ?? '', lang, rules)}`,
				`Not required: ${exemptionReasonLabel(ex?.reasonCode ?? v.exemption?.reasonCode ?? '', lang, rules)}`
			);
		else treatmentText = pick(lang, 'Chưa có phương án', 'No plan yet');
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
		pick(
			lang,
			`${capitalise(provinceKindVi(input.dataset.provinceName))} ${province} hiện có ${docInteger(districts, lang)} đơn vị hành chính cấp huyện và ${docInteger(communes, lang)} đơn vị hành chính cấp xã.`,
			`${province} province has ${docInteger(districts, lang)} district-level and ${docInteger(communes, lang)} commune-level units.`
		),
		pick(
			lang,
			`Đối chiếu với tiêu chuẩn về diện tích tự nhiên và quy mô dân số${refDate ? ` (số liệu đến ngày ${refDate})` : ''}, ${provinceKindVi(input.dataset.provinceName)} có ${docInteger(subjD, lang)} đơn vị hành chính cấp huyện và ${docInteger(subjC, lang)} đơn vị hành chính cấp xã thuộc diện sắp xếp giai đoạn ${phaseText} (${cite(rules.phases.find((p) => evaluation.phases.includes(p.id))?.criteria[0]?.citation, lang).replace(/^Điểm a /, 'các điểm a, b, c ')}), chi tiết tại Bảng dưới đây.`,
			`Measured against the area and population standards${refDate ? ` (figures as of ${refDate})` : ''}, ${docInteger(subjD, lang)} district-level and ${docInteger(subjC, lang)} commune-level units are subject to arrangement in ${phaseText}; see the table below.`
		)
	];
	const table: DossierTable = {
		id: 'current_state',
		caption: pick(
			lang,
			`Danh sách đơn vị hành chính thuộc diện sắp xếp giai đoạn ${phaseText}`,
			`Units subject to arrangement, ${phaseText}`
		),
		sheetName: pick(lang, 'Hiện trạng', 'Current state'),
		columns: [
			{ key: 'no', label: pick(lang, 'STT', 'No.'), kind: 'integer' },
			{ key: 'code', label: pick(lang, 'Mã', 'Code'), kind: 'code' },
			{ key: 'name', label: pick(lang, 'Tên đơn vị', 'Unit'), kind: 'text' },
			{ key: 'kind', label: pick(lang, 'Loại', 'Kind'), kind: 'text' },
			...measureColumns(lang),
			{ key: 'phase', label: pick(lang, 'Giai đoạn', 'Phase'), kind: 'text' },
			{ key: 'clause', label: pick(lang, 'Căn cứ', 'Clause'), kind: 'text' },
			{ key: 'treatment', label: pick(lang, 'Phương án', 'Treatment'), kind: 'text' }
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
			? pick(lang, `Số liệu đến ngày ${refDate}.`, `Figures as of ${refDate}.`)
			: pick(lang, 'Bộ dữ liệu chưa ghi thời điểm số liệu.', 'The dataset has no reference date.')
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
		pick(
			lang,
			`Tổng số cán bộ, công chức cấp xã, cấp huyện của các đơn vị thực hiện sắp xếp là ${docInteger(t.staffBefore, lang)} người; số lượng theo quy định sau sắp xếp là ${docInteger(t.quotaAfter, lang)} người; số dôi dư là ${docInteger(t.surplus, lang)} người (so với định mức của Nghị định số 33/2023/NĐ-CP đối với cấp xã). Số người hoạt động không chuyên trách dôi dư: ${docInteger(t.nonProfessionalSurplus, lang)} người. Số người thôi giữ chức vụ lãnh đạo: ${docInteger(t.leadersAffected, lang)} người.`,
			`Staff of the merged units: ${docInteger(t.staffBefore, lang)}; quota after the arrangement: ${docInteger(t.quotaAfter, lang)}; surplus: ${docInteger(t.surplus, lang)} (commune level against the Decree 33/2023 norm). Non-professional surplus: ${docInteger(t.nonProfessionalSurplus, lang)}. Leaders who lose their post: ${docInteger(t.leadersAffected, lang)}.`
		),
		pick(
			lang,
			`Lộ trình giải quyết số lượng dôi dư trong thời hạn 05 năm kể từ ngày nghị quyết của Ủy ban Thường vụ Quốc hội có hiệu lực (${docDate(s.effectiveDate, lang)}${deadline ? `, hạn chót ${docDate(deadline, lang)}` : ''}${deadlineClause ? `; ${formatStaffingCitation(deadlineClause, lang)}` : ''}): ${t.meetsDeadline ? 'bảo đảm giải quyết hết số dôi dư đúng thời hạn' : 'chưa bảo đảm giải quyết hết số dôi dư trong thời hạn, cần bổ sung giải pháp'}.`,
			`Plan to resolve the surplus within 5 years of the Standing Committee's resolution taking effect (${docDate(s.effectiveDate, lang)}${deadline ? `, deadline ${docDate(deadline, lang)}` : ''}): ${t.meetsDeadline ? 'the surplus is resolved in time' : 'the surplus is not resolved in time; more measures are needed'}.`
		),
		pick(
			lang,
			`Trụ sở: trước sắp xếp ${docInteger(t.officesBefore, lang)}, sau sắp xếp ${docInteger(t.officesAfter, lang)}, dôi dư ${docInteger(t.officesBefore - t.officesAfter, lang)}. Khi giải quyết xong số dôi dư, tiết kiệm chi thường xuyên khoảng ${formatVnd(t.annualSavingVnd, lang)}/năm${t.oneOffCostVnd > 0 ? `; chi phí giải quyết chế độ, chính sách một lần ước tính ${formatVnd(t.oneOffCostVnd, lang)}` : ''}.`,
			`Offices: ${docInteger(t.officesBefore, lang)} before, ${docInteger(t.officesAfter, lang)} after, ${docInteger(t.officesBefore - t.officesAfter, lang)} surplus. Once the surplus is resolved the payroll saving is about ${formatVnd(t.annualSavingVnd, lang)} a year${t.oneOffCostVnd > 0 ? `; one-off leave payments are estimated at ${formatVnd(t.oneOffCostVnd, lang)}` : ''}.`
		)
	];
	const name = (id: string) => input.evaluation.groups.find((g) => g.id === id)?.name ?? id;
	const table: DossierTable = {
		id: 'staffing',
		caption: pick(lang, 'Cán bộ, công chức và trụ sở trước, sau sắp xếp', 'Staff and offices before and after'),
		sheetName: pick(lang, 'Biên chế', 'Staffing'),
		columns: [
			{ key: 'name', label: pick(lang, 'Đơn vị mới', 'New unit'), kind: 'text' },
			{ key: 'before', label: pick(lang, 'CBCC hiện có', 'Staff before'), kind: 'integer' },
			{ key: 'after', label: pick(lang, 'CBCC theo quy định', 'Quota after'), kind: 'integer' },
			{ key: 'surplus', label: pick(lang, 'CBCC dôi dư', 'Surplus'), kind: 'integer' },
			{ key: 'npSurplus', label: pick(lang, 'Không chuyên trách dôi dư', 'Non-prof. surplus'), kind: 'integer' },
			{ key: 'leaders', label: pick(lang, 'Lãnh đạo thôi chức vụ', 'Leaders losing post'), kind: 'integer' },
			{ key: 'officesBefore', label: pick(lang, 'Trụ sở trước', 'Offices before'), kind: 'integer' },
			{ key: 'officesAfter', label: pick(lang, 'Trụ sở sau', 'Offices after'), kind: 'integer' }
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
			name: pick(lang, 'Tổng cộng', 'Total'),
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
		caption: pick(lang, 'Lộ trình giải quyết cán bộ, công chức dôi dư (05 năm)', 'Five-year plan for the surplus'),
		sheetName: pick(lang, 'Lộ trình 5 năm', 'Five-year plan'),
		columns: [
			{ key: 'year', label: pick(lang, 'Năm thứ', 'Year'), kind: 'integer' },
			{ key: 'headcount', label: pick(lang, 'Số có mặt cuối năm', 'Headcount'), kind: 'integer' },
			{ key: 'norm', label: pick(lang, 'Định mức', 'Norm'), kind: 'integer' },
			{ key: 'retirements', label: pick(lang, 'Nghỉ hưu', 'Retirements'), kind: 'integer' },
			{ key: 'transfers', label: pick(lang, 'Điều động, luân chuyển', 'Transfers'), kind: 'integer' },
			{ key: 'leaves', label: pick(lang, 'Tinh giản, nghỉ việc', 'Streamlining leaves'), kind: 'integer' },
			{ key: 'remaining', label: pick(lang, 'Còn dôi dư', 'Remaining surplus'), kind: 'integer' }
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
		caption: pick(lang, 'Phương án sử dụng trụ sở dôi dư', 'Use of the surplus offices'),
		sheetName: pick(lang, 'Trụ sở dôi dư', 'Surplus offices'),
		columns: [
			{ key: 'newUnit', label: pick(lang, 'Đơn vị mới', 'New unit'), kind: 'text' },
			{ key: 'office', label: pick(lang, 'Trụ sở của', 'Office of'), kind: 'text' },
			{ key: 'use', label: pick(lang, 'Phương án sử dụng', 'Planned use'), kind: 'text' },
			{ key: 'target', label: pick(lang, 'Thời hạn', 'Target date'), kind: 'date' }
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
		pick(
			lang,
			`Tổng số người dân phải chuyển đổi giấy tờ do thay đổi đơn vị hành chính: ${docInteger(r.total, lang)} người, trong đó ${docInteger(r.absorbedCommunes, lang)} người thuộc ${docInteger(r.absorbedCommuneCount, lang)} đơn vị cấp xã nhập vào đơn vị khác và ${docInteger(r.districtChange, lang)} người thuộc ${docInteger(r.districtChangeCommunes, lang)} đơn vị cấp xã thay đổi đơn vị cấp huyện.`,
			`Residents whose documents change: ${docInteger(r.total, lang)}, of whom ${docInteger(r.absorbedCommunes, lang)} in ${docInteger(r.absorbedCommuneCount, lang)} absorbed communes and ${docInteger(r.districtChange, lang)} in ${docInteger(r.districtChangeCommunes, lang)} communes whose district changes.`
		)
	];
	if (r.missingPopulation.length)
		paragraphs.push(
			pick(
				lang,
				`Chưa có số liệu dân số của ${r.missingPopulation.join(', ')} (tính bằng 0).`,
				`Population missing for ${r.missingPopulation.join(', ')} (counted as 0).`
			)
		);
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
			caption: pick(lang, 'Số người dân phải chuyển đổi giấy tờ theo đơn vị mới', 'Residents affected by new unit'),
			sheetName: pick(lang, 'Người dân', 'Residents'),
			columns: [
				{ key: 'name', label: pick(lang, 'Đơn vị mới', 'New unit'), kind: 'text' },
				{ key: 'retired', label: pick(lang, 'Mã không còn sử dụng', 'Codes retired'), kind: 'text' },
				{ key: 'residents', label: pick(lang, 'Số người (người)', 'Persons'), kind: 'integer' }
			],
			rows: newUnits.map((n) => ({
				name: n.name,
				retired: n.retiredCodes.join(', '),
				residents: n.residentsAffected
			})),
			total: { name: pick(lang, 'Tổng cộng (không trùng)', 'Total (distinct)'), retired: '', residents: r.total }
		}
	};
}

function necessity(input: DossierInput, rules: RuleSet): string[] {
	const { lang } = input;
	const province = bareProvinceName(input.dataset.provinceName);
	return [
		pick(
			lang,
			`Thực hiện ${rules.id === 'nq35-2023' ? 'Nghị quyết số 35/2023/UBTVQH15 của Ủy ban Thường vụ Quốc hội' : rules.title_vi}, việc sắp xếp các đơn vị hành chính cấp huyện, cấp xã chưa đạt tiêu chuẩn về diện tích tự nhiên và quy mô dân số nhằm tổ chức hợp lý đơn vị hành chính các cấp, phù hợp với điều kiện phát triển kinh tế - xã hội, gắn với sắp xếp tổ chức bộ máy, tinh giản biên chế, nâng cao hiệu lực, hiệu quả hoạt động của bộ máy chính quyền địa phương.`,
			`Under ${rules.id === 'nq35-2023' ? 'Resolution 35/2023/UBTVQH15' : rules.title_en}, units below the area and population standards are arranged to organise administrative units rationally, tied to restructuring the apparatus, reducing payroll and making local government more effective.`
		),
		pick(
			lang,
			`Phương án được xây dựng trên cơ sở số liệu về diện tích tự nhiên, quy mô dân số của từng đơn vị hành chính ${provinceKindVi(input.dataset.provinceName)} ${province}, bảo đảm thận trọng, chặt chẽ, phù hợp với điều kiện thực tiễn và tạo sự đồng thuận của Nhân dân.`,
			`The plan rests on the official area and population of each unit of ${province} province, and seeks care, consistency with local conditions and public consensus.`
		)
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
