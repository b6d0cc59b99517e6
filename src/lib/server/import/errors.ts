import { bi, type Bilingual } from '../../domain/messages.ts';
import { tIn } from '../../i18n/catalogue.ts';

/** Where in the input a problem is: file, row (1-based, CSV data row counting the header as row 1), column, feature, unit. */
export interface InputLocation {
	file?: string;
	row?: number;
	column?: string;
	feature?: number; // 0-based index in the FeatureCollection
	unit?: string; // unit code
}

/** An input problem that stops the import. Nothing is written when it is thrown. */
export class ImportError extends Error {
	readonly where: InputLocation;
	readonly messages: Bilingual;
	readonly code: string;
	constructor(code: string, messages: Bilingual, where: InputLocation = {}) {
		super(`${formatWhere(where, 'en')}${messages.en}`);
		this.name = 'ImportError';
		this.code = code;
		this.messages = messages;
		this.where = where;
	}
	/** The message with its location, in a language. */
	describe(lang: 'vi' | 'en' = 'vi'): string {
		return `${formatWhere(this.where, lang)}${this.messages[lang]}`;
	}
}

/** A problem that was repaired or is worth knowing; the import goes on. */
export interface ImportWarning {
	code: string;
	where: InputLocation;
	message_vi: string;
	message_en: string;
}

export function warning(code: string, m: Bilingual, where: InputLocation = {}): ImportWarning {
	return {
		code,
		where,
		message_vi: `${formatWhere(where, 'vi')}${m.vi}`,
		message_en: `${formatWhere(where, 'en')}${m.en}`
	};
}

/** "communes.geojson, feature 12 (unit 25180): " */
export function formatWhere(w: InputLocation, lang: 'vi' | 'en'): string {
	const parts: string[] = [];
	if (w.file) parts.push(w.file);
	if (w.row != null) parts.push(tIn(lang, 'import.errors.rowRow', { row: w.row }));
	if (w.column) parts.push(tIn(lang, 'import.errors.columnColumn', { column: w.column }));
	if (w.feature != null) parts.push(tIn(lang, 'import.errors.featureP1', { p1: w.feature + 1 }));
	if (w.unit) parts.push(tIn(lang, 'import.errors.unitUnit', { unit: w.unit }));
	return parts.length ? parts.join(', ') + ': ' : '';
}

export { bi };
