/**
 * Issue 15 item 1: the same migrations and queries on PostgreSQL. Runs only with TEST_DATABASE_URL (vite.config.ts).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../../migrations/index';
import { openMigrated, type Db } from '../../src/lib/server/db/database';
import { countDatasets } from '../../src/lib/server/db/dataset.repository';
import { dialectOf } from '../../src/lib/server/db/dialect';
import { importDataset } from '../../src/lib/server/import';
import { lamDongFiles, tempPgSchema } from '../helpers/db';

const run = promisify(execFile);
let schema: Awaited<ReturnType<typeof tempPgSchema>>;

beforeAll(async () => {
	schema = await tempPgSchema();
});
afterAll(async () => {
	await schema?.drop();
});

async function columnType(db: Db, table: string, column: string) {
	const r = await sql<{ data_type: string; is_identity: string }>`
		select data_type, is_identity from information_schema.columns
		where table_schema = current_schema() and table_name = ${table} and column_name = ${column}`.execute(db);
	return r.rows[0];
}

describe('PostgreSQL: one migration list for both databases (issue 15.1)', () => {
	it('three processes migrating one empty database at once: each succeeds, every migration applied exactly once (the lock)', async () => {
		const script = `import { openMigrated } from ${JSON.stringify(resolve('src/lib/server/db/database.ts'))};
const db = await openMigrated(process.argv[2]);
await db.destroy();`;
		const dir = mkdtempSync(join(tmpdir(), 'sapxep-migrate-'));
		const file = join(dir, 'migrate.mts');
		writeFileSync(file, script);
		const runs = await Promise.all(
			[1, 2, 3].map(() => run('node_modules/.bin/tsx', [file, schema.url]).then((r) => r.stderr))
		);
		rmSync(dir, { recursive: true, force: true });
		expect(runs).toEqual(['', '', '']);
		const db = await openMigrated(schema.url);
		try {
			const applied = await db
				.withoutPlugins()
				.selectFrom('kysely_migration' as 'units')
				.select(sql<string>`name`.as('name'))
				.execute();
			expect(applied.map((r) => r.name).sort()).toEqual(Object.keys(migrations).sort());
		} finally {
			await db.destroy();
		}
	});

	it('the frozen migrations make identity keys, 8-byte integers and double precision floats (not 4-byte real)', async () => {
		const db = await openMigrated(schema.url);
		try {
			expect(dialectOf(db)).toBe('postgres');
			expect(await columnType(db, 'units', 'id')).toEqual({ data_type: 'bigint', is_identity: 'YES' });
			expect(await columnType(db, 'units', 'area_computed_km2')).toMatchObject({ data_type: 'double precision' });
			expect(await columnType(db, 'units', 'compactness')).toMatchObject({ data_type: 'double precision' });
			expect(await columnType(db, 'units', 'population')).toMatchObject({ data_type: 'bigint' });
		} finally {
			await db.destroy();
		}
	});

	it('ids come back from insert … returning, counts and bigints as numbers, floats to the last bit, integers past 2³¹', async () => {
		const db = await openMigrated(schema.url);
		try {
			const { datasetId } = await importDataset(db, lamDongFiles(), { name: 'Lâm Đồng', createdBy: 'test' });
			expect(typeof datasetId).toBe('number');
			expect(await countDatasets(db)).toBe(1);
			const n = await db
				.selectFrom('units')
				.select((e) => e.fn.countAll().as('n'))
				.executeTakeFirstOrThrow();
			expect(n.n).toBe(154);
			const u = await db
				.selectFrom('units')
				.select(['id', 'population'])
				.where('code', '=', '672')
				.executeTakeFirstOrThrow();
			expect(typeof u.population).toBe('number');
			// 4-byte real keeps ~7 significant digits; an area or a coordinate needs all of a double's.
			const area = 1234.567890123456;
			await db
				.updateTable('units')
				.set({ area_official_km2: area, population: 3_000_000_000 })
				.where('id', '=', u.id)
				.execute();
			const back = await db
				.selectFrom('units')
				.select(['area_official_km2', 'population'])
				.where('id', '=', u.id)
				.executeTakeFirstOrThrow();
			expect(back).toEqual({ area_official_km2: area, population: 3_000_000_000 });
		} finally {
			await db.destroy();
		}
	});
});
