/**
 * The consultation domain (issue 12 item 1; domain.md §7): the agreement rate must EXCEED 50% (exactly 50% fails),
 * with its clause; the affected units are the members of the merger groups; inputs are refused with messages naming
 * the row and the unit; a CSV is all or nothing.
 */
import { describe, expect, it } from 'vitest';
import {
	affectedUnits,
	agreementRate,
	consultationRows,
	consultationVerdict,
	councilsWithoutResolution,
	expectedCouncils,
	parseVoteCell,
	readVoteCsv,
	summarizeConsultation,
	validateResolution,
	validateVoteEdits,
	type UnitLike
} from '../../src/lib/domain/consultation';

const units: UnitLike[] = [
	{ code: '001', name: 'Huyện Một', level: 'district', kind: 'huyen', parentCode: '68', population: 90000 },
	{ code: '002', name: 'Huyện Hai', level: 'district', kind: 'huyen', parentCode: '68', population: 60000 },
	{ code: '00010', name: 'Đạ Tẻh', level: 'commune', kind: 'xa', parentCode: '001', population: 4000 },
	{ code: '00011', name: 'An Nhơn', level: 'commune', kind: 'xa', parentCode: '001', population: 3000 },
	{ code: '00012', name: 'Mỹ Đức', level: 'commune', kind: 'xa', parentCode: '001', population: 5000 },
	{ code: '00020', name: 'Lộc Thành', level: 'commune', kind: 'xa', parentCode: '002', population: 2000 }
];
const groups = [
	{ id: 'g1', level: 'commune' as const, members: ['00010', '00011'] },
	{ id: 'g2', level: 'commune' as const, members: ['00020'] } // one member: merges nothing
];
const affected = affectedUnits(groups, units, { g1: 'Đạ Tẻh' });

describe('NQ 35: the voters agreeing must exceed 50% (strictly)', () => {
	it('rate = agreeing / voters; 50% exactly is not enough, 50% + 1 voter is', () => {
		expect(agreementRate({ voters: 1000, agreeing: 731 })).toBeCloseTo(0.731, 10);
		expect(consultationVerdict({ voters: 1000, agreeing: 500 }).status).toBe('not_agreed');
		expect(consultationVerdict({ voters: 1000, agreeing: 501 }).status).toBe('agreed');
		expect(consultationVerdict({ voters: 1000, agreeing: 120 }).status).toBe('not_agreed');
	});

	it('a flagged unit names the clause, with its rate and counts in Vietnamese format', () => {
		const v = consultationVerdict({ voters: 12345, agreeing: 6000 });
		expect(v.citation.document).toBe('NQ 35/2023/UBTVQH15');
		expect(v.message.vi).toContain('48,6%');
		expect(v.message.vi).toContain('6.000/12.345 cử tri');
		expect(v.message.vi).toContain('Nghị quyết số 35/2023/UBTVQH15');
		expect(v.message.vi).toContain('không trên 50%');
	});

	it('nothing entered and half entered are not verdicts', () => {
		expect(consultationVerdict(undefined).status).toBe('missing');
		expect(consultationVerdict({ voters: 100, agreeing: null }).status).toBe('incomplete');
	});
});

describe('affected units and expected councils', () => {
	it('members of groups of two or more, with their district and new unit; a one-member group merges nothing', () => {
		expect(affected.map((a) => a.code)).toEqual(['00010', '00011']);
		expect(affected[0]).toMatchObject({ parentName: 'Huyện Một', groupName: 'Đạ Tẻh', level: 'commune' });
	});

	it('a council per affected commune, per district concerned, and the province', () => {
		expect(expectedCouncils(affected, units)).toEqual([
			{ level: 'commune', unitCode: '00010', name: 'Đạ Tẻh' },
			{ level: 'commune', unitCode: '00011', name: 'An Nhơn' },
			{ level: 'district', unitCode: '001', name: 'Huyện Một' },
			{ level: 'province', unitCode: null, name: null }
		]);
	});

	it('the overview line counts entered units and those not above 50%', () => {
		const rows = consultationRows(affected, [
			{ unitCode: '00010', voters: 1000, agreeing: 800, date: null, note: null },
			{ unitCode: '00011', voters: 1000, agreeing: 500, date: null, note: null }
		]);
		const s = summarizeConsultation(rows, expectedCouncils(affected, units), []);
		expect(s).toMatchObject({ entered: 2, notAgreed: 1, voters: 2000, agreeing: 1300 });
		expect(s.text.vi).toBe('Lấy ý kiến: 2/2 đơn vị đã nhập, 1 đơn vị không đạt trên 50%; nghị quyết HĐND: 0/4.');
	});

	it('the councils still missing a resolution are the expected ones without one (the province has no unit code)', () => {
		const expected = expectedCouncils(affected, units);
		const passed = [
			{ level: 'province' as const, unitCode: null },
			{ level: 'commune' as const, unitCode: '00011' }
		];
		expect(councilsWithoutResolution(expected, passed)).toEqual([
			{ level: 'commune', unitCode: '00010', name: 'Đạ Tẻh' },
			{ level: 'district', unitCode: '001', name: 'Huyện Một' }
		]);
		const rows = consultationRows(affected, []);
		expect(
			summarizeConsultation(
				rows,
				expected,
				passed.map((r, i) => ({
					...r,
					id: String(i),
					number: '1/NQ-HĐND',
					date: '2024-08-01',
					votesFor: 1,
					votesAgainst: 0,
					votesAbstaining: 0,
					note: null
				}))
			).councilsWithResolution
		).toBe(2);
	});
});

