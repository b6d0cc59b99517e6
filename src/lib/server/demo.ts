import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { generateProvince } from '../domain/generate/province.ts';
import { provinceToFiles, provinceToTwoTierFiles } from '../domain/generate/files.ts';
import type { DB } from './db/schema.ts';
import { importDataset, type ImportFile, type ImportResult } from './import/index.ts';

export interface DemoOptions {
	communes: number;
	seed: number;
	messy?: boolean;
	name?: string;
	/** Communes only, directly under the province (no district layer), as provinces hold their data since 1 July 2025. */
	twoTier?: boolean;
}

function demoFiles(opts: DemoOptions) {
	const p = generateProvince({ communes: opts.communes, seed: opts.seed, messy: opts.messy });
	if (opts.twoTier) {
		const t = provinceToTwoTierFiles(p);
		const files: ImportFile[] = [
			{ name: 'communes.geojson', data: JSON.stringify(t.communes) },
			{ name: 'units.csv', data: t.unitsCsv }
		];
		return { p, files };
	}
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
			opts.name ??
			`${p.provinceName} — ${opts.communes} xã${opts.twoTier ? ' (hai cấp)' : ''}, seed ${opts.seed}${opts.messy ? ', ranh giới nhiễu' : ''}`,
		provinceCode: p.provinceCode,
		provinceName: p.provinceName,
		referenceDate: p.referenceDate,
		defaultTerrain: p.defaultTerrain,
		structure: opts.twoTier ? 'two-tier' : 'three-tier',
		sourceNotes: `Dữ liệu mô phỏng do sapxep sinh tự động (generateProvince, seed ${opts.seed}). Không phải số liệu thật.`,
		createdBy: 'system:demo',
		isDemo: true
	});
}

/** Write the simulated province's files (districts.geojson, communes.geojson, units.csv; two-tier: no districts) to a folder. */
export function writeGeneratedFiles(dir: string, opts: DemoOptions): void {
	const { files } = demoFiles(opts);
	mkdirSync(dir, { recursive: true });
	for (const f of files) writeFileSync(join(dir, f.name), f.data);
}
