/**
 * Plans from spreadsheets (parsePlanCsv is pure: it reads a file against a list of units) and back (planToCsv).
 * Every bad input names file, row and column.
 */
import { describe, expect, it } from 'vitest';
import { parsePlanCsv, PlanCsvError, planToCsv, parsePhase } from '../../src/lib/server/import/plan-csv';
import { NQ35_2023 } from '../../src/lib/domain/rules';
import { UNITS } from '../fixtures/scenario';

const reasons = NQ35_2023.exemptionReasons;
const parse = (text: string) => parsePlanCsv('plan.csv', text, UNITS, reasons);

function problemsOf(text: string): { code: string; row?: number; column?: string; vi: string; en: string }[] {
	try {
		parse(text);
	} catch (e) {
		if (e instanceof PlanCsvError)
			return e.problems.map((p) => ({
				code: p.code,
				row: p.where.row,
				column: p.where.column,
				vi: p.describe('vi'),
				en: p.describe('en')
			}));
		throw e;
	}
	throw new Error('expected a PlanCsvError');
}

describe('reading a plan', () => {
	it('groups rows, keeps leading zeros, reads group columns from any row; BOM and CRLF are fine', () => {
		const { content, warnings } = parse(
			'\ufeffgroup,code,new_name,seat_code,phase,kept_code\r\n' +
				'A,00001,,,,\r\n' +
				'A,00004,Xã Hòa Bình,00004,2023–2025,00001\r\n' +
				'H,001,,,giai đoạn 2023-2025,\r\nH,002,,,,\r\n'
		);
		expect(warnings).toEqual([]);
		expect(content.groups).toEqual([
			{
				id: 'A',
				level: 'commune',
				members: ['00001', '00004'],
				name: 'Xã Hòa Bình',
				kind: null,
				kindReason: null,
				keptCode: '00001',
				seatCode: '00004',
				phase: '2023-2025',
				notes: '',
				locked: false
			},
			{
				id: 'H',
				level: 'district',
				members: ['001', '002'],
				name: null,
				kind: null,
				kindReason: null,
				keptCode: null,
				seatCode: null,
				phase: '2023-2025',
				notes: '',
				locked: false
			}
		]);
	});
	it('semicolons, Vietnamese headers, exemption rows', () => {
		const { content } = parse(
			'nhom;ma;ly_do_khong_sap_xep;can_cu\nA;00001;;\nA;00004;;\n;00003;isolated_location;Cù lao giữa sông\n'
		);
		expect(content.groups[0].members).toEqual(['00001', '00004']);
		expect(content.exemptions).toEqual([
			{ code: '00003', reasonCode: 'isolated_location', justification: 'Cù lao giữa sông' }
		]);
	});
	it('a code Excel stripped of its leading zeros is recovered, with a warning', () => {
		const { content, warnings } = parse('group,code,seat_code\nA,4,7\nA,7,\n');
		expect(content.groups[0]).toMatchObject({ members: ['00004', '00007'], seatCode: '00007' });
		expect(warnings.map((w) => w.code)).toEqual(['plan_code_padded', 'plan_code_padded']);
		expect(warnings[0].message_vi).toContain('plan.csv, dòng 2, cột "code"');
		// "1" could be district 001 or commune 00001: an error, never a guess
		expect(problemsOf('group,code\nA,1\nA,00004\n')[0]).toMatchObject({
			code: 'plan_ambiguous_code',
			row: 2,
			column: 'code'
		});
	});
	it('a one-unit group is a warning, not an error; unknown columns are warnings', () => {
		const { warnings } = parse('group,code,colour\nA,00001,red\n');
		expect(warnings.map((w) => w.code).sort()).toEqual(['csv_unknown_column', 'plan_single_member']);
	});
	it('parsePhase accepts the usual spellings only', () => {
		expect(['2023-2025', '2023 – 2025', 'Giai đoạn 2026-2030'].map(parsePhase)).toEqual([
			'2023-2025',
			'2023-2025',
			'2026-2030'
		]);
		expect(parsePhase('2025')).toBeNull();
		expect(parsePhase('2024-2026')).toBeNull();
	});
});

