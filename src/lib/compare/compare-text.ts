/** The words of the compare page: a metric's value as a cell reads, and how a group differs between scenarios. */
import { fmtNum } from '../components/format.ts';
import type { Bilingual, Lang } from '../domain/messages.ts';
import type { GroupDiffEntry, GroupField, MetricRow } from '../domain/scenario/compare.ts';
import { formatVnd } from '../domain/staffing/text/labels.ts';
import { msg } from '../i18n.svelte.ts';
import { both, tIn } from '../i18n/catalogue.ts';

/** Scenario letters A, B, C, D: the groups' table and the maps' titles name scenarios by them. */
export const LETTERS = ['A', 'B', 'C', 'D'];

/** One value of the metrics table: "chưa có số liệu", Đạt/Chưa đạt, "before → after", money or a number. */
export function metricCell(row: MetricRow, v: MetricRow['values'][number], lang: Lang): string {
	if (v == null) return tIn(lang, 'text.labels.noFigure');
	if (row.format === 'yesno') return v ? msg('staffingTotals.met') : msg('staffingTotals.missed');
	if (Array.isArray(v)) return `${fmtNum(v[0])} → ${fmtNum(v[1])}`;
	if (row.format === 'vnd') return formatVnd(v as number, lang);
	return fmtNum(v as number);
}

const FIELD: Record<GroupField, Bilingual> = {
	name: both('compareText.name'),
	seat: both('compareText.seat'),
	phase: both('compareText.phase')
};

/** How a member set differs across the scenarios: only in some, same members with another name/seat/phase, alike. */
export function groupKindText(e: Pick<GroupDiffEntry, 'kind' | 'sides' | 'differs'>): string {
	if (e.kind === 'some') {
		const has = e.sides.flatMap((s, i) => (s ? [LETTERS[i]] : []));
		return msg('compare.onlyInP1', { p1: has.join(', ') });
	}
	if (e.kind === 'differs')
		return msg('compare.sameMembersAnotherP2', {
			p1: e.differs.map((f) => FIELD[f].vi).join(', '),
			p2: e.differs.map((f) => FIELD[f].en).join(', ')
		});
	return msg('compare.alike');
}
