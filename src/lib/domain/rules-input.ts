/**
 * Reading a rule value typed by an administrator on the standards page: persons and km² as
 * numbers (Vietnamese separators allowed), ratios as percentages, flags as yes/no, dates as ISO.
 */
import type { ValueUnit } from './rules/types.ts';
import { parseDateInput, parseNumberInput } from './number-input.ts';

/** Parse the text typed for a value of this unit; null when it cannot be read. */
export function parseRuleValueInput(text: string, unit: ValueUnit): number | boolean | string | null {
	const t = text.trim();
	if (unit === 'flag') {
		if (['1', 'true', 'có', 'co', 'yes', 'on'].includes(t.toLowerCase())) return true;
		if (['0', 'false', 'không', 'khong', 'no', 'off'].includes(t.toLowerCase())) return false;
		return null;
	}
	// One reader of numbers and dates for every form (number-input.ts): "3.512", "23,27", dd/mm/yyyy.
	if (unit === 'date') {
		const d = parseDateInput(t);
		return d.ok ? d.value : null;
	}
	const r = parseNumberInput(t.replace(/%/g, ''));
	if (!r.ok || r.value == null || r.value < 0) return null;
	return unit === 'ratio' ? r.value / 100 : r.value;
}
