/**
 * The command line: `npm run cli -- <command> ...`. Same domain and db code as the web app.
 * Errors go to stderr with a non-zero exit; `--json` prints one JSON document on stdout.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
	defaultDatabaseLocation,
	defaultDatabasePath,
	describeLocation,
	isPostgresUrl,
	openMigrated,
	type Db
} from '../lib/server/db/database.ts';
import { copyDatabase } from '../lib/server/db/copy.ts';
import { backupPostgres, BackupError, backupSqlite } from '../lib/server/db/backup.ts';
import { databaseFault } from '../lib/server/db/faults.ts';
import { countDatasets, deleteDataset, findDataset, listDatasets } from '../lib/server/db/dataset.repository.ts';
import { setManualEdge } from '../lib/server/db/adjacency.repository.ts';
import {
	importAttributes,
	importDataset,
	ImportError,
	type ImportFile,
	type ImportProgress
} from '../lib/server/import/index.ts';
import { seedDemo, writeGeneratedFiles } from '../lib/server/demo.ts';
import { evaluateCommand } from './evaluate.ts';
import { EXPORT_HELP, exportCommand } from './export.ts';
import { staffingCommand } from './staffing.ts';
import { SCENARIO_HELP, scenarioCommand } from './scenario.ts';
import { USER_HELP, userCommand } from './user.ts';
import { PLAN_HELP, planCommand } from './plan.ts';
import { ensureInitialAdmin } from '../lib/server/auth/users.ts';
import type { Terrain } from '../lib/domain/units.ts';

const WHO = process.env.SAPXEP_USER || `cli:${process.env.USER || 'local'}`;

const HELP = `sapxep CLI — npm run cli -- <command> [options]

  migrate                              apply database migrations
  db copy --to postgres://… [--from FILE]
                                       copy a department's SQLite file (default: the database below) into an
                                       empty PostgreSQL database, in one transaction, verified by counts per table
  db backup [--out PATH]              a verified copy of the database: SQLite through VACUUM INTO (then
                                       integrity_check and row counts on the copy), PostgreSQL through pg_dump
                                       (custom format, read back with pg_restore --list); PATH is a file or a
                                       folder (default ./backups/sapxep-<UTC time>.db|.dump)
  setup                                migrate, seed the demo province if the database is empty, and create the
                                       account \`admin\` with a random password (printed once) if there is none
  generate [--communes N] [--seed S] [--messy] [--two-tier] [--out DIR] [--no-import] [--json]
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
  delete <dataset> --yes               delete a dataset
  evaluate <dataset> [--rules nq35-2023|nq76-2025|…] [--json|--csv]
                                       the verdict of every unit (default rules: NQ 35/2023; for a two-tier
                                       dataset the rule set made for it, NQ 112/2025 when present)
${SCENARIO_HELP}
${PLAN_HELP}
${EXPORT_HELP}
  staffing <scenario> [--inputs inputs.json] [--json]
                                       staff before, quota after, surplus, leaders, offices, 5-year plan, cost
                                       and saving per merger group and in total (--inputs saves the plan inputs)
  adjacency <dataset> add|remove <code-a> <code-b> --reason "…"
                                       a manual adjacency edge (island, ferry, exclave) or the removal of a wrong one
${USER_HELP}

Database: DATABASE_URL=postgres://… selects PostgreSQL; otherwise the SQLite file DATABASE_PATH
(default data/sapxep.db).`;

function fail(message: string, code = 1): never {
	process.stderr.write(message.endsWith('\n') ? message : message + '\n');
	process.exit(code);
}

/** Files of an import argument list: a folder (prepared layout, else every boundary, shapefile part and CSV) or files. */
export function collectImportFiles(paths: string[]): ImportFile[] {
	const files: string[] = [];
	for (const p of paths) {
		const abs = resolve(p);
		if (!existsSync(abs)) fail(`Không tìm thấy / not found: ${p}`);
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

async function withDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
	const db = await openMigrated();
	try {
		return await fn(db);
	} finally {
		await db.destroy();
	}
}

function printError(e: unknown, json: boolean): never {
	if (e instanceof ImportError) {
		const lang = process.env.SAPXEP_LANG === 'en' ? 'en' : 'vi';
		if (json)
			process.stderr.write(
				JSON.stringify({ error: e.code, where: e.where, message: e.describe('en'), message_vi: e.describe('vi') }) +
					'\n'
			);
		else
			process.stderr.write(
				`Lỗi nhập dữ liệu / import error: ${e.describe(lang)}\n${lang === 'vi' ? `(${e.describe('en')})\n` : ''}Cơ sở dữ liệu không thay đổi / database unchanged.\n`
			);
		process.exit(2);
	}
	throw e;
}

async function main(argv: string[]): Promise<void> {
	const [command, ...rest] = argv;
	// Accounts have options of their own.
	if (command === 'user') return withDb((db) => userCommand(db, rest, WHO, fail));
	if (command === 'plan') return withDb((db) => planCommand(db, rest, WHO, fail));
	const { values, positionals } = parseArgs({
		args: rest,
		allowPositionals: true,
		options: {
			json: { type: 'boolean', default: false },
			csv: { type: 'boolean', default: false },
			name: { type: 'string' },
			'province-code': { type: 'string' },
			'province-name': { type: 'string' },
			'reference-date': { type: 'string' },
			terrain: { type: 'string' },
			'code-field': { type: 'string' },
			'name-field': { type: 'string' },
			'type-field': { type: 'string' },
			'parent-field': { type: 'string' },
			'population-field': { type: 'string' },
			crs: { type: 'string' },
			communes: { type: 'string' },
			seed: { type: 'string' },
			messy: { type: 'boolean', default: false },
			'two-tier': { type: 'boolean', default: false },
			structure: { type: 'string' },
			encoding: { type: 'string' },
			out: { type: 'string' },
			'no-import': { type: 'boolean', default: false },
			rules: { type: 'string' },
			phases: { type: 'string' },
			reason: { type: 'string' },
			inputs: { type: 'string' },
			to: { type: 'string' },
			from: { type: 'string' },
			yes: { type: 'boolean', default: false },
			format: { type: 'string' },
			level: { type: 'string' },
			help: { type: 'boolean', short: 'h', default: false }
		}
	});
	const json = values.json;
	const out = (obj: unknown, text: string) =>
		process.stdout.write(json ? JSON.stringify(obj, null, 2) + '\n' : text + '\n');

	switch (command) {
		case undefined:
		case 'help':
		case '--help':
		case '-h':
			console.log(HELP);
			return;
		case 'migrate':
			await withDb(async () => {});
			out(
				{ ok: true, database: describeLocation(defaultDatabaseLocation()) },
				`Đã cập nhật cơ sở dữ liệu / migrated: ${describeLocation(defaultDatabaseLocation())}`
			);
			return;
		case 'db': {
			if (positionals[0] === 'backup') {
				const location = defaultDatabaseLocation();
				// Bring the schema up to date first (a backup of a half-migrated database would restore as one).
				await withDb(async () => {});
				try {
					const r = isPostgresUrl(location)
						? await backupPostgres(location, values.out)
						: backupSqlite(location, values.out);
					out(
						{ ok: true, ...r, location: describeLocation(location) },
						[
							`Đã sao lưu / backed up ${describeLocation(location)} → ${r.file} (${(r.bytes / 1024).toFixed(0)} KB)`,
							r.database === 'sqlite'
								? `Kiểm tra bản sao / copy checked: integrity_check ok, ${r.tables.length} bảng / tables, mọi dòng đọc được / every row reads`
								: `Kiểm tra bản sao / archive checked: pg_restore --list ok, ${r.tables.length} bảng có dữ liệu / tables with data`
						].join('\n')
					);
				} catch (e) {
					if (e instanceof BackupError)
						fail(
							`Không sao lưu được / backup failed: ${process.env.SAPXEP_LANG === 'en' ? e.message : `${e.vi}\n(${e.message})`}`
						);
					throw e;
				}
				return;
			}
			if (positionals[0] !== 'copy')
				fail(`Dùng / usage: db copy --to postgres://… [--from FILE] | db backup [--out PATH]`);
			const to = values.to;
			if (!to || !isPostgresUrl(to)) fail('Cần --to postgres://… / --to postgres://… is required');
			const from = values.from ?? defaultDatabasePath();
			if (isPostgresUrl(from)) fail('--from là tệp SQLite / --from is a SQLite file');
			if (!existsSync(from)) fail(`Không tìm thấy / not found: ${from}`);
			const source = await openMigrated(from);
			try {
				const target = await openMigrated(to);
				try {
					const counts = await copyDatabase(source, target).catch((e: Error) =>
						fail(`Không chép được, đích không thay đổi / copy failed, target unchanged: ${e.message}`)
					);
					out(
						{ ok: true, from, to: describeLocation(to), tables: counts },
						[
							`Đã chép / copied ${from} → ${describeLocation(to)}`,
							...counts.map((c) => `  ${c.table.padEnd(24)} ${String(c.source).padStart(8)} → ${c.target}`)
						].join('\n')
					);
				} finally {
					await target.destroy();
				}
			} finally {
				await source.destroy();
			}
			return;
		}
		case 'setup':
			await withDb(async (db) => {
				const seeded = (await countDatasets(db)) === 0 ? await seedDemo(db, { communes: 150, seed: 1 }) : null;
				// Nothing has a default password: the first account gets a random one, printed this once.
				const admin = await ensureInitialAdmin(db, WHO);
				out(
					{ seeded: seeded?.datasetId ?? null, admin },
					[
						seeded
							? `Đã tạo bộ dữ liệu mẫu / demo dataset seeded: #${seeded.datasetId} (${seeded.districts} huyện, ${seeded.communes} xã)`
							: 'Cơ sở dữ liệu đã có dữ liệu / database already has data.',
						...(admin
							? [
									'',
									'════════════════════════════════════════════════════════════════════',
									` Tài khoản quản trị / administrator account:  ${admin.login}`,
									` Mật khẩu / password:  ${admin.password}`,
									' Mật khẩu chỉ hiện MỘT LẦN: ghi lại, đăng nhập rồi đổi tại /account.',
									' Shown ONCE: write it down, sign in, then change it at /account.',
									'════════════════════════════════════════════════════════════════════'
								]
							: [])
					].join('\n')
				);
			});
			return;
		case 'generate': {
			const communes = Number(values.communes ?? 150);
			const seed = Number(values.seed ?? 1);
			if (!Number.isInteger(communes) || communes < 10 || communes > 20000)
				fail('--communes must be a whole number from 10 to 20000');
			if (!Number.isInteger(seed)) fail('--seed must be a whole number');
			const twoTier = values['two-tier'];
			if (values.out) writeGeneratedFiles(resolve(values.out), { communes, seed, messy: values.messy, twoTier });
			if (values['no-import']) {
				out({ out: values.out ?? null }, `Đã ghi / written: ${values.out}`);
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
					`Bộ dữ liệu #${r.datasetId}: ${r.structure === 'two-tier' ? 'hai cấp, ' : `${r.districts} huyện, `}${r.communes} xã (mô phỏng, seed ${seed})`
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
					parse: 'đọc và kiểm tra tệp / reading files',
					adjacency: 'tính liền kề / adjacency',
					quality: 'chất lượng dữ liệu / data quality',
					store: 'lưu / storing',
					done: 'xong / done'
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
				fail('--structure phải là two-tier hoặc three-tier / must be two-tier or three-tier');
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
								? `Đã nhập bộ dữ liệu hai cấp #${r.datasetId}: ${r.communes} đơn vị cấp xã trực thuộc tỉnh (không có cấp huyện).`
								: `Đã nhập bộ dữ liệu #${r.datasetId}: ${r.districts} đơn vị cấp huyện, ${r.communes} đơn vị cấp xã.`,
							...r.warnings.map((w) => `  ! ${w.message_vi}`)
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
				if (!dataset) fail(`Không có bộ dữ liệu / no dataset "${ds}"`);
				try {
					const [f] = collectImportFiles([file]);
					const r = await importAttributes(db, dataset.id, f, WHO);
					out(
						{ dataset_id: dataset.id, rows: r.rows, updated: r.updated, warnings: r.warnings.map((w) => w.message_en) },
						`Đã cập nhật ${r.updated} đơn vị từ ${r.rows} dòng.`
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
						.map(
							(d) =>
								`#${d.id}\t${d.name}\t${d.province_code} ${d.province_name}\t${d.structure === 'two-tier' ? 'hai cấp, ' : `${d.districts} huyện, `}${d.communes} xã\tsố liệu ${d.reference_date ?? '—'}\t${d.created_at}`
						)
						.join('\n') || '(chưa có bộ dữ liệu / no datasets)'
				);
			});
			return;
		case 'delete': {
			const [ds] = positionals;
			if (!ds) fail('Usage: delete <dataset> --yes');
			if (!values.yes) fail('Xoá cần xác nhận: thêm --yes / deleting needs --yes');
			await withDb(async (db) => {
				const dataset = await findDataset(db, ds);
				if (!dataset) fail(`Không có bộ dữ liệu / no dataset "${ds}"`);
				await deleteDataset(db, dataset.id, WHO);
				out({ deleted: dataset.id }, `Đã xoá bộ dữ liệu #${dataset.id}`);
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
				if (!dataset) fail(`Không có bộ dữ liệu / no dataset "${ds}"`);
				const level = a.length === 3 ? 'district' : 'commune';
				try {
					await setManualEdge(db, dataset.id, level, a, b, action as 'add' | 'remove', values.reason!, WHO);
				} catch (e) {
					fail((e as Error).message);
				}
				out(
					{ dataset_id: dataset.id, level, a, b, action },
					`Đã ghi ${action === 'add' ? 'cạnh liền kề thủ công' : 'loại bỏ cạnh liền kề'}: ${a} — ${b}`
				);
			});
			return;
		}
		case 'staffing':
			await withDb((db) => staffingCommand(db, positionals, { json, inputs: values.inputs, who: WHO }, fail));
			return;
		case 'evaluate':
			await withDb((db) => evaluateCommand(db, positionals, { json, csv: values.csv, rules: values.rules }, fail));
			return;
		case 'scenario':
			await withDb((db) =>
				scenarioCommand(
					db,
					positionals,
					{ json, name: values.name, rules: values.rules, phases: values.phases, out: values.out, who: WHO },
					fail
				)
			);
			return;
		case 'export':
			await withDb((db) =>
				exportCommand(db, positionals, { json, format: values.format, level: values.level, out: values.out }, fail)
			);
			return;
		default:
			fail(`Lệnh không rõ / unknown command: ${command}\n\n${HELP}`);
	}
}

main(process.argv.slice(2)).catch((e) => {
	// The disk is full, the file is read-only, the server is down: say so and what to do, not a stack trace.
	const fault = databaseFault(e);
	if (fault) {
		const lang = process.env.SAPXEP_LANG === 'en' ? 'en' : 'vi';
		process.stderr.write(
			`Lỗi cơ sở dữ liệu / database error: ${fault.message[lang]}\n${lang === 'vi' ? `(${fault.message.en})\n` : ''}` +
				`Chi tiết / detail: ${(e as Error).message}\n`
		);
		process.exit(3);
	}
	process.stderr.write(`${(e as Error).stack ?? e}\n`);
	process.exit(1);
});
