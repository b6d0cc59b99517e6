import type { Kysely } from 'kysely';
import { insertDataset, type DerivedData } from '../db/dataset.repository.ts';
import type { DB } from '../db/schema.ts';
import { updateUnits, listUnits, type UnitPatch } from '../db/unit.repository.ts';
import { parseAttributesCsv } from './attributes-csv.ts';
import { parseDataset, type ImportFile, type ImportOptions, type ParsedDataset } from './dataset.ts';
import { deriveGeometryData } from './derive.ts';
import { ImportError, type ImportWarning } from './errors.ts';
import { both } from '../../i18n/catalogue.ts';

export { ImportError } from './errors.ts';
export type { ImportFile, ImportOptions } from './dataset.ts';

export interface ImportResult {
	datasetId: number;
	/** 'two-tier' = communes directly under the province (no district level). */
	structure: 'three-tier' | 'two-tier';
	districts: number;
	communes: number;
	warnings: ImportWarning[];
	timings: Record<string, number>; // ms
}

export type ImportProgress = (stage: 'parse' | 'adjacency' | 'quality' | 'store' | 'done', detail?: string) => void;

/**
 * Import a province from its files: parse, validate, repair, compute adjacency and the data-quality
 * report, then store everything in one transaction. Throws ImportError and writes nothing on bad input.
 * The CLI and the browser upload both call this.
 */
export async function importDataset(
	db: Kysely<DB>,
	files: ImportFile[],
	opts: ImportOptions & { createdBy: string; isDemo?: boolean },
	progress: ImportProgress = () => {},
	/** Awaited just before the store transaction begins (the import worker lets the job row be written first). */
	beforeStore: () => Promise<void> = async () => {}
): Promise<ImportResult> {
	const timings: Record<string, number> = {};
	let t = performance.now();
	progress('parse');
	const parsed: ParsedDataset = parseDataset(files, opts);
	timings.parse = performance.now() - t;
	t = performance.now();
	const derived: DerivedData & { warnings: ImportWarning[] } = deriveGeometryData(parsed, progress);
	timings.derive = performance.now() - t;
	t = performance.now();
	progress('store');
	await beforeStore();
	const datasetId = await insertDataset(db, parsed, derived, opts.createdBy, { isDemo: opts.isDemo });
	timings.store = performance.now() - t;
	progress('done');
	return {
		datasetId,
		structure: parsed.dataset.structure,
		districts: parsed.districts.length,
		communes: parsed.communes.length,
		warnings: [...parsed.warnings, ...derived.warnings],
		timings
	};
}

/**
 * Update attributes of an existing dataset's units from a CSV, in one transaction (unknown code = error, nothing
 * written). Also reads the staffing inputs (staff_actual, nonprofessional_actual, leaders, offices).
 */
export async function importAttributes(
	db: Kysely<DB>,
	datasetId: number,
	file: ImportFile,
	who: string
): Promise<{ updated: number; rows: number; warnings: ImportWarning[] }> {
	const { rows, warnings, columns } = parseAttributesCsv(file.name, file.data);
	const levelOf = new Map((await listUnits(db, datasetId)).map((u) => [u.code, u.level]));
	for (const r of rows) {
		const level = levelOf.get(r.code);
		if (!level) {
			throw new ImportError('csv_unknown_code', both('import.index.codeCodeIsNotIn', { code: r.code }), {
				file: file.name,
				row: r.row,
				column: columns.code ?? 'code'
			});
		}
		// Non-professional workers exist at commune level only (Decree 33/2023); a district figure is a column slip.
		if (level === 'district' && r.patch.nonprofessionalActual != null) {
			throw new ImportError('csv_not_commune', both('import.index.codeCodeIsADistrict', { code: r.code }), {
				file: file.name,
				row: r.row,
				column: columns.nonprofessional_actual ?? 'nonprofessional_actual'
			});
		}
	}
	const updated = await updateUnits(
		db,
		datasetId,
		rows.map((r) => ({ code: r.code, patch: r.patch as UnitPatch })),
		who,
		`CSV ${file.name}`
	);
	return { updated, rows: rows.length, warnings };
}
