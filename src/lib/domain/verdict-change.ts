/**
 * What an edit of a unit's figures changed in the verdicts: "Xã Đạ Oai: 2023–2025 → 2026–2030", with the reason
 * the rules now give. Compares the verdicts before and after (both from `evaluateUnits`).
 */
import { describeReason, statusLabel } from './rules/text.ts';
import type { UnitVerdict } from './rules/types.ts';
import type { Lang } from './messages.ts';
import { tIn } from '../i18n/catalogue.ts';

export interface VerdictChange {
	code: string;
	before: UnitVerdict;
	after: UnitVerdict;
}

/** Units whose status or phase differs between two verdict maps (codes present in both). */
export function verdictChanges(
	before: ReadonlyMap<string, UnitVerdict>,
	after: ReadonlyMap<string, UnitVerdict>
): VerdictChange[] {
	const out: VerdictChange[] = [];
	for (const [code, a] of after) {
		const b = before.get(code);
		if (b && (b.status !== a.status || b.phase !== a.phase)) out.push({ code, before: b, after: a });
	}
	return out;
}

/** A verdict in a few words: its phase when subject ("2023–2025"), else its status ("Không thuộc diện…"). */
export function verdictShort(v: UnitVerdict, lang: Lang): string {
	const phase = v.phase?.replace('-', '–');
	if (phase && v.status === 'exempt') return `${phase} (${tIn(lang, 'verdictChange.notRequiredToBeArranged')})`;
	return phase ?? statusLabel(v.status, lang);
}

/** The notice of one change: "Xã Đạ Oai: 2023–2025 → 2026–2030" and the reason (with its clause). */
export function verdictChangeNotice(c: VerdictChange, label: string, lang: Lang): { title: string; reason: string } {
	const r = c.after.reasons[0];
	return {
		title: `${label}: ${verdictShort(c.before, lang)} → ${verdictShort(c.after, lang)}`,
		reason: r ? describeReason(r, lang, { withClause: true }) : ''
	};
}
