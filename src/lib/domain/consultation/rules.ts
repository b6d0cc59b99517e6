/**
 * The consultation rule as data (domain.md §7): the voters' agreement rate of each affected unit must EXCEED 50%
 * (exactly 50% is not enough). The share is a RuleValue with its citation. The article and clause of NQ 35/2023 that
 * state it could not be confirmed against the full text here, so the value carries `verified: false` and the
 * citation names the document only; the consultation itself is organised under khoản 2 Điều 131 of the Law on the
 * Organisation of Local Government 2015 as guided by Decree 54/2018/NĐ-CP (amended by Decree 66/2023/NĐ-CP).
 */
import { type Bilingual } from '../messages.ts';
import { formatNumber, formatPercent, type Lang } from '../format.ts';
import { formatCitation } from '../rules/text-labels.ts';
import { rv } from '../rules/values.ts';
import type { Citation, RuleValue } from '../rules/types.ts';
import type { ConsultationVote } from './types.ts';
import { both, tIn } from '../../i18n/catalogue.ts';

/** The clause that requires more than half of the voters to agree (document known, article to verify). */
export const AGREEMENT_CITATION: Citation = { document: 'NQ 35/2023/UBTVQH15', article: '' };
/** How the consultation is organised (Law on the Organisation of Local Government 2015, as guided by Decree 54/2018). */
export const CONSULTATION_PROCEDURE: Citation = {
	document: 'Luật Tổ chức chính quyền địa phương 2015',
	article: '131',
	clause: '2'
};

export interface ConsultationRules {
	/** The agreement rate must be strictly above this share of the voters (0.5 = 50%). */
	minAgreeShare: RuleValue;
}

export const CONSULTATION_RULES: ConsultationRules = {
	minAgreeShare: rv(
		'consultation.minAgreeShare',
		0.5,
		'ratio',
		AGREEMENT_CITATION,
		'Tỷ lệ cử tri đồng ý phải trên mức này',
		'The share of voters agreeing must exceed this',
		false
	)
};

/** Agreeing ÷ voters (0..1), or null when either is missing or there are no voters. */
export function agreementRate(v: Pick<ConsultationVote, 'voters' | 'agreeing'>): number | null {
	if (v.voters == null || v.agreeing == null || v.voters <= 0) return null;
	return v.agreeing / v.voters;
}

/** The verdict on one unit's consultation. */
export interface ConsultationVerdict {
	/** complete = both counts entered; agreed = the rate exceeds the threshold. */
	status: 'missing' | 'incomplete' | 'agreed' | 'not_agreed';
	rate: number | null;
	threshold: number;
	citation: Citation;
	verified: boolean;
	message: Bilingual;
}

/** The clause as printed, with a note that its article is still to verify while the citation is unconfirmed. */
export function agreementClauseText(lang: Lang, rules: ConsultationRules = CONSULTATION_RULES): string {
	const c = formatCitation(rules.minAgreeShare.citation, lang);
	if (rules.minAgreeShare.verified) return c;
	return tIn(lang, 'consultation.rules.cArticleToVerify', { c });
}

/**
 * Judge one unit's consultation: the rate must be strictly above the threshold (NQ 35, "trên 50%"). `vote` undefined
 * = nothing entered.
 */
export function consultationVerdict(
	vote: Pick<ConsultationVote, 'voters' | 'agreeing'> | undefined,
	rules: ConsultationRules = CONSULTATION_RULES
): ConsultationVerdict {
	const threshold = rules.minAgreeShare.value;
	const base = { threshold, citation: rules.minAgreeShare.citation, verified: rules.minAgreeShare.verified };
	const pct = (lang: Lang) => formatPercent(threshold, lang, 0);
	if (!vote || (vote.voters == null && vote.agreeing == null))
		return {
			...base,
			status: 'missing',
			rate: null,
			message: both('consultation.rules.noConsultationResultEntered')
		};
	const rate = agreementRate(vote);
	if (rate == null)
		return {
			...base,
			status: 'incomplete',
			rate: null,
			message: both('consultation.rules.incompleteBothTheNumberOf')
		};
	const clause = (lang: Lang) => agreementClauseText(lang, rules);
	const counts = (lang: Lang) =>
		`${formatNumber(vote.agreeing, lang)}/${formatNumber(vote.voters, lang)} ${tIn(lang, 'consultation.rules.voters')}`;
	// The rate, the counts, the threshold and the clause, in each language: the same figures whichever way it goes.
	const figures = {
		p1: formatPercent(rate, 'vi'),
		p2: counts('vi'),
		p3: pct('vi'),
		p4: clause('vi'),
		p5: formatPercent(rate, 'en'),
		p6: counts('en'),
		p7: pct('en'),
		p8: clause('en')
	};
	if (rate > threshold)
		return { ...base, status: 'agreed', rate, message: both('consultation.rules.p5OfVotersAgreeP6', figures) };
	return { ...base, status: 'not_agreed', rate, message: both('consultation.rules.onlyP5OfVotersAgree', figures) };
}
