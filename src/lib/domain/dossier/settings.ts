/**
 * Page format of the exported scheme (Decree 30/2020/NĐ-CP on administrative documents, Appendix I): A4, Times New
 * Roman, margins top 20–25, bottom 20–25, left 30–35, right 15–20 mm, body text 13–14 pt. The values below are the
 * remembered defaults and are not checked against the decree's text here: each is a RuleValue with
 * `verified: false`, listed on the standards page (value set "dossier-format") where an administrator corrects it.
 */
import type { Citation, OverrideNote, RuleOverride, RuleValue, RuleValueRow } from '../rules/types.ts';
import { ruleValueRow } from '../rules/values.ts';

/** Id under which the administrators' corrections are stored (rule_overrides.rule_set_id). */
export const DOSSIER_FORMAT_SETTINGS_ID = 'dossier-format';

const D30: Citation = { document: 'NĐ 30/2020/NĐ-CP', article: '' };

export interface DossierFormatSettings {
	/** Margins in millimetres. */
	marginTopMm: RuleValue;
	marginBottomMm: RuleValue;
	marginLeftMm: RuleValue;
	marginRightMm: RuleValue;
	/** Font sizes in points: body text, tables, the header block. */
	bodyPt: RuleValue;
	tablePt: RuleValue;
	overrideNotes?: OverrideNote[];
}

type Key = Exclude<keyof DossierFormatSettings, 'overrideNotes'>;

/** [key, value, min, max, label vi, label en] */
const ROWS: [Key, string, number, number, number, string, string][] = [
	['marginTopMm', 'dossier.margin.top_mm', 20, 10, 50, 'Lề trên của văn bản (mm)', 'Top margin (mm)'],
	['marginBottomMm', 'dossier.margin.bottom_mm', 20, 10, 50, 'Lề dưới của văn bản (mm)', 'Bottom margin (mm)'],
	['marginLeftMm', 'dossier.margin.left_mm', 30, 10, 50, 'Lề trái của văn bản (mm)', 'Left margin (mm)'],
	['marginRightMm', 'dossier.margin.right_mm', 15, 10, 50, 'Lề phải của văn bản (mm)', 'Right margin (mm)'],
	['bodyPt', 'dossier.font.body_pt', 14, 10, 16, 'Cỡ chữ phần nội dung (pt)', 'Body font size (pt)'],
	['tablePt', 'dossier.font.table_pt', 12, 8, 14, 'Cỡ chữ trong bảng (pt)', 'Table font size (pt)']
];

function build(): DossierFormatSettings {
	const out = {} as DossierFormatSettings;
	for (const [field, key, value, , , vi, en] of ROWS)
		out[field] = { key, value, unit: 'count', citation: D30, verified: false, label_vi: vi, label_en: en };
	return out;
}

/** The defaults (to verify against Decree 30/2020). */
export const DOSSIER_FORMAT_SETTINGS: DossierFormatSettings = build();

/** The settings with the administrators' corrections; a correction out of range or not a number is noted and skipped. */
export function applyDossierFormatOverrides(overrides: readonly RuleOverride[]): DossierFormatSettings {
	const out = build();
	const notes: OverrideNote[] = [];
	for (const o of overrides) {
		const row = ROWS.find((r) => r[1] === o.key);
		if (!row) {
			notes.push({ key: o.key, problem: 'unknown_key' });
			continue;
		}
		if (typeof o.value !== 'number') {
			notes.push({ key: o.key, problem: 'wrong_type' });
			continue;
		}
		if (!Number.isFinite(o.value) || o.value < row[3] || o.value > row[4]) {
			notes.push({ key: o.key, problem: 'invalid_value' });
			continue;
		}
		const v = out[row[0]];
		out[row[0]] = { ...v, value: o.value, overridden: true, original: v.value };
	}
	if (notes.length) out.overrideNotes = notes;
	return out;
}

/** The rows of the standards page. */
export function listDossierFormatValues(settings: DossierFormatSettings = DOSSIER_FORMAT_SETTINGS): RuleValueRow[] {
	return ROWS.map(([field]) => ruleValueRow(settings[field]));
}
