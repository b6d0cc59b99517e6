/**
 * A rule or staffing value as the screens show it, by its unit (69,3%; 1.448,48 km²; 2.340.000 đồng; 12 biên chế),
 * in the user's language: the standards page and the staffing tab's list of administrators' corrections share it.
 */
import { percentText } from '../domain/rules/text.ts';
import type { RuleValueRow } from '../domain/rules/types.ts';
import type { StaffingValueUnit } from '../domain/staffing/index.ts';
import { formatVnd } from '../domain/staffing/text.ts';
import { i18n, msg } from '../i18n.svelte.ts';
import { fmtNum, formatDate } from './format.ts';
import type { MessageKey } from '../i18n/catalogue.ts';

const UNIT_WORDS: Record<string, MessageKey> = {
	posts: 'settingValue.posts',
	points: 'settingValue.points',
	months: 'staffingGroupCard.months',
	years: 'settingValue.years',
	months_salary: 'settingValue.monthsOfSalary'
};

export function settingValueText(v: RuleValueRow['value'], unit: RuleValueRow['unit'] | StaffingValueUnit): string {
	if (unit === 'ratio') return percentText(v as number, i18n.lang);
	if (unit === 'flag') return v ? msg('settingValue.yes') : msg('settingValue.no');
	if (unit === 'date') return formatDate(v as string);
	if (unit === 'km2') return `${fmtNum(v as number, 2)} km²`;
	if (unit === 'persons') return `${fmtNum(v as number)} ${msg('groupPanel.people')}`;
	if (unit === 'vnd') return formatVnd(v as number, i18n.lang);
	const n = fmtNum(v as number, Number.isInteger(v) ? 0 : 2);
	return UNIT_WORDS[unit] ? `${n} ${msg(UNIT_WORDS[unit])}` : n;
}
