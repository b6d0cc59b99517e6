import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { generateProvince } from '../domain/generate/province.ts';
import { provinceToFiles } from '../domain/generate/files.ts';
import type { DB } from './db/schema.ts';
import { importDataset, type ImportFile, type ImportResult } from './import/index.ts';

export interface DemoOptions {
	communes: number;
	seed: number;
	messy?: boolean;
	name?: string;
}

function demoFiles(opts: DemoOptions) {
	const p = generateProvince({ communes: opts.communes, seed: opts.seed, messy: opts.messy });
	const f = provinceToFiles(p);
	const files: ImportFile[] = [
		{ name: 'districts.geojson', data: JSON.stringify(f.districts) },
		{ name: 'communes.geojson', data: JSON.stringify(f.communes) },
		{ name: 'units.csv', data: f.unitsCsv }
	];
	return { p, files };
}

/** Generate the simulated province and import it through the same importer as real data. */
export async function seedDemo(db: Kysely<DB>, opts: DemoOptions): Promise<ImportResult> {
	const { p, files } = demoFiles(opts);
	return importDataset(db, files, {
		name:
			opts.name ?? `${p.provinceName} — ${opts.communes} xã, seed ${opts.seed}${opts.messy ? ', ranh giới nhiễu' : ''}`,
		provinceCode: p.provinceCode,
		provinceName: p.provinceName,
		referenceDate: p.referenceDate,
		defaultTerrain: p.defaultTerrain,
		sourceNotes: `Dữ liệu mô phỏng do sapxep sinh tự động (generateProvince, seed ${opts.seed}). Không phải số liệu thật.`,
		createdBy: 'system:demo',
		isDemo: true
	});
}

/** Write the simulated province's files (districts.geojson, communes.geojson, units.csv) to a folder. */
export function writeGeneratedFiles(dir: string, opts: DemoOptions): void {
	const { files } = demoFiles(opts);
	mkdirSync(dir, { recursive: true });
	for (const f of files) writeFileSync(join(dir, f.name), f.data);
}
