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
import { ImportError, warning, type ImportWarning, type InputLocation } from './errors.ts';
import { decodeText } from './geojson.ts';
import {
	buildContent,
	checkGroups,
	GROUP_COLUMNS,
	type PlanExemption,
	type PlanFileContext,
	type PlanGroup
} from './plan-groups.ts';
import { both, tIn } from '../../i18n/catalogue.ts';

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
			new ImportError('csv_malformed', both('import.attributesCsv.malformedCsvMessage', { message: fatal.message }), {
				file,
				row: fatal.row != null ? fatal.row + 1 : undefined
			})
		]);
	}
	const [header, ...body] = parsed.data;
	if (!header || !body.length)
		throw new PlanCsvError([new ImportError('csv_empty', both('import.planParse.thePlanFileHasNo'), { file })]);
	const col = new Map<string, number>();
	header.forEach((h, i) => {
		const f = fold(h);
		const canonical = Object.keys(COLUMNS).find((c) => COLUMNS[c].includes(f));
		if (canonical) {
			if (!col.has(canonical)) col.set(canonical, i);
		} else if (f && !KNOWN_OTHER.has(f)) {
			warnings.push(
				warning('csv_unknown_column', both('import.attributesCsv.ignoredUnknownColumnH', { h }), {
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
					both('import.planParse.hasNoRequiredColumnColumns', { required, p1: header.join(', ') }),
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
			problem('plan_no_code', both('import.attributesCsv.theUnitCodeIsEmpty'), where('code'));
			return;
		}
		if (!/^\d+$/.test(code)) {
			problem('plan_bad_code', both('import.attributesCsv.codeCodeIsNotA', { code }), where('code'));
			return;
		}
		if (!byCode.has(code)) {
			// Excel turns "00123" into 123: try the GSO lengths (3 digits district, 5 digits commune).
			const candidates = [3, 5].map((n) => code.padStart(n, '0')).filter((c) => c !== code && byCode.has(c));
			const padded = candidates.length === 1 ? candidates[0] : null;
			if (candidates.length > 1) {
				problem(
					'plan_ambiguous_code',
					both('import.planParse.codeCodeLostItsLeading', {
						code,
						p1: candidates.join(' hoặc '),
						p2: candidates.join(' or ')
					}),
					where('code')
				);
				return;
			}
			if (padded) {
				warnings.push(
					warning('plan_code_padded', both('import.planParse.codeCodeReadAsPadded', { code, padded }), {
						file,
						...where('code')
					})
				);
				code = padded;
			} else {
				problem('plan_unknown_code', both('import.planParse.codeCodeIsNotIn', { code }), where('code'));
				return;
			}
		}
		const unit = byCode.get(code)!;
		const unitText = `${unit.name} (${code})`;

		if (!group) {
			const reasonCode = get('exemption_reason');
			if (!reasonCode) {
				problem('plan_no_group', both('import.planParse.theGroupIsEmptyGive'), where('group'));
				return;
			}
			if (reasonCodes.size && !reasonCodes.has(reasonCode)) {
				problem(
					'plan_bad_exemption_reason',
					both('import.planParse.reasonReasoncodeIsNotOne', { reasonCode, p1: [...reasonCodes].join(', ') }),
					where('exemption_reason')
				);
				return;
			}
			if (!get('justification')) {
				problem(
					'plan_no_justification',
					both('import.planParse.giveAJustificationForKeeping', { unitText }),
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
				both('import.planParse.unittextIsBothInGroup', { unitText, group }),
				where('exemption_reason')
			);
		}
		if (group.length > 64) {
			problem('plan_bad_group', both('import.planParse.theGroupIdIsLonger'), where('group'));
			return;
		}
		const first = placed.get(code);
		if (first) {
			if (first.group === group) {
				problem(
					'plan_duplicate_row',
					both('import.planParse.unittextIsAlreadyInGroup', { unitText, group, row: first.row }),
					where('code')
				);
			} else {
				problem(
					'plan_unit_in_two_groups',
					both('import.planParse.unittextIsAlreadyInGroup2', { unitText, group: first.group, row: first.row }),
					where('code')
				);
			}
			return;
		}
		let g = groups.get(group);
		if (!g) groups.set(group, (g = { rows: [], level: null, firstRow: row, fields: {} }));
		if (unit.level !== 'district' && unit.level !== 'commune') {
			problem('plan_bad_level', both('import.planParse.unittextIsNotADistrict', { unitText }), where('code'));
			return;
		}
		if (g.level && g.level !== unit.level) {
			const lv = (l: string, lang: 'vi' | 'en') =>
				l === 'district' ? tIn(lang, 'rules.textLabels.levelDistrict') : tIn(lang, 'rules.textLabels.levelCommune');
			problem(
				'plan_mixed_levels',
				both('import.planParse.unittextIsAP3Unit', {
					unitText,
					p1: lv(unit.level, 'vi'),
					group,
					p2: lv(g.level, 'vi'),
					firstRow: g.firstRow,
					p3: lv(unit.level, 'en'),
					p4: lv(g.level, 'en')
				}),
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
					problem('plan_bad_phase', both('import.planParse.phaseVIsNotValid', { v }), where(c));
					continue;
				}
				v = p;
			}
			const had = g.fields[c];
			if (had && had.value !== v) {
				problem(
					'plan_conflicting_value',
					both('import.planParse.groupGroupAlreadyHasP1', { group, p1: colName(c), value: had.value, row: had.row, v }),
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
				both('import.planParse.unitCodeIsKeptBut', { code: x.code, group: p.group, row: p.row }),
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
