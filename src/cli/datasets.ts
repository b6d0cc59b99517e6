/**
 * The dataset commands: `generate` a simulated province, `import` boundaries and attributes, `attributes` and
 * `staffing-inputs` from a CSV, list and `delete` datasets, and a manual `adjacency` edge.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { deleteDataset, findDataset, listDatasets } from '../lib/server/db/dataset.repository.ts';
import { setManualEdge } from '../lib/server/db/adjacency.repository.ts';
import { importAttributes, importDataset, type ImportFile, type ImportProgress } from '../lib/server/import/index.ts';
import { seedDemo, writeGeneratedFiles } from '../lib/server/demo.ts';
import type { Terrain } from '../lib/domain/units.ts';
import { pick } from '../lib/domain/messages.ts';
import { cliLang, fail, printError, WHO, withDb, type CliValues, type Out } from './common.ts';
import { tIn } from '../lib/i18n/catalogue.ts';

export const DATASET_COMMANDS = [
	'generate',
	'import',
	'attributes',
	'staffing-inputs',
	'datasets',
	'delete',
	'adjacency'
] as const;

export const DATASET_HELP = `  generate [--communes N] [--seed S] [--messy] [--two-tier] [--out DIR] [--no-import] [--json]
                                       generate a simulated province (default 150 communes, seed 1)
                                       and import it (and/or write its files to DIR); --two-tier writes
                                       communes only, directly under the province (no district level)
  import <folder | files...> [--name NAME] [--province-code C] [--province-name N]
         [--reference-date YYYY-MM-DD] [--terrain mountainous|other] [--structure two-tier|three-tier]
         [--code-field F] [--name-field F] [--type-field F] [--parent-field F] [--population-field F]
         [--crs CRS] [--encoding windows-1258|windows-1252] [--json]
                                       import boundaries (districts + communes: GeoJSON, TopoJSON, or a zipped
                                       Shapefile with its .prj) and an attributes CSV. A commune layer alone is a
                                       two-tier dataset (province → communes and wards, since 1 July 2025; the
                                       communes' parent is the province); --structure says so explicitly.
                                       --crs gives the CRS of the coordinates (EPSG:3405, vn2000-tm3:107.75…;
                                       wins over a .prj). --encoding decodes a .dbf without .cpg or a CSV
                                       that is not UTF-8 (otherwise refused). On a terminal, prints its steps.
  attributes <dataset> <file.csv> [--json]
                                       update units of a dataset from an attributes CSV (population may come as
                                       population_permanent + population_temporary_converted: the total is their sum)
  staffing-inputs <dataset> <file.csv> [--json]
                                       the same, for the staffing inputs: code, commune_class, staff_actual,
                                       nonprofessional_actual, leaders, offices (aliases bien_che, khong_chuyen_trach,
                                       lanh_dao, tru_so…)
  datasets [--json]                    list datasets
  delete <dataset> --yes               delete a dataset`;

export const ADJACENCY_HELP = `  adjacency <dataset> add|remove <code-a> <code-b> --reason "…"
                                       a manual adjacency edge (island, ferry, exclave) or the removal of a wrong one`;

export /** Files of an import argument list: a folder (prepared layout, else every boundary, shapefile part and CSV) or files. */
/** A dataset's units in a few words: "12 huyện, 142 xã" / "142 xã (hai cấp)". */
function unitCounts(d: { structure: string; districts: number; communes: number }): string {
	return d.structure === 'two-tier'
		? tIn(cliLang(), 'datasets.twoTierCommunesCommunes', { communes: d.communes })
		: tIn(cliLang(), 'datasets.districtsDistrictsCommunesCommunes', { districts: d.districts, communes: d.communes });
}

function collectImportFiles(paths: string[]): ImportFile[] {
	const files: string[] = [];
	for (const p of paths) {
		const abs = resolve(p);
		if (!existsSync(abs)) fail(tIn(cliLang(), 'datasets.notFoundP', { p }));
		if (statSync(abs).isDirectory()) {
			const names = readdirSync(abs);
			const prepared = ['districts.geojson', 'communes.geojson'].every((n) => names.includes(n));
			const chosen = prepared
				? ['districts.geojson', 'communes.geojson', ...(names.includes('units.csv') ? ['units.csv'] : [])]
				: names.filter((n) => /\.(geojson|json|topojson|zip|shp|shx|dbf|prj|cpg|csv)$/i.test(n));
			for (const n of chosen) files.push(join(abs, n));
		} else files.push(abs);
	}
	return files.map((f) => ({ name: basename(f), data: readFileSync(f) }));
}

