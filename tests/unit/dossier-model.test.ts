/**
 * The dossier model (domain.md §7) on the hand-made 3×3 province (tests/fixtures/scenario.ts): the title block, the
 * legal basis of NQ 35/2023, the current-state table of the units subject in 2023–2025 with their clauses
 * (NQ 35 Art. 1.2), one section per new unit with the figures of the scenario evaluation, the kept unit with its
 * Art. 3.1 reason, the staffing of scenarioStaffing, the residents affected, and the document number/date formats.
 */
import { describe, expect, it } from 'vitest';
import { buildDossier, type DossierInput } from '../../src/lib/domain/dossier';
import { docArea, docAreaKm2, docDate, docDateLong, docInteger, formatCell } from '../../src/lib/domain/dossier/format';
import { NQ35_2023 } from '../../src/lib/domain/rules';
import {
	emptyContent,
	evaluateScenarioOn,
	newGroup,
	scenarioBasis,
	scenarioCatalog,
	setExemption,
	type ScenarioContent
} from '../../src/lib/domain/scenario';
import { defaultScenarioStaffingInputs, scenarioStaffing } from '../../src/lib/domain/staffing/scenario';
import { ADJACENCY, CTX, UNITS } from '../fixtures/scenario';

const rules = NQ35_2023;
const catalog = scenarioCatalog(UNITS, rules.exemptionReasons);
const basis = scenarioBasis(UNITS, CTX, rules, ADJACENCY);

function content(): ScenarioContent {
	let c = emptyContent();
	c = newGroup(c, catalog, { id: 'd1', level: 'district', members: ['001', '002'] });
	c = newGroup(c, catalog, { id: 'g1', members: ['00001', '00004'], seatCode: '00004' });
	c = newGroup(c, catalog, { id: 'g2', members: ['00002', '00005', '00008'] });
	c = setExemption(c, catalog, {
		code: '00003',
		reasonCode: 'isolated_location',
		justification: 'Cách trung tâm huyện 40 km đường đèo'
	});
	return c;
}

function input(lang: 'vi' | 'en' = 'vi'): DossierInput {
	const evaluation = evaluateScenarioOn(content(), basis);
	const staffing = scenarioStaffing(evaluation, basis, defaultScenarioStaffingInputs('2024-11-15'), { g1: '00004' });
	return {
		lang,
		today: '2024-12-01',
		dataset: {
			id: 7,
			name: 'Tỉnh Thử 2022',
			provinceCode: '99',
			provinceName: 'Tỉnh Thử',
			referenceDate: '2022-12-31'
		},
		scenario: { id: 3, name: 'Phương án 1', description: null, version: 4, status: 'draft', ruleSetId: rules.id },
		evaluation,
		basis,
		staffing
	};
}

describe('document formats (Decree 30/2020 practice: 12.345; 1.448,48 km²; ngày 01 tháng 12 năm 2024)', () => {
	it('writes numbers, areas and dates as Vietnamese documents do, and English on request', () => {
		expect(docInteger(12345, 'vi')).toBe('12.345');
		expect(docInteger(1234567, 'en')).toBe('1,234,567');
		expect(docArea(1448.48, 'vi')).toBe('1.448,48');
		expect(docAreaKm2(1448.48, 'vi')).toBe('1.448,48 km²');
		expect(docAreaKm2(null, 'vi')).toBe('—');
		expect(docDateLong('2024-12-01', 'vi')).toBe('ngày 01 tháng 12 năm 2024');
		expect(docDateLong('2024-12-01', 'en')).toBe('1 December 2024');
		expect(docDate('2022-12-31', 'vi')).toBe('31/12/2022');
		expect(formatCell('percent', 0.69999, 'vi')).toBe('69,99%');
		expect(formatCell('code', '00001', 'vi')).toBe('00001');
		expect(formatCell('integer', null, 'vi')).toBe('—');
	});
});

