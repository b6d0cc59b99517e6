/**
 * Reading numbers and dates a person types. Vietnamese formats first ("3.512" = three thousand five hundred and
 * twelve, "23,27" = twenty-three point two seven, "1.448,48"), English ones too ("1,448.48"); dates as dd/mm/yyyy.
 * An unreadable value gets a message that says what is expected.
 */
import { type Bilingual, type Lang } from './messages.ts';
import { both } from '../i18n/catalogue.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: Bilingual };

/**
 * Read a number: "3.512" → 3512, "23,27" → 23.27, "1.448,48" → 1448.48, "1,448.48" → 1448.48, "" → null.
 * An ambiguous "3.512" or "3,512" is read in the reader's language (`lang`, Vietnamese by default).
 */
export function parseNumberInput(text: string, lang: Lang = 'vi'): Parsed<number | null> {
	const t = text.trim().replace(/[\s\u00a0]/g, '');
	if (!t) return { ok: true, value: null };
	// Vietnamese: dots group thousands, a comma starts the decimals.
	const vi = (): string | null =>
		/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)
			? t.replace(/\./g, '').replace(',', '.')
			: /^-?\d+,\d+$/.test(t)
				? t.replace(',', '.')
				: null;
	// English: commas group thousands, a dot starts the decimals.
	const en = (): string | null =>
		/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t) ? t.replace(/,/g, '') : /^-?\d+\.\d+$/.test(t) ? t : null;
	const norm = /^-?\d+$/.test(t) ? t : lang === 'en' ? (en() ?? vi()) : (vi() ?? en());
	if (norm == null || !Number.isFinite(Number(norm)))
		return {
			ok: false,
			message: both('numberInput.p1IsNotANumber', { p1: text.trim() })
		};
	return { ok: true, value: Number(norm) };
}

/** Read a date typed as dd/mm/yyyy (or d/m/yyyy, or ISO yyyy-mm-dd) into ISO yyyy-mm-dd; "" → null. */
export function parseDateInput(text: string): Parsed<string | null> {
	const t = text.trim();
	if (!t) return { ok: true, value: null };
	let y: number, m: number, d: number;
	const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
	const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
	if (vn) [d, m, y] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
	else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
	else return { ok: false, message: DATE_EXPECTED(t) };
	const probe = new Date(Date.UTC(y, m - 1, d));
	if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d)
		return { ok: false, message: DATE_EXPECTED(t) };
	return { ok: true, value: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

const DATE_EXPECTED = (t: string) => both('numberInput.tIsNotADate', { t });