describe('every bad input is reported with file, row and column', () => {
	const cases: [string, string, { code: string; row?: number; column?: string; vi?: string }[]][] = [
		[
			'unknown code',
			'group,code\nA,00001\nA,77777\n',
			[{ code: 'plan_unknown_code', row: 3, column: 'code', vi: 'mã 77777 không có trong bộ dữ liệu' }]
		],
		[
			'a unit in two groups',
			'group,code\nA,00001\nA,00004\nB,00004\nB,00007\n',
			[{ code: 'plan_unit_in_two_groups', row: 4, column: 'code', vi: 'đã thuộc nhóm "A" ở dòng 3' }]
		],
		[
			'the same unit twice in a group',
			'group,code\nA,00001\nA,00001\n',
			[{ code: 'plan_duplicate_row', row: 3, column: 'code' }]
		],
		[
			'mixed levels in one group',
			'group,code\nA,00001\nA,001\n',
			[{ code: 'plan_mixed_levels', row: 3, column: 'code', vi: 'các đơn vị nhập phải cùng cấp' }]
		],
		[
			'seat not a member',
			'group,code,seat_code\nA,00001,00009\nA,00004,\n',
			[
				{
					code: 'plan_seat_not_member',
					row: 2,
					column: 'seat_code',
					vi: 'trụ sở 00009 không phải một đơn vị của nhóm "A"'
				}
			]
		],
		[
			'kept code not a member',
			'group,code,kept_code\nA,00001,00002\nA,00004,\n',
			[{ code: 'plan_kept_not_member', row: 2, column: 'kept_code' }]
		],
		[
			'bad phase',
			'group,code,phase\nA,00001,2025\nA,00004,\n',
			[{ code: 'plan_bad_phase', row: 2, column: 'phase', vi: 'giai đoạn "2025" không hợp lệ' }]
		],
		[
			'two values for one group column',
			'group,code,new_name\nA,00001,Xã Một\nA,00004,Xã Hai\n',
			[{ code: 'plan_conflicting_value', row: 3, column: 'new_name' }]
		],
		['a code that is not digits', 'group,code\nA,00001\nA,X04\n', [{ code: 'plan_bad_code', row: 3, column: 'code' }]],
		['an empty code', 'group,code\nA,00001\nA,\n', [{ code: 'plan_no_code', row: 3, column: 'code' }]],
		['no group and no exemption reason', 'group,code\n,00001\n', [{ code: 'plan_no_group', row: 2, column: 'group' }]],
		[
			'an unknown exemption reason',
			'group,code,exemption_reason,justification\n,00003,far_away,x\n',
			[{ code: 'plan_bad_exemption_reason', row: 2, column: 'exemption_reason' }]
		],
		[
			'an exemption without justification',
			'group,code,exemption_reason\n,00003,isolated_location\n',
			[{ code: 'plan_no_justification', row: 2, column: 'exemption_reason' }]
		],
		[
			'a unit both kept and merged',
			'group,code,exemption_reason,justification\nA,00001,,\nA,00004,,\n,00001,isolated_location,x\n',
			[{ code: 'plan_exemption_in_group', row: 4, column: 'code' }]
		],
		[
			'a kind of the wrong level',
			'group,code,kind,kind_reason\nA,00001,huyen,x\nA,00004,,\n',
			[{ code: 'plan_bad_kind', row: 2, column: 'kind' }]
		],
		[
			'a kind override without reason',
			'group,code,kind\nA,00001,phuong\nA,00004,\n',
			[{ code: 'plan_kind_reason_required', row: 2, column: 'kind' }]
		],
		['no code column', 'group,ma_don_vi\nA,00001\n', [{ code: 'plan_missing_column', row: 1 }]],
		['an empty file', 'group,code\n', [{ code: 'csv_empty' }]]
	];
	for (const [what, text, expected] of cases) {
		it(what, () => {
			const got = problemsOf(text);
			expect(got).toHaveLength(expected.length);
			expected.forEach((e, i) => {
				expect(got[i]).toMatchObject({
					code: e.code,
					...(e.row != null ? { row: e.row } : {}),
					...(e.column ? { column: e.column } : {})
				});
				expect(got[i].vi).toMatch(/^plan\.csv/);
				if (e.vi) expect(got[i].vi).toContain(e.vi);
				expect(got[i].en).not.toBe(got[i].vi);
			});
		});
	}
	it('all problems of a file are reported at once, in row order', () => {
		const got = problemsOf('group,code,phase\nA,00001,2019\nA,77777,\nB,00001,\nB,001,\n');
		expect(got.map((p) => [p.code, p.row])).toEqual([
			['plan_bad_phase', 2],
			['plan_unknown_code', 3],
			['plan_unit_in_two_groups', 4]
		]);
	});
});

describe('writing a plan back', () => {
	it('UTF-8 with BOM, every field quoted, and it reads back to the same content', () => {
		const text =
			'group,code,new_name,seat_code,phase,kept_code,kind,kind_reason,notes,exemption_reason,justification\nA,00004,Xã Mới,00001,2023-2025,00001,phuong,"Quy hoạch đô thị, đã duyệt",ghi chú,,\nA,00001,,,,,,,,,\nH,001,,,,,,,,,\nH,002,,,,,,,,,\n,00003,,,,,,,,isolated_location,Cù lao\n';
		const { content } = parse(text);
		const csv = planToCsv(content, UNITS);
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv).toContain(
			'"A","00004","Xã A2","commune","Xã Mới","00001","2023-2025","00001","phuong","Quy hoạch đô thị, đã duyệt","ghi chú","",""'
		);
		expect(csv).toContain('"","00003","Xã C1","commune"');
		expect(parse(csv).content).toEqual(content);
	});
});
