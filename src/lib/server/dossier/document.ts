/**
 * What the three document formats of the scheme (DOCX, PDF, HTML) share around their outline: the page format in
 * force, the file name, and the steps of an export (read the scenario, draw the maps, write the file) with their
 * progress reports.
 */
import type { Kysely } from 'kysely';
import {
	applyDossierFormatOverrides,
	DOSSIER_FORMAT_SETTINGS_ID,
	type DossierFormatSettings
} from '../../domain/dossier/settings.ts';
import type { Dossier } from '../../domain/dossier/types.ts';
import { foldVietnamese } from '../../domain/units.ts';
import { listActiveOverrides } from '../db/rule-override.repository.ts';
import type { DB } from '../db/schema.ts';
import { dossierMaps, type DossierMap } from './map-image.ts';
import { loadDossier } from './model.ts';
import type { ExportRequest } from './types.ts';
import { tIn } from '../../i18n/catalogue.ts';

/** The page format in force: the defaults with the administrators' corrections. */
export async function dossierFormatInForce(db: Kysely<DB>): Promise<DossierFormatSettings> {
	const overrides = await listActiveOverrides(db, DOSSIER_FORMAT_SETTINGS_ID);
	return applyDossierFormatOverrides(overrides.map((o) => ({ key: o.key, value: o.value })));
}

/** An ASCII file name: "de-an-sap-xep-lam-dong-s12-v4.docx". */
export function dossierFilename(dossier: Dossier, ext: string): string {
	const slug = foldVietnamese(dossier.title.provinceName)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `de-an-sap-xep-${slug || 'tinh'}-s${dossier.title.scenarioId}-v${dossier.title.version}.${ext}`;
}

/**
 * Read the scenario's dossier, the page format and the maps, then `write` the document, reporting each step;
 * `writing` names the last step ("Ghi văn bản Word").
 */
export async function writeDossierDocument<T>(
	req: ExportRequest,
	writing: string,
	write: (dossier: Dossier, maps: DossierMap[], fmt: DossierFormatSettings) => T | Promise<T>
): Promise<{ dossier: Dossier; result: T }> {
	const lang = req.lang;
	req.onProgress?.(tIn(lang, 'dossier.docx.readingTheScenario'), 0.05);
	const dossier = await loadDossier(req.db, req.scenarioId, lang);
	const fmt = await dossierFormatInForce(req.db);
	req.onProgress?.(tIn(lang, 'dossier.docx.drawingTheMaps'), 0.25);
	const maps = await dossierMaps(req.db, dossier);
	req.onProgress?.(writing, 0.8);
	const result = await write(dossier, maps, fmt);
	req.onProgress?.(tIn(lang, 'dossier.docx.done'), 1);
	return { dossier, result };
}
