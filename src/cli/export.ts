/**
 * `export <scenario> --format docx|xlsx|pdf|html|csv|geojson|shp|gpkg [--level commune|district] [--out PATH] [--json]`:
 * the scenario's dossier in one format, through the same registry and cache as the Hồ sơ tab's downloads.
 * `--out` is the file to write (default: the export's own name in the current folder); `--json` prints
 * `{ "files": [...] }`; progress goes to stderr when it is a terminal.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Db } from '../lib/server/db/database.ts';
import { DossierExportError } from '../lib/server/dossier/errors.ts';
import { availableFormats, exportDossier, parseLevel } from '../lib/server/dossier/registry.ts';
import { DOSSIER_FORMATS } from '../lib/server/dossier/types.ts';
import { ScenarioStateError } from '../lib/domain/scenario/lifecycle.ts';
import { cliLang } from './common.ts';
import { tIn } from '../lib/i18n/catalogue.ts';

export const EXPORT_HELP = `  export <scenario-id> --format ${DOSSIER_FORMATS.join('|')} [--level commune|district] [--out PATH] [--json]
                                       the scenario's dossier in one format (the same files as the Hồ sơ tab;
                                       a second export of the same version comes from the cache). --out is the
                                       file to write; --json prints { "files": [...] }`;

export interface ExportCliOptions {
	json: boolean;
	format?: string;
	level?: string;
	out?: string;
}

export async function exportCommand(
	db: Db,
	positionals: string[],
	opts: ExportCliOptions,
	fail: (message: string, code?: number) => never
): Promise<void> {
	const lang = cliLang();
	const [ref] = positionals;
	if (!ref || !/^\d+$/.test(ref) || !opts.format)
		fail(
			tIn(cliLang(), 'export.usageExportScenarioIdFormat', {
				p1: DOSSIER_FORMATS.join('|'),
				p2: availableFormats().join(', ')
			})
		);
	const tty = process.stderr.isTTY === true;
	try {
		const file = await exportDossier({
			db,
			scenarioId: Number(ref),
			format: opts.format,
			level: parseLevel(opts.level),
			lang,
			onProgress: tty
				? (step, fraction) => process.stderr.write(`\r\x1b[K${String(Math.round(fraction * 100)).padStart(3)}% ${step}`)
				: undefined
		});
		if (tty) process.stderr.write('\r\x1b[K');
		const path = resolve(opts.out ?? file.filename);
		writeFileSync(path, file.bytes);
		const entry = {
			path,
			filename: file.filename,
			format: opts.format,
			content_type: file.contentType,
			bytes: file.bytes.byteLength,
			scenario_version: file.version,
			cached: file.cached
		};
		const cached = file.cached ? tIn(lang, 'export.fromTheCache') : '';
		process.stdout.write(
			opts.json
				? JSON.stringify({ files: [entry] }, null, 2) + '\n'
				: tIn(cliLang(), 'export.writtenPathBytelengthBytesCached', { path, byteLength: file.bytes.byteLength, cached })
		);
	} catch (e) {
		if (tty) process.stderr.write('\r\x1b[K');
		if (e instanceof DossierExportError || e instanceof ScenarioStateError) {
			const m = e instanceof DossierExportError ? e.messages() : e.messages;
			if (opts.json) process.stderr.write(JSON.stringify({ error: e.code, message: m.en, message_vi: m.vi }) + '\n');
			fail(m[lang], e instanceof DossierExportError && e.code === 'not_available' ? 3 : 2);
		}
		throw e;
	}
}
