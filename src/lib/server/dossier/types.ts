/**
 * The contract every dossier format shares: a format id, the request (which scenario, which level, which language)
 * and the file that comes out. Each format lives in its own module under src/lib/server/dossier/ and is listed in
 * the registry (registry.ts); the "Hồ sơ" tab, its download endpoint and `npm run cli -- export` all go through the
 * registry, so one scenario version gives the same bytes everywhere.
 */
import type { Kysely } from 'kysely';
import type { Lang } from '../../domain/messages.ts';
import type { DB } from '../db/schema.ts';

export const DOSSIER_FORMATS = ['docx', 'xlsx', 'pdf', 'html', 'csv', 'geojson', 'shp', 'gpkg'] as const;
export type DossierFormat = (typeof DOSSIER_FORMATS)[number];

/** The level whose units after the arrangement a data export describes. */
export type DossierLevel = 'commune' | 'district';

export interface ExportRequest {
	db: Kysely<DB>;
	scenarioId: number;
	level: DossierLevel;
	lang: Lang;
	/** Reported as the export goes: a step name (in the request's language) and a fraction 0..1. */
	onProgress?: (step: string, fraction: number) => void;
}

export interface DossierFile {
	/** A file name without a directory, ASCII-safe (e.g. "de-an-sap-xep-lam-dong-v12.docx"). */
	filename: string;
	contentType: string;
	bytes: Uint8Array;
}

export type Exporter = (req: ExportRequest) => Promise<DossierFile>;
