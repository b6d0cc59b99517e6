/**
 * The consultation at a glance (the scenario overview and the dossier): how many affected units have a result, how
 * many fall at or below the threshold, which councils have passed a resolution.
 */
import { bi, type Bilingual } from '../messages.ts';
import { CONSULTATION_RULES, consultationVerdict, type ConsultationRules, type ConsultationVerdict } from './rules.ts';
import type { ExpectedCouncil } from './affected.ts';
import type { AffectedUnit, ConsultationVote, CouncilResolution } from './types.ts';
import { both } from '../../i18n/catalogue.ts';

export interface ConsultationRow {
	unit: AffectedUnit;
	vote: ConsultationVote | null;
	verdict: ConsultationVerdict;
}

export interface ConsultationSummary {
	affected: number;
	/** Units with both counts entered. */
	entered: number;
	/** Units whose rate does not exceed the threshold. */
	notAgreed: number;
	/** Total voters and agreeing over the units entered (persons). */
	voters: number;
	agreeing: number;
	councilsExpected: number;
	/** Expected councils with a resolution recorded. */
	councilsWithResolution: number;
	/** One line, e.g. "Lấy ý kiến: 12/15 đơn vị đã nhập, 1 đơn vị dưới 50%". */
	text: Bilingual;
}

/** Rows of the affected units with their votes and verdicts. */
export function consultationRows(
	affected: readonly AffectedUnit[],
	votes: readonly ConsultationVote[],
	rules: ConsultationRules = CONSULTATION_RULES
): ConsultationRow[] {
	const byCode = new Map(votes.map((v) => [v.unitCode, v]));
	return affected.map((unit) => {
		const vote = byCode.get(unit.code) ?? null;
		return { unit, vote, verdict: consultationVerdict(vote ?? undefined, rules) };
	});
}

/** The expected councils that have no resolution recorded yet, in the order expected. */
export function councilsWithoutResolution<C extends ExpectedCouncil>(
	expected: readonly C[],
	resolutions: readonly Pick<CouncilResolution, 'level' | 'unitCode'>[]
): C[] {
	const key = (c: { level: string; unitCode?: string | null }) => `${c.level}:${c.unitCode ?? ''}`;
	const has = new Set(resolutions.map(key));
	return expected.filter((c) => !has.has(key(c)));
}

/** The summary of a scenario's consultation. */
export function summarizeConsultation(
	rows: readonly ConsultationRow[],
	expected: readonly ExpectedCouncil[],
	resolutions: readonly CouncilResolution[],
	rules: ConsultationRules = CONSULTATION_RULES
): ConsultationSummary {
	const complete = rows.filter((r) => r.verdict.status === 'agreed' || r.verdict.status === 'not_agreed');
	const notAgreed = complete.filter((r) => r.verdict.status === 'not_agreed').length;
	const councilsWithResolution = expected.length - councilsWithoutResolution(expected, resolutions).length;
	const pct = Math.round(rules.minAgreeShare.value * 100);
	const n = rows.length;
	const below = notAgreed ? both('consultation.summary.notagreedNotAbovePct', { notAgreed, pct }) : bi('', '');
	return {
		affected: n,
		entered: complete.length,
		notAgreed,
		voters: complete.reduce((s, r) => s + (r.vote?.voters ?? 0), 0),
		agreeing: complete.reduce((s, r) => s + (r.vote?.agreeing ?? 0), 0),
		councilsExpected: expected.length,
		councilsWithResolution,
		text: both('consultation.summary.consultationCompletelengthNUnitsEntered', {
			completeLength: complete.length,
			n,
			vi: below.vi,
			councilsWithResolution,
			expectedLength: expected.length,
			en: below.en
		})
	};
}
