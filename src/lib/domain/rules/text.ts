/**
 * Words for what the rules engine returns as data: reasons, citations, statuses, phases, criteria, roles.
 * Vietnamese (with diacritics) is the default; English is available. No rule is decided here.
 * The labels live in text-labels.ts, the sentences of reasons in text-unit.ts and text-merger.ts.
 */
import type { Lang } from '../format';
import type { Reason } from './types';
import { formatCitation } from './text-labels';
import { MERGER_TEMPLATES } from './text-merger';
import { UNIT_TEMPLATES } from './text-unit';
import type { Template } from './text-util';

export type { Lang };
export * from './text-labels';

const TEMPLATES: Record<string, Template> = { ...UNIT_TEMPLATES, ...MERGER_TEMPLATES };

/** True when describeReason has a sentence for this code. */
export function hasReasonText(code: string): boolean {
	return Object.prototype.hasOwnProperty.call(TEMPLATES, code);
}

/** A reason as a sentence in the given language (the clause, when present, is appended in parentheses). */
export function describeReason(reason: Reason, lang: Lang, opts: { withClause?: boolean } = {}): string {
	const t = TEMPLATES[reason.code];
	const text = t ? t(reason.params ?? {}, lang) : `${reason.code} ${JSON.stringify(reason.params ?? {})}`;
	if (opts.withClause === false || !reason.clause) return text;
	// The amending resolution is left out here to keep one level of parentheses; formatCitation shows it in full.
	return `${text} (${formatCitation(reason.clause, lang, { withAmendment: false })})`;
}
