/** Part II of the scheme: the units subject to arrangement in the scheme's phases, with their treatment. */
import type { Lang } from '../format.ts';
import { criterionLabel, exemptionReasonLabel, phaseLabel } from '../rules/text-labels.ts';
import type { PhaseId, RuleSet, UnitVerdict } from '../rules/types.ts';
import type { GroupEvaluation } from '../scenario/evaluation.ts';
import { unitLabel } from '../unit-label.ts';
import type { UnitView } from '../units.ts';
import { docDate, docInteger, pick } from './format.ts';
import { bareProvinceName, capitalise, cite, kindLabel, provinceKindVi, type DossierInput } from './input.ts';
import { measureCells, measureColumns } from './tables.ts';
import type { Dossier, DossierSubjectUnit, DossierTable } from './types.ts';

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
			...measureCells(u),
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
