/**
 * The database commands: `migrate`, `db backup`, `db copy --to postgres://…`, and `setup` (migrate, demo province,
 * first administrator).
 */
import { existsSync } from 'node:fs';
import {
	defaultDatabaseLocation,
	defaultDatabasePath,
	describeLocation,
	isPostgresUrl,
	openMigrated
} from '../lib/server/db/database.ts';
import { copyDatabase } from '../lib/server/db/copy.ts';
import { backupPostgres, BackupError, backupSqlite } from '../lib/server/db/backup.ts';
import { countDatasets } from '../lib/server/db/dataset.repository.ts';
import { seedDemo } from '../lib/server/demo.ts';
import { ensureInitialAdmin } from '../lib/server/auth/users.ts';
import { cliLang, fail, WHO, withDb, type CliValues, type Out } from './common.ts';

export const DATABASE_COMMANDS = ['migrate', 'db', 'setup'] as const;

export const DATABASE_HELP = `  migrate                              apply database migrations
  db copy --to postgres://… [--from FILE]
                                       copy a department's SQLite file (default: the database below) into an
                                       empty PostgreSQL database, in one transaction, verified by counts per table
  db backup [--out PATH]              a verified copy of the database: SQLite through VACUUM INTO (then
                                       integrity_check and row counts on the copy), PostgreSQL through pg_dump
                                       (custom format, read back with pg_restore --list); PATH is a file or a
                                       folder (default ./backups/sapxep-<UTC time>.db|.dump)
  setup                                migrate, seed the demo province if the database is empty, and create the
                                       account \`admin\` with a random password (printed once) if there is none`;

export async function databaseCommand(
	command: (typeof DATABASE_COMMANDS)[number],
	positionals: string[],
	values: CliValues,
	out: Out
): Promise<void> {
	switch (command) {
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
						fail(`Không sao lưu được / backup failed: ${cliLang() === 'en' ? e.message : `${e.vi}\n(${e.message})`}`);
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
	}
}
