/**
 * Merger plans from spreadsheets, and back: one row per member unit, `group,code` plus optional group columns.
 *
 *   group,code,new_name,seat_code,phase,kept_code,exemption_reason,justification
 *   D1,681,Huyện Đạ Huoai,682,2023-2025,681,,
 *   D1,682,,,,,,
 *   D1,683,,,,,,
 *   X1,25111,,,2023-2025,,,
 *   X1,25108,,,,,,
 *   ,25183,,,,,special_factors,"why the plan keeps it"
 *
 * - Codes are text: leading zeros are kept (papaparse without type conversion). A code Excel stripped of its
 *   leading zeros is recognised when padding it to 3 or 5 digits gives a unit, with a warning.
 * - Group columns (new_name, seat_code, phase, kept_code, kind, kind_reason, notes) may be written on any row of the
 *   group, once or repeated with the same value; two different values are an error.
 * - A row with an empty group and an `exemption_reason` (NQ 35 Art. 3.1 code) + `justification` records a unit the
 *   plan keeps.
 * - Every problem is reported with file, row (header = row 1) and column; nothing is written when there is one.
 */
import Papa from 'papaparse';
import {
	SCENARIO_PHASES,
	scenarioCatalog,
	type ScenarioCatalog,
	type ScenarioContent,
	type ScenarioPhase
} from '../../domain/scenario/model.ts';
import { foldVietnamese } from '../../domain/units.ts';
import type { UnitView } from '../../domain/units.ts';
import type { Bilingual } from '../../domain/messages.ts';
import { unescapeFormula } from '../export/csv.ts';
import { bi, ImportError, warning, type ImportWarning, type InputLocation } from './errors.ts';
import { decodeText } from './geojson.ts';
import {
	buildContent,
	checkGroups,
	GROUP_COLUMNS,
	type PlanExemption,
	type PlanFileContext,
	type PlanGroup
} from './plan-groups.ts';

/** A plan file with at least one problem. `problems` holds all of them; the error itself is the first. */
export class PlanCsvError extends ImportError {
	readonly problems: ImportError[];
	constructor(problems: ImportError[]) {
		const first = problems[0];
		super(first.code, first.messages, first.where);
		this.name = 'PlanCsvError';
		this.problems = problems;
	}
	/** Every problem, one per line, in a language. */
	describeAll(lang: 'vi' | 'en' = 'vi'): string {
		return this.problems.map((p) => p.describe(lang)).join('\n');
	}
}

/** Columns read, with their accepted aliases (folded: no diacritics, lower case, spaces → _). */
const COLUMNS: Record<string, string[]> = {
	group: ['group', 'group_id', 'nhom', 'ma_nhom'],
	code: ['code', 'unit_code', 'ma', 'ma_dvhc'],
	new_name: ['new_name', 'ten_moi', 'ten_don_vi_moi'],
	seat_code: ['seat_code', 'seat', 'tru_so', 'ma_tru_so'],
	phase: ['phase', 'giai_doan'],
	kept_code: ['kept_code', 'ma_giu_lai'],
	kind: ['kind', 'new_kind', 'loai_moi'],
	kind_reason: ['kind_reason', 'ly_do_loai'],
	notes: ['notes', 'ghi_chu'],
	exemption_reason: ['exemption_reason', 'ly_do_khong_sap_xep'],
	justification: ['justification', 'can_cu', 'giai_trinh']
};
/** Columns the export writes for people to read; ignored on import. */
const KNOWN_OTHER = new Set(['name', 'ten', 'level', 'cap', 'current_kind', 'loai']);

const fold = (s: string) => foldVietnamese(s).replace(/\s+/g, '_');

/** "2023-2025", "2023–2025", "Giai đoạn 2023 - 2025" → '2023-2025'; null when not a known phase. */
export function parsePhase(raw: string): ScenarioPhase | null {
	const m = /(\d{4})\D+(\d{4})/.exec(raw);
	const p = m ? `${m[1]}-${m[2]}` : raw.trim();
	return SCENARIO_PHASES.includes(p as ScenarioPhase) ? (p as ScenarioPhase) : null;
}

/**
 * Parse a plan CSV against a dataset's units into a scenario content. Throws PlanCsvError with every problem
 * (file, row, column); returns warnings for what was repaired.
 */