describe('the dossier model of a scenario', () => {
	const d = buildDossier(input());

	it('title block: national motto, issuing body, number placeholder, place and date, title of the scheme', () => {
		expect(d.title.nationalMotto).toEqual({
			country: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
			motto: 'Độc lập - Tự do - Hạnh phúc'
		});
		expect(d.title.issuer).toBe('ỦY BAN NHÂN DÂN TỈNH THỬ');
		expect(d.title.numberLine).toMatch(/^Số:\s+\/ĐA-UBND$/);
		expect(d.title.placeDateLine).toBe('Thử, ngày 01 tháng 12 năm 2024');
		expect(d.title.documentKind).toBe('ĐỀ ÁN');
		expect(d.title.documentTitle).toBe('Sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023–2025 của tỉnh Thử');
		expect(d.title).toMatchObject({ version: 4, statusLabel: 'dự thảo', referenceDateText: '31/12/2022' });
	});

	it('legal basis of NQ 35/2023 lists the resolution, the standards (NQ 1211 as amended) and Decree 33', () => {
		const docs = d.legalBasis.map((l) => l.document);
		expect(docs).toEqual(expect.arrayContaining(['NQ 35/2023/UBTVQH15', 'NQ 1211/2016/UBTVQH13', 'NĐ 33/2023/NĐ-CP']));
		expect(d.legalBasis.find((l) => l.document === 'NQ 35/2023/UBTVQH15')).toMatchObject({ verified: true });
		expect(d.legalBasis.find((l) => l.document === 'NQ 1211/2016/UBTVQH13')?.text).toContain('27/2022/UBTVQH15');
	});

	it('current state (NQ 35 Art. 1.2): the units subject in 2023–2025 with kind, figures, ratios, phase and clause', () => {
		expect(d.currentState.units.map((u) => u.code)).toEqual(['001', '002', '00001', '00002', '00003']);
		const a1 = d.currentState.units.find((u) => u.code === '00001')!;
		expect(a1).toMatchObject({ kindLabel: 'Xã', areaKm2: 10, population: 3000, phase: '2023-2025', groupId: 'g1' });
		expect(a1.areaRatio).toBeCloseTo(10 / 30, 12);
		expect(a1.clauseText).toBe('Điểm a khoản 2 Điều 1 Nghị quyết số 35/2023/UBTVQH15');
		expect(a1.label).toBe('Xã A1 — Huyện A');
		const c1 = d.currentState.units.find((u) => u.code === '00003')!;
		expect(c1.treatmentText).toBe(
			'Không bắt buộc sắp xếp: Có vị trí biệt lập, khó khăn trong việc tổ chức giao thông kết nối'
		);
		// B2 is subject only in 2026–2030: not in a 2023–2025 scheme's table.
		expect(d.currentState.units.some((u) => u.code === '00005')).toBe(false);
		expect(d.currentState.table.rows).toHaveLength(5);
		expect(d.currentState.table.rows[2]).toMatchObject({ code: '00001', population: 3000, phase: '2023–2025' });
	});

	it('the plan: one section per new unit with the evaluation’s figures, verdict and clause of the standard', () => {
		const ev = input().evaluation;
		expect(d.plan.newUnits.map((n) => n.groupId)).toEqual(['d1', 'g1', 'g2']);
		const g1 = d.plan.newUnits.find((n) => n.groupId === 'g1')!;
		const e1 = ev.groups.find((g) => g.id === 'g1')!;
		expect(g1).toMatchObject({
			index: 1,
			level: 'commune',
			name: 'Xã A2',
			population: 12_000,
			areaKm2: 35,
			meets: 'both',
			code: e1.keptCode,
			seatCode: '00004',
			verdictText: 'Đạt tiêu chuẩn diện tích tự nhiên và quy mô dân số',
			justificationText: ''
		});
		expect(g1.populationRatio).toBe(e1.ratios.population);
		expect(g1.clauseText).toBe(
			'Điều 3 Nghị quyết số 1211/2016/UBTVQH13 (được sửa đổi, bổ sung bởi Nghị quyết số 27/2022/UBTVQH15)'
		);
		expect(g1.planText).toContain('quy mô dân số 12.000 người');
		expect(g1.seatText).toContain('Xã A2');
		expect(g1.members.map((m) => [m.code, m.role])).toEqual([
			['00001', 'mandatory'],
			['00004', 'adjacent_partner']
		]);
		expect(g1.members[0].clauseText).toBe('Điểm a khoản 2 Điều 1 Nghị quyết số 35/2023/UBTVQH15');
		expect(d.plan.table.rows.find((r) => r.name === 'Xã A2')).toMatchObject({ population: 12_000, area: 35 });
		expect(d.plan.table.rows.map((r) => r.level)).toEqual(['Cấp huyện', 'Cấp xã', 'Cấp xã']);
		expect(d.plan.membersTable.rows).toHaveLength(7);
	});

	it('a new unit short of a standard carries the recognised justification (domain.md §5) with its reason', () => {
		const d1 = d.plan.newUnits.find((n) => n.groupId === 'd1')!;
		// Huyện A + B: 550 km² ≥ 450 but 110,000 < 120,000 persons.
		expect(d1.meets).toBe('area');
		expect(d1.verdictText).toBe('Đạt tiêu chuẩn diện tích tự nhiên, chưa đạt tiêu chuẩn quy mô dân số');
		expect(d1.justificationText).toMatch(/^(Lý do|Chưa)/);
	});

	it('units kept: the subject unit with its NQ 35 Art. 3.1 reason, clause and justification', () => {
		expect(d.plan.kept).toEqual([
			expect.objectContaining({
				code: '00003',
				reasonCode: 'isolated_location',
				clauseText: 'Điểm a khoản 1 Điều 3 Nghị quyết số 35/2023/UBTVQH15',
				justification: 'Cách trung tâm huyện 40 km đường đèo',
				source: 'scenario'
			})
		]);
		expect(d.plan.left).toEqual([]);
		expect(d.plan.unitCount.after).toEqual({ district: 2, commune: 6 });
		expect(d.plan.summaryText).toContain('2 đơn vị hành chính cấp huyện (giảm 1 đơn vị)');
	});

	it('staffing: the totals and per-unit rows are scenarioStaffing’s, the plan table its year-by-year plan', () => {
		const s = input().staffing!;
		expect(d.staffing?.totals.surplus).toBe(s.totals.surplus);
		expect(d.staffing?.table.total).toMatchObject({ before: s.totals.staffBefore, after: s.totals.quotaAfter });
		expect(d.staffing?.table.rows).toHaveLength(s.groups.length);
		expect(d.staffing?.planTable.rows).toHaveLength(s.totals.plan.length);
		expect(d.staffing?.effectiveDate).toBe('2024-12-01');
		// Assumptions for missing inputs are a note of their own, each once, without the tool's-method citation.
		expect(d.staffing?.assumptions.length).toBeGreaterThan(0);
		expect(new Set(d.staffing?.assumptions).size).toBe(d.staffing?.assumptions.length);
		expect(d.staffing?.assumptions.some((a) => a.includes('không phải quy định pháp luật)'))).toBe(false);
	});

	it('residents whose unit changes: the evaluation’s count, per new unit and in total', () => {
		const r = input().evaluation.residentsAffected;
		expect(d.residents.total).toBe(r.total);
		expect(d.residents.paragraphs[0]).toContain(docInteger(r.total, 'vi'));
		expect(d.residents.table.total).toMatchObject({ residents: r.total });
	});

	it('consultation stays undefined until results are entered, and is carried when given', () => {
		expect(d.consultation).toBeUndefined();
		expect(d.labels.consultationMissing).toMatch(/^Chưa nhập kết quả lấy ý kiến/);
		const c = {
			units: [
				{
					code: '00001',
					name: 'Xã A1',
					voters: 2000,
					agreeing: 1500,
					ratePercent: 75,
					date: '2024-08-01',
					below50: false
				}
			],
			resolutions: []
		};
		expect(buildDossier({ ...input(), consultation: c }).consultation).toEqual(c);
	});

	it('speaks English on request', () => {
		const en = buildDossier(input('en'));
		expect(en.title.documentKind).toBe('SCHEME');
		expect(en.plan.newUnits[1].verdictText).toBe('Meets both the area and the population standards');
		expect(en.currentState.units[2].clauseText).toBe('Art. 1(2)(a), Resolution 35/2023/UBTVQH15');
		expect(en.title.dateText).toBe('1 December 2024');
		expect(en.plan.table.rows.map((r) => r.level)).toEqual(['District', 'Commune', 'Commune']);
	});
});
