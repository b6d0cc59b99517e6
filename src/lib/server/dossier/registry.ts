/**
 * The dossier's formats and where every export goes through (issue 12 item 7): the "Hồ sơ" tab's download endpoint
 * and `npm run cli -- export` both call `exportDossier`, so one scenario version gives the same bytes everywhere.
 *
 * A format is available when it has an exporter in EXPORTERS; the others are answered with "not available yet"
 * (DossierExportError 'not_available'). An export is cached per (scenario, format, level, language) with the scenario
 * version and the data stamp it was made from (export-cache.repository.ts): a second export of the same version is
 * the stored file, a new version (or a change of units, staffing, consultation, rules) makes a new one.
 */
import type { Kysely } from 'kysely';
import type { Lang } from '../../domain/messages.ts';
import { exportDataStamp, getCachedExport, putCachedExport } from '../db/export-cache.repository.ts';
import type { DB } from '../db/schema.ts';
import { requireScenario } from '../services/scenario.service.ts';
import { DossierExportError } from './errors.ts';
import { runExporter } from './export-thread.ts';
import { exportGeojson, exportGeopackage, exportPlanCsv, exportShapefile } from './geodata.ts';
import { DOSSIER_FORMATS, type DossierFile, type DossierFormat, type DossierLevel, type Exporter } from './types.ts';
import { both, tIn } from '../../i18n/catalogue.ts';

/**
 * The exporter of each format. A module with a heavy library (docx, pdfmake, exceljs, resvg) is imported when its
 * format is first asked for, so the CLI's other commands and the server's start stay fast.
 */
export const EXPORTERS: Partial<Record<DossierFormat, Exporter>> = {
	docx: async (req) => (await import('./docx.ts')).exportDocx(req),
	pdf: async (req) => (await import('./pdf.ts')).exportPdf(req),
	html: async (req) => (await import('./html.ts')).exportHtml(req),
	xlsx: async (req) => (await import('./xlsx.ts')).exportXlsx(req),
	csv: exportPlanCsv,
	geojson: exportGeojson,
	shp: exportShapefile,
	gpkg: exportGeopackage
};

/** What each format is, in words (the Hồ sơ tab's buttons and the CLI's help). */
export const FORMAT_LABELS: Record<DossierFormat, { vi: string; en: string }> = {
	docx: both('dossier.registry.schemeWord'),
	xlsx: both('dossier.registry.tablesExcel'),
	pdf: both('dossier.registry.schemePdf'),
	html: both('dossier.registry.printablePageHtml'),
	csv: both('dossier.registry.planCsv'),
	geojson: both('dossier.registry.unitsAfterGeojson'),
	shp: both('dossier.registry.unitsAfterShapefileZip'),
	gpkg: both('dossier.registry.unitsAfterGeopackage')
};

/** Formats whose content depends on the level (the others ignore it, and are cached under 'commune'). */
export const LEVEL_FORMATS: readonly DossierFormat[] = ['geojson', 'shp', 'gpkg', 'xlsx'];

/** Formats whose content carries the date of the day they are made (the scheme's place-and-date line). */
const DATED_FORMATS: readonly DossierFormat[] = ['docx', 'pdf', 'html', 'xlsx'];

export function isDossierFormat(x: unknown): x is DossierFormat {
	return typeof x === 'string' && (DOSSIER_FORMATS as readonly string[]).includes(x);
}

export function availableFormats(): DossierFormat[] {
	return DOSSIER_FORMATS.filter((f) => EXPORTERS[f]);
}

/** The format of a request, checked: unknown → 'unknown_format'; not built yet → 'not_available'. */
export function exporterOf(format: string): { format: DossierFormat; exporter: Exporter } {
	if (!isDossierFormat(format))
		throw new DossierExportError(
			'unknown_format',
			`Không có định dạng «${format}». Các định dạng: ${DOSSIER_FORMATS.join(', ')}.`,
			`No format “${format}”. Formats: ${DOSSIER_FORMATS.join(', ')}.`
		);
	const exporter = EXPORTERS[format];
	if (!exporter)
		throw new DossierExportError(
			'not_available',
			`Định dạng ${format} chưa có (chưa xây dựng). Hiện có: ${availableFormats().join(', ')}.`,
			`The ${format} format is not available yet. Available now: ${availableFormats().join(', ')}.`
		);
	return { format, exporter };
}

