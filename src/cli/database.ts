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
import { tIn } from '../lib/i18n/catalogue.ts';

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
				tIn(cliLang(), 'database.migratedP1', { p1: describeLocation(defaultDatabaseLocation()) })
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
							tIn(cliLang(), 'database.backedUpP1FileP2', {
								p1: describeLocation(location),
								file: r.file,
								p2: (r.bytes / 1024).toFixed(0)
							}),
							r.database === 'sqlite'
								? tIn(cliLang(), 'database.copyCheckedIntegrityCheckOk', { tablesLength: r.tables.length })
								: tIn(cliLang(), 'database.archiveCheckedPgRestoreList', { tablesLength: r.tables.length })
						].join('\n')
					);
				} catch (e) {
					if (e instanceof BackupError)
						fail(tIn(cliLang(), 'database.backupFailedMessage', { vi: e.vi, message: e.message }));
					throw e;
				}
				return;
			}
			if (positionals[0] !== 'copy') fail(tIn(cliLang(), 'database.usageDbCopyToPostgres'));
			const to = values.to;
			if (!to || !isPostgresUrl(to)) fail(tIn(cliLang(), 'database.toPostgresIsRequired'));
			const from = values.from ?? defaultDatabasePath();
			if (isPostgresUrl(from)) fail(tIn(cliLang(), 'database.fromIsASqliteFile'));
			if (!existsSync(from)) fail(tIn(cliLang(), 'database.notFoundFrom', { from }));
			const source = await openMigrated(from);
			try {
				const target = await openMigrated(to);
				try {
					const counts = await copyDatabase(source, target).catch((e: Error) =>
						fail(tIn(cliLang(), 'database.copyFailedTargetUnchangedMessage', { message: e.message }))
					);
					out(
						{ ok: true, from, to: describeLocation(to), tables: counts },
						[
							tIn(cliLang(), 'database.copiedFromP1', { from, p1: describeLocation(to) }),
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
							? tIn(cliLang(), 'database.demoDatasetSeededDatasetidDistricts', {
									datasetId: seeded.datasetId,
									districts: seeded.districts,
									communes: seeded.communes
								})
							: tIn(cliLang(), 'database.theDatabaseAlreadyHasData'),
						...(admin
							? [
									'',
									'════════════════════════════════════════════════════════════════════',
									tIn(cliLang(), 'database.administratorAccountLogin', { login: admin.login }),
									tIn(cliLang(), 'database.passwordPassword', { password: admin.password }),
									tIn(cliLang(), 'database.shownOnceWriteItDown'),
									'════════════════════════════════════════════════════════════════════'
								]
							: [])
					].join('\n')
				);
			});
			return;
	}
}
