/**
 * Reading a rule value typed by an administrator on the standards page: persons and km² as
 * numbers (Vietnamese separators allowed), ratios as percentages, flags as yes/no, dates as ISO.
 */
import type { ValueUnit } from './rules/types.ts';

/** Parse the text typed for a value of this unit; null when it cannot be read. */
export function parseRuleValueInput(text: string, unit: ValueUnit): number | boolean | string | null {
	const t = text.trim();
	if (unit === 'flag') {
		if (['1', 'true', 'có', 'co', 'yes', 'on'].includes(t.toLowerCase())) return true;
		if (['0', 'false', 'không', 'khong', 'no', 'off'].includes(t.toLowerCase())) return false;
		return null;
	}
	if (unit === 'date') {
		const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
		if (m) return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
		return /^\d{4}-\d{2}-\d{2}$/.test(t) ? t : null;
	}
	let s = t.replace(/\s|%/g, '');
	if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
	else s = s.replace(',', '.');
	if (!/^\d+(\.\d+)?$/.test(s)) return null;
	const n = Number(s);
	return unit === 'ratio' ? n / 100 : n;
}
