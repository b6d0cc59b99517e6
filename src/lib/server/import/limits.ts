/**
 * Import limits (settings, from the environment, defaults sized for one province) and the context of the import
 * running in this thread: its limits and the text encoding the user chose for files that declare none.
 *
 * - SAPXEP_IMPORT_MAX_UPLOAD_MB (200): size of one upload (the request body).
 * - SAPXEP_IMPORT_MAX_UNZIPPED_MB (256): total inflated size of the entries of a ZIP archive, checked on the sizes
 *   the archive declares before anything is inflated, and enforced while inflating (an entry that inflates past
 *   its declared size is refused at that size).
 * - SAPXEP_IMPORT_MAX_VERTICES (200000): vertices of one unit's boundary; more is refused, naming the unit (a commune
 *   drawn at survey precision has a few tens of thousands).
 * - SAPXEP_IMPORT_TIME_LIMIT_S (900): wall time of an import job; the worker is stopped after it.
 */
export interface ImportLimits {
	maxUploadBytes: number;
	maxUnzippedBytes: number;
	maxVerticesPerUnit: number;
	timeLimitMs: number;
}

const MB = 1024 * 1024;

function num(v: string | undefined, fallback: number): number {
	const n = Number(v);
	return v != null && v.trim() !== '' && Number.isFinite(n) && n > 0 ? n : fallback;
}

/** The limits in force, from the environment. */
export function importLimits(env: Record<string, string | undefined> = process.env): ImportLimits {
	return {
		maxUploadBytes: Math.round(num(env.SAPXEP_IMPORT_MAX_UPLOAD_MB, 200) * MB),
		maxUnzippedBytes: Math.round(num(env.SAPXEP_IMPORT_MAX_UNZIPPED_MB, 256) * MB),
		maxVerticesPerUnit: Math.round(num(env.SAPXEP_IMPORT_MAX_VERTICES, 200_000)),
		timeLimitMs: Math.round(num(env.SAPXEP_IMPORT_TIME_LIMIT_S, 900) * 1000)
	};
}

/** A size for messages: "256 MB". */
export function megabytes(bytes: number): string {
	return `${Math.round((bytes / MB) * 10) / 10} MB`;
}

interface ImportContext {
	limits: ImportLimits;
	/** TextDecoder label chosen by the user for text files that declare no encoding (DBF without .cpg, CSV). */
	encoding?: string;
}

let current: ImportContext | null = null;

/** Runs `fn` (synchronous) with these limits and encoding in force for the import code of this thread. */
export function withImportContext<T>(ctx: Partial<ImportContext>, fn: () => T): T {
	const prev = current;
	current = { limits: ctx.limits ?? importLimits(), encoding: ctx.encoding };
	try {
		return fn();
	} finally {
		current = prev;
	}
}

export function currentLimits(): ImportLimits {
	return current?.limits ?? importLimits();
}

/** The encoding the user chose, or undefined. */
export function chosenEncoding(): string | undefined {
	return current?.encoding;
}

/** A TextDecoder label for a user's choice ("windows-1258", "1258", "latin1", "utf-8"…), or null when unknown. */
export function encodingLabel(choice: string | undefined | null): string | null {
	if (!choice?.trim()) return null;
	const t = choice.trim().toLowerCase();
	const m = /^(?:ansi\s*|cp\s*|windows-?)?(\d{3,5})$/.exec(t);
	const label = m ? (m[1] === '65001' ? 'utf-8' : `windows-${m[1]}`) : t;
	try {
		return new TextDecoder(label).encoding;
	} catch {
		return null;
	}
}