export async function datasetCommand(
	command: (typeof DATASET_COMMANDS)[number],
	positionals: string[],
	values: CliValues,
	out: Out
): Promise<void> {
	const json = values.json;
	switch (command) {
		case 'generate': {
			const communes = Number(values.communes ?? 150);
			const seed = Number(values.seed ?? 1);
			if (!Number.isInteger(communes) || communes < 10 || communes > 20000)
				fail('--communes must be a whole number from 10 to 20000');
			if (!Number.isInteger(seed)) fail('--seed must be a whole number');
			const twoTier = values['two-tier'];
			if (values.out) writeGeneratedFiles(resolve(values.out), { communes, seed, messy: values.messy, twoTier });
			if (values['no-import']) {
				out({ out: values.out ?? null }, tIn(cliLang(), 'datasets.writtenOut', { out: values.out }));
				return;
			}
			await withDb(async (db) => {
				const r = await seedDemo(db, { communes, seed, messy: values.messy, name: values.name, twoTier });
				out(
					{
						dataset_id: r.datasetId,
						structure: r.structure,
						districts: r.districts,
						communes: r.communes,
						warnings: r.warnings.map((w) => w.message_en)
					},
					tIn(cliLang(), 'datasets.datasetDatasetidP1SimulatedSeed', {
						datasetId: r.datasetId,
						p1: unitCounts(r),
						seed
					})
				);
			});
			return;
		}
		case 'import': {
			/** Progress on a terminal (stderr, one line rewritten per step); nothing when piped or with --json. */
			const ttyProgress = (): ImportProgress => {
				if (!process.stderr.isTTY || values.json) return () => {};
				const t0 = performance.now();
				const steps = ['parse', 'adjacency', 'quality', 'store', 'done'];
				const label: Record<string, string> = {
					parse: tIn(cliLang(), 'datasets.readingFiles2'),
					adjacency: tIn(cliLang(), 'datasets.adjacency'),
					quality: tIn(cliLang(), 'datasets.dataQuality'),
					store: tIn(cliLang(), 'datasets.storing'),
					done: tIn(cliLang(), 'datasets.done')
				};
				return (stage) => {
					const i = steps.indexOf(stage) + 1;
					const secs = ((performance.now() - t0) / 1000).toFixed(1);
					process.stderr.write(`\r\x1b[K[${i}/${steps.length}] ${label[stage]} (${secs} s)`);
				};
			};
			if (!positionals.length) fail('Usage: import <folder | files...> [--name NAME] [--json]');
			const files = collectImportFiles(positionals);
			const terrain = values.terrain as Terrain | undefined;
			if (terrain && terrain !== 'mountainous' && terrain !== 'other') fail('--terrain must be mountainous or other');
			const structure = values.structure;
			if (structure && structure !== 'two-tier' && structure !== 'three-tier')
				fail(tIn(cliLang(), 'datasets.structureMustBeTwoTier'));
			await withDb(async (db) => {
				try {
					const r = await importDataset(
						db,
						files,
						{
							name: values.name,
							provinceCode: values['province-code'],
							provinceName: values['province-name'],
							referenceDate: values['reference-date'] ?? null,
							defaultTerrain: terrain,
							structure: structure as 'two-tier' | 'three-tier' | undefined,
							crs: values.crs,
							encoding: values.encoding,
							districtFields: {
								code: values['code-field'],
								name: values['name-field'],
								type: values['type-field'],
								population: values['population-field']
							},
							communeFields: {
								code: values['code-field'],
								name: values['name-field'],
								type: values['type-field'],
								parent: values['parent-field'],
								population: values['population-field']
							},
							createdBy: WHO
						},
						ttyProgress()
					);
					if (process.stderr.isTTY) process.stderr.write('\n');
					out(
						{
							dataset_id: r.datasetId,
							structure: r.structure,
							districts: r.districts,
							communes: r.communes,
							warnings: r.warnings.map((w) => w.message_en),
							warnings_vi: r.warnings.map((w) => w.message_vi)
						},
						[
							r.structure === 'two-tier'
								? tIn(cliLang(), 'datasets.importedTwoTierDatasetDatasetid', {
										datasetId: r.datasetId,
										communes: r.communes
									})
								: tIn(cliLang(), 'datasets.importedDatasetDatasetidDistrictsDistrict', {
										datasetId: r.datasetId,
										districts: r.districts,
										communes: r.communes
									}),
							...r.warnings.map((w) => `  ! ${pick(cliLang(), w.message_vi, w.message_en)}`)
						].join('\n')
					);
				} catch (e) {
					printError(e, json);
				}
			});
			return;
		}
		case 'attributes':
		case 'staffing-inputs': {
			// staffing-inputs is the same import: the attributes CSV reads the staffing columns too.
			const [ds, file] = positionals;
			if (!ds || !file) fail(`Usage: ${command} <dataset> <file.csv> [--json]`);
			await withDb(async (db) => {
				const dataset = await findDataset(db, ds);
				if (!dataset) fail(tIn(cliLang(), 'datasets.noDatasetDs', { ds }));
				try {
					const [f] = collectImportFiles([file]);
					const r = await importAttributes(db, dataset.id, f, WHO);
					out(
						{ dataset_id: dataset.id, rows: r.rows, updated: r.updated, warnings: r.warnings.map((w) => w.message_en) },
						tIn(cliLang(), 'staffingUpload.updatedUpdatedUnitsFromRows', { updated: r.updated, rows: r.rows })
					);
				} catch (e) {
					printError(e, json);
				}
			});
			return;
		}
		case 'datasets':
			await withDb(async (db) => {
				const list = await listDatasets(db);
				out(
					list,
					list
						.map((d) =>
							tIn(cliLang(), 'datasets.idNameProvinceCodeProvince', {
								id: d.id,
								name: d.name,
								province_code: d.province_code,
								province_name: d.province_name,
								p1: unitCounts(d),
								p2: d.reference_date ?? '—',
								created_at: d.created_at
							})
						)
						.join('\n') || tIn(cliLang(), 'datasets.noDatasets')
				);
			});
			return;
		case 'delete': {
			const [ds] = positionals;
			if (!ds) fail('Usage: delete <dataset> --yes');
			if (!values.yes) fail(tIn(cliLang(), 'datasets.deletingNeedsYes'));
			await withDb(async (db) => {
				const dataset = await findDataset(db, ds);
				if (!dataset) fail(tIn(cliLang(), 'datasets.noDatasetDs', { ds }));
				await deleteDataset(db, dataset.id, WHO);
				out({ deleted: dataset.id }, tIn(cliLang(), 'datasets.deletedDatasetId', { id: dataset.id }));
			});
			return;
		}
		case 'adjacency': {
			const [ds, action, a, b] = positionals;
			if (!ds || !['add', 'remove'].includes(action) || !a || !b || !values.reason) {
				fail(
					'Usage: adjacency <dataset> add|remove <code-a> <code-b> --reason "why" (islands, ferry links, exclaves; or a wrong computed edge)'
				);
			}
			await withDb(async (db) => {
				const dataset = await findDataset(db, ds);
				if (!dataset) fail(tIn(cliLang(), 'datasets.noDatasetDs', { ds }));
				const level = a.length === 3 ? 'district' : 'commune';
				try {
					await setManualEdge(db, dataset.id, level, a, b, action as 'add' | 'remove', values.reason!, WHO);
				} catch (e) {
					fail((e as Error).message);
				}
				out(
					{ dataset_id: dataset.id, level, a, b, action },
					action === 'add'
						? tIn(cliLang(), 'datasets.manualAdjacencyRecordedAB', { a, b })
						: tIn(cliLang(), 'datasets.adjacencyRemovalRecordedAB', { a, b })
				);
			});
			return;
		}
	}
}
