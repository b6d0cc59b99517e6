import { bi, type Bilingual } from '../../domain/messages.ts';

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
	if (w.row != null) parts.push(lang === 'vi' ? `dòng ${w.row}` : `row ${w.row}`);
	if (w.column) parts.push(lang === 'vi' ? `cột "${w.column}"` : `column "${w.column}"`);
	if (w.feature != null) parts.push(lang === 'vi' ? `đối tượng thứ ${w.feature + 1}` : `feature ${w.feature + 1}`);
	if (w.unit) parts.push(lang === 'vi' ? `đơn vị ${w.unit}` : `unit ${w.unit}`);
	return parts.length ? parts.join(', ') + ': ' : '';
}

export { bi };