export function parsePlanCsv(
	file: string,
	data: Uint8Array | string,
	units: readonly Pick<UnitView, 'code' | 'name' | 'level' | 'kind' | 'parentCode'>[],
	exemptionReasons: readonly { code: string }[]
): { content: ScenarioContent; warnings: ImportWarning[] } {
	const problems: ImportError[] = [];
	const warnings: ImportWarning[] = [];
	const problem = (code: string, m: Bilingual, where: InputLocation) =>
		problems.push(new ImportError(code, m, { file, ...where }));
	let text: string;
	try {
		text = decodeText(file, data);
	} catch (e) {
		throw e instanceof ImportError ? new PlanCsvError([e]) : e;
	}
	const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t'] });
	const fatal = parsed.errors.find((e) => e.type === 'Quotes');
	if (fatal) {
		throw new PlanCsvError([
			new ImportError(
				'csv_malformed',
				bi(`CSV sai cấu trúc (${fatal.message}).`, `malformed CSV (${fatal.message}).`),
				{ file, row: fatal.row != null ? fatal.row + 1 : undefined }
			)
		]);
	}
	const [header, ...body] = parsed.data;
	if (!header || !body.length)
		throw new PlanCsvError([
			new ImportError('csv_empty', bi('tệp phương án không có dòng nào.', 'the plan file has no rows.'), { file })
		]);
	const col = new Map<string, number>();
	header.forEach((h, i) => {
		const f = fold(h);
		const canonical = Object.keys(COLUMNS).find((c) => COLUMNS[c].includes(f));
		if (canonical) {
			if (!col.has(canonical)) col.set(canonical, i);
		} else if (f && !KNOWN_OTHER.has(f)) {
			warnings.push(
				warning('csv_unknown_column', bi(`bỏ qua cột không dùng "${h}".`, `ignored unknown column "${h}".`), {
					file,
					column: h
				})
			);
		}
	});
	for (const required of ['group', 'code']) {
		if (!col.has(required)) {
			problems.push(
				new ImportError(
					'plan_missing_column',
					bi(
						`thiếu cột "${required}". Các cột đọc được: ${header.join(', ')}.`,
						`has no "${required}" column. Columns found: ${header.join(', ')}.`
					),
					{ file, row: 1 }
				)
			);
		}
	}
	if (problems.length) throw new PlanCsvError(problems);
	const colName = (c: string) => header[col.get(c)!] ?? c;

	const byCode = new Map(units.map((u) => [u.code, u]));
	const reasonCodes = new Set(exemptionReasons.map((r) => r.code));
	const catalog: ScenarioCatalog = scenarioCatalog(units as Parameters<typeof scenarioCatalog>[0], exemptionReasons);

	// Pass 1: rows → groups, with per-row checks.
	const groups = new Map<string, PlanGroup>();
	const placed = new Map<string, { group: string; row: number }>(); // unit code → where it was first placed
	const exemptions: PlanExemption[] = [];

	body.forEach((cells, i) => {
		const row = i + 2;
		const get = (c: string): string => {
			const idx = col.get(c);
			// A cell our own export escaped ("'=…", see toCsv) reads back as it was written.
			return idx == null ? '' : unescapeFormula(String(cells[idx] ?? '').trim());
		};
		const where = (c: string): InputLocation => ({ row, column: colName(c) });
		const group = get('group');
		let code = get('code');
		if (!code) {
			problem('plan_no_code', bi('ô mã đơn vị để trống.', 'the unit code is empty.'), where('code'));
			return;
		}
		if (!/^\d+$/.test(code)) {
			problem(
				'plan_bad_code',
				bi(`mã "${code}" không phải dãy chữ số.`, `code "${code}" is not a string of digits.`),
				where('code')
			);
			return;
		}
		if (!byCode.has(code)) {
			// Excel turns "00123" into 123: try the GSO lengths (3 digits district, 5 digits commune).
			const candidates = [3, 5].map((n) => code.padStart(n, '0')).filter((c) => c !== code && byCode.has(c));
			const padded = candidates.length === 1 ? candidates[0] : null;
			if (candidates.length > 1) {
				problem(
					'plan_ambiguous_code',
					bi(
						`mã "${code}" thiếu số 0 ở đầu và có thể là ${candidates.join(' hoặc ')}: ghi đủ mã.`,
						`code "${code}" lost its leading zeros and could be ${candidates.join(' or ')}: write the full code.`
					),
					where('code')
				);
				return;
			}
			if (padded) {
				warnings.push(
					warning(
						'plan_code_padded',
						bi(
							`mã "${code}" được hiểu là ${padded} (thêm số 0 ở đầu).`,
							`code "${code}" read as ${padded} (leading zeros added).`
						),
						{ file, ...where('code') }
					)
				);
				code = padded;
			} else {
				problem(
					'plan_unknown_code',
					bi(
						`mã ${code} không có trong bộ dữ liệu. Kiểm tra mã (giữ số 0 ở đầu).`,
						`code ${code} is not in the dataset. Check the code (keep leading zeros).`
					),
					where('code')
				);
				return;
			}
		}
		const unit = byCode.get(code)!;
		const unitText = `${unit.name} (${code})`;

		if (!group) {
			const reasonCode = get('exemption_reason');
			if (!reasonCode) {
				problem(
					'plan_no_group',
					bi(
						'ô nhóm để trống: ghi mã nhóm, hoặc ghi lý do không sắp xếp (exemption_reason) cho đơn vị được giữ nguyên.',
						'the group is empty: give a group, or an exemption_reason for a unit the plan keeps.'
					),
					where('group')
				);
				return;
			}
			if (reasonCodes.size && !reasonCodes.has(reasonCode)) {
				problem(
					'plan_bad_exemption_reason',
					bi(
						`lý do "${reasonCode}" không thuộc khoản 1 Điều 3 Nghị quyết số 35/2023/UBTVQH15 (${[...reasonCodes].join(', ')}).`,
						`reason "${reasonCode}" is not one of NQ 35/2023 Art. 3.1 (${[...reasonCodes].join(', ')}).`
					),
					where('exemption_reason')
				);
				return;
			}
			if (!get('justification')) {
				problem(
					'plan_no_justification',
					bi(`cần ghi căn cứ, lý do giữ nguyên ${unitText}.`, `give a justification for keeping ${unitText}.`),
					col.has('justification') ? where('justification') : where('exemption_reason')
				);
				return;
			}
			exemptions.push({ code, reasonCode, justification: get('justification'), row });
			return;
		}
		if (get('exemption_reason')) {
			problem(
				'plan_exemption_in_group',
				bi(
					`${unitText} vừa được xếp vào nhóm "${group}" vừa có lý do không sắp xếp.`,
					`${unitText} is both in group "${group}" and given an exemption reason.`
				),
				where('exemption_reason')
			);
		}
		if (group.length > 64) {
			problem(
				'plan_bad_group',
				bi('mã nhóm dài quá 64 ký tự.', 'the group id is longer than 64 characters.'),
				where('group')
			);
			return;
		}
		const first = placed.get(code);
		if (first) {
			if (first.group === group) {
				problem(
					'plan_duplicate_row',
					bi(
						`${unitText} đã có trong nhóm "${group}" ở dòng ${first.row}.`,
						`${unitText} is already in group "${group}" on row ${first.row}.`
					),
					where('code')
				);
			} else {
				problem(
					'plan_unit_in_two_groups',
					bi(
						`${unitText} đã thuộc nhóm "${first.group}" ở dòng ${first.row}: một đơn vị chỉ được ở một nhóm.`,
						`${unitText} is already in group "${first.group}" on row ${first.row}: a unit can be in one group only.`
					),
					where('code')
				);
			}
			return;
		}
		let g = groups.get(group);
		if (!g) groups.set(group, (g = { rows: [], level: null, firstRow: row, fields: {} }));
		if (unit.level !== 'district' && unit.level !== 'commune') {
			problem(
				'plan_bad_level',
				bi(
					`${unitText} không phải đơn vị cấp huyện hoặc cấp xã.`,
					`${unitText} is not a district- or commune-level unit.`
				),
				where('code')
			);
			return;
		}
		if (g.level && g.level !== unit.level) {
			const lv = (l: string, lang: 'vi' | 'en') =>
				l === 'district'
					? lang === 'vi'
						? 'cấp huyện'
						: 'district level'
					: lang === 'vi'
						? 'cấp xã'
						: 'commune level';
			problem(
				'plan_mixed_levels',
				bi(
					`${unitText} là đơn vị ${lv(unit.level, 'vi')}, nhóm "${group}" gồm các đơn vị ${lv(g.level, 'vi')} (từ dòng ${g.firstRow}): các đơn vị nhập phải cùng cấp.`,
					`${unitText} is a ${lv(unit.level, 'en')} unit and group "${group}" holds ${lv(g.level, 'en')} units (from row ${g.firstRow}): merged units must be of the same level.`
				),
				where('code')
			);
			return;
		}
		g.level ??= unit.level;
		placed.set(code, { group, row });
		g.rows.push({ row, group, code });
		for (const c of GROUP_COLUMNS) {
			let v = get(c);
			if (!v) continue;
			if (c === 'phase') {
				const p = parsePhase(v);
				if (!p) {
					problem(
						'plan_bad_phase',
						bi(
							`giai đoạn "${v}" không hợp lệ: ghi 2023-2025 hoặc 2026-2030.`,
							`phase "${v}" is not valid: write 2023-2025 or 2026-2030.`
						),
						where(c)
					);
					continue;
				}
				v = p;
			}
			const had = g.fields[c];
			if (had && had.value !== v) {
				problem(
					'plan_conflicting_value',
					bi(
						`nhóm "${group}" đã có ${colName(c)} = "${had.value}" ở dòng ${had.row}, dòng này ghi "${v}".`,
						`group "${group}" already has ${colName(c)} = "${had.value}" on row ${had.row}; this row says "${v}".`
					),
					where(c)
				);
				continue;
			}
			if (!had) g.fields[c] = { value: v, row };
		}
	});

	// Exempted units may not also be merged.
	for (const x of exemptions) {
		const p = placed.get(x.code);
		if (p) {
			problem(
				'plan_exemption_in_group',
				bi(
					`đơn vị ${x.code} được giữ nguyên nhưng đã thuộc nhóm "${p.group}" ở dòng ${p.row}.`,
					`unit ${x.code} is kept but is also in group "${p.group}" on row ${p.row}.`
				),
				{ row: x.row, column: colName('code') }
			);
		}
	}

	// Pass 2: group columns that need the whole group; then the content.
	const ctx: PlanFileContext = { file, colName, problems, warnings };
	checkGroups(groups, ctx);
	if (problems.length) throw new PlanCsvError(problems);
	const content = buildContent(groups, exemptions, catalog, ctx);
	if (problems.length) throw new PlanCsvError(problems);
	return { content, warnings };
}