export function parseLevel(raw: string | null | undefined): DossierLevel {
	if (raw == null || raw === '' || raw === 'commune') return 'commune';
	if (raw === 'district') return 'district';
	throw new DossierExportError(
		'bad_level',
		`Cấp «${raw}» không hợp lệ: commune (cấp xã) hoặc district (cấp huyện).`,
		`Level “${raw}” is not valid: commune or district.`
	);
}

/**
 * Revision of the exporters' output, part of every cache entry's stamp: bump it when a change of code changes what
 * an existing format writes, so files cached by the previous code are made again (a new format needs no bump).
 */
export const EXPORT_CACHE_REVISION = 2;

/** Exporter runs since the process started (the cache's tests read it: a cache hit does not run one). */
let runs = 0;
export const exportRuns = () => runs;

/** Progress of the exports running in this process, by cache key (the tab polls it). */
export interface ExportProgress {
	step: string;
	fraction: number;
}
const running = new Map<string, { progress: ExportProgress; done: Promise<DossierFile> }>();

const keyText = (scenarioId: number, format: string, level: string, lang: string) =>
	`${scenarioId}/${format}/${level}/${lang}`;

/** The progress of an export running now in this process, or null. */
export function exportProgress(scenarioId: number, format: string, level: string, lang: string): ExportProgress | null {
	return running.get(keyText(scenarioId, format, level, lang))?.progress ?? null;
}

export interface DossierExport extends DossierFile {
	version: number;
	/** true when the file came from the cache (made earlier from the same version and data). */
	cached: boolean;
}

/**
 * Export a scenario in a format: the cached file when it was made from the scenario's current version and data,
 * else a new one (stored in the cache). Concurrent requests for the same key share one run.
 */
export async function exportDossier(req: {
	db: Kysely<DB>;
	scenarioId: number;
	format: string;
	level?: DossierLevel;
	lang: Lang;
	onProgress?: (step: string, fraction: number) => void;
}): Promise<DossierExport> {
	const { format, exporter } = exporterOf(req.format);
	const level: DossierLevel = LEVEL_FORMATS.includes(format) ? (req.level ?? 'commune') : 'commune';
	const scenario = await requireScenario(req.db, req.scenarioId);
	// The documents carry the day they were made ("…, ngày 02 tháng 12 năm 2026"): yesterday's file is not today's.
	const day = DATED_FORMATS.includes(format) ? `|${new Date().toISOString().slice(0, 10)}` : '';
	const stamp = `r${EXPORT_CACHE_REVISION}|${scenario.status}|${await exportDataStamp(req.db, scenario.datasetId)}${day}`;
	const key = { scenarioId: scenario.id, format, level, lang: req.lang };
	const hit = await getCachedExport(req.db, key, scenario.version, stamp);
	if (hit) {
		req.onProgress?.(tIn(req.lang, 'dossier.registry.fromTheCache'), 1);
		return {
			filename: hit.filename,
			contentType: hit.contentType,
			bytes: hit.bytes,
			version: hit.version,
			cached: true
		};
	}
	const k = keyText(scenario.id, format, level, req.lang);
	const current = running.get(k);
	if (current) return { ...(await current.done), version: scenario.version, cached: false };
	const progress: ExportProgress = { step: '', fraction: 0 };
	// Registered before the exporter starts: its first progress call comes synchronously.
	const entry: { progress: ExportProgress; done: Promise<DossierFile> } = {
		progress,
		done: Promise.resolve() as never
	};
	running.set(k, entry);
	entry.done = (async () => {
		runs++;
		const file = await runExporter(format, exporter, {
			db: req.db,
			scenarioId: scenario.id,
			level,
			lang: req.lang,
			onProgress: (step, fraction) => {
				progress.step = step;
				progress.fraction = fraction;
				req.onProgress?.(step, fraction);
			}
		});
		await putCachedExport(req.db, key, {
			version: scenario.version,
			stamp,
			filename: file.filename,
			contentType: file.contentType,
			bytes: file.bytes,
			createdAt: new Date().toISOString()
		});
		return file;
	})();
	try {
		const file = await entry.done;
		req.onProgress?.(tIn(req.lang, 'dossier.docx.done'), 1);
		return { ...file, version: scenario.version, cached: false };
	} finally {
		running.delete(k);
	}
}