describe('input checks name the row and the unit', () => {
	it('pasted counts with thousands separators are read; decimals, negatives and bad dates are refused', () => {
		expect(parseVoteCell('voters', '12.345')).toEqual({ ok: true, value: 12345 });
		expect(parseVoteCell('voters', '12 345')).toEqual({ ok: true, value: 12345 });
		expect(parseVoteCell('agreeing', '12,5').ok).toBe(false);
		expect(parseVoteCell('agreeing', '-3').ok).toBe(false);
		expect(parseVoteCell('date', '31/02/2024').ok).toBe(false);
		expect(parseVoteCell('date', '05/04/2024')).toEqual({ ok: true, value: '2024-04-05' });
	});

	it('more agreeing than voters, a unit outside the groups and a duplicate are refused, each with row and unit', () => {
		const stored = new Map();
		const r = validateVoteEdits(
			{
				rows: [
					{ code: '00010', patch: { voters: 100, agreeing: 101 } },
					{ code: '00012', patch: { voters: 100 } },
					{ code: '00011', patch: { voters: 100 } },
					{ code: '00011', patch: { agreeing: 1 } }
				]
			},
			affected,
			stored
		);
		expect(r.votes).toEqual([]);
		expect(r.problems.map((p) => p.message.vi)).toEqual([
			'Dòng 1, Đạ Tẻh (00010): số cử tri đồng ý (101) nhiều hơn tổng số cử tri (100).',
			'Dòng 2, 00012: đơn vị này không thuộc nhóm sắp xếp nào của phương án.',
			'Dòng 4, An Nhơn (00011): mã xuất hiện hai lần (dòng 3).'
		]);
	});

	it('a patch is applied on the stored vote: agreeing alone is checked against the stored voters', () => {
		const stored = new Map([['00010', { unitCode: '00010', voters: 100, agreeing: null, date: null, note: null }]]);
		expect(
			validateVoteEdits({ rows: [{ code: '00010', patch: { agreeing: 150 } }] }, affected, stored).problems
		).toHaveLength(1);
		expect(validateVoteEdits({ rows: [{ code: '00010', patch: { agreeing: 60 } }] }, affected, stored).votes).toEqual([
			{ unitCode: '00010', voters: 100, agreeing: 60, date: null, note: null }
		]);
	});

	it('a council resolution needs its level, an affected unit, number, date and whole vote counts', () => {
		const known = (level: string, code: string) => level === 'commune' && code === '00010';
		const bad = validateResolution(
			{ level: 'commune', unitCode: '00099', number: '', date: '32/1/2024', votesFor: -1 },
			known
		);
		expect(bad.resolution).toBeNull();
		expect(bad.problems.map((p) => p.field)).toEqual([
			'unitCode',
			'number',
			'date',
			'votesFor',
			'votesAgainst',
			'votesAbstaining'
		]);
		const ok = validateResolution(
			{
				level: 'province',
				number: '15/NQ-HĐND',
				date: '20/08/2024',
				votesFor: 48,
				votesAgainst: 0,
				votesAbstaining: 1
			},
			known
		);
		expect(ok.resolution).toMatchObject({ level: 'province', unitCode: null, date: '2024-08-20', votesFor: 48 });
	});
});

describe('CSV import: UTF-8 text, all or nothing, errors naming the line and the unit', () => {
	it('Vietnamese headings, semicolons, a BOM, and a code whose leading zeros Excel dropped', () => {
		const csv =
			'\uFEFFMã ĐVHC;Tên;Tổng số cử tri;Số cử tri đồng ý;Ngày lấy ý kiến\n10;Đạ Tẻh;1.234;1.000;05/04/2024\n00011;An Nhơn;900;600;\n';
		const r = readVoteCsv(csv, affected);
		expect(r.problems).toEqual([]);
		expect(r.columns).toEqual(['voters', 'agreeing', 'date']);
		expect(r.votes).toEqual([
			{ unitCode: '00010', voters: 1234, agreeing: 1000, date: '2024-04-05', note: null },
			{ unitCode: '00011', voters: 900, agreeing: 600, date: null, note: null }
		]);
	});

	it('one bad row refuses the whole file; every problem is listed with its line', () => {
		const csv = 'code,voters,agreeing\n00010,100,90\n00011,100,abc\n99999,5,1\n00010,1,1\n';
		const r = readVoteCsv(csv, affected);
		expect(r.votes).toEqual([]);
		expect(r.problems.map((p) => p.row)).toEqual([3, 4, 5]);
		expect(r.problems[0].message.vi).toMatch(/^Dòng 3, An Nhơn \(00011\): cột "agreeing": "abc" không phải số\.$/);
		expect(r.problems[1].message.vi).toContain('mã 99999 không phải đơn vị thuộc nhóm sắp xếp');
		expect(r.problems[2].message.vi).toContain('đã có ở dòng 2');
	});

	it('a missing column is named', () => {
		const r = readVoteCsv('code,voters\n00010,100\n', affected);
		expect(r.problems[0].message.vi).toContain('thiếu cột số cử tri đồng ý (agreeing)');
	});
});
