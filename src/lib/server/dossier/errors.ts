/**
 * A dossier export that cannot be made as asked: an unknown format or level, a format not built yet, a level the
 * dataset does not have. Bilingual; `status` is the HTTP status the download endpoint answers with.
 */
export type DossierExportErrorCode = 'unknown_format' | 'not_available' | 'bad_level' | 'no_district_level';

const STATUS: Record<DossierExportErrorCode, number> = {
	unknown_format: 404,
	not_available: 501,
	bad_level: 400,
	no_district_level: 422
};

export class DossierExportError extends Error {
	readonly code: DossierExportErrorCode;
	readonly vi: string;
	readonly status: number;
	constructor(code: DossierExportErrorCode, vi: string, en: string) {
		super(en);
		this.code = code;
		this.vi = vi;
		this.status = STATUS[code];
	}
	messages(): { vi: string; en: string } {
		return { vi: this.vi, en: this.message };
	}
}
