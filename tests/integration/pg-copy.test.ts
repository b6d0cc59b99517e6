/**
 * Issue 15 item 2: `npm run cli -- db copy --to postgres://…` moves a department's SQLite data into PostgreSQL,
 * every table in one transaction, verified by counts. Runs only with TEST_DATABASE_URL (see vite.config.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMigrated, type Db } from '../../src/lib/server/db/database';
import { dialectOf } from '../../src/lib/server/db/dialect';
import { setManualEdge } from '../../src/lib/server/db/adjacency.repository';
import { setOverride } from '../../src/lib/server/db/rule-override.repository';
import { saveScenarioStaffing } from '../../src/lib/server/db/scenario-staffing.repository';
import { importDataset } from '../../src/lib/server/import';
import { createScenario, duplicateScenario } from '../../src/lib/server/services/scenario.service';
import { cli } from '../helpers/cli';
import { lamDongFiles, tempPgSchema } from '../helpers/db';

const TABLES = [
	'datasets',
	'units',
	'adjacency',
	'data_quality',
	'rule_overrides',
	'audit_log',
	'scenarios',
	'scenario_versions',
	'scenario_staffing'
];
const an = { id: 'an', name: 'an' };
let dir: string;
let file: string;
let target: { url: string; drop: () => Promise<void> };

async function counts(db: Db): Promise<Record<string, number>> {
	const out: Record<string, number> = {};
	for (const t of TABLES) {
		const r = await db
			.selectFrom(t as 'units')
			.select((e) => e.fn.countAll().as('n'))
			.executeTakeFirstOrThrow();
		out[t] = Number(r.n);
	}
	return out;
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'sapxep-copy-'));
	file = join(dir, 'department.db');
	const db = await openMigrated(file);
	const { datasetId } = await importDataset(db, lamDongFiles(), { name: 'Lâm Đồng', createdBy: 'an' });
	const s = await createScenario(db, an, { datasetId, name: 'Phương án 1' });
	await duplicateScenario(db, an, s.id); // copied_from: a row pointing at a row of its own table
	await saveScenarioStaffing(db, s.id, 0, { effectiveDate: '2025-07-01' } as never, 'an');
	await setOverride(db, 'nq35-2023', 'x.test', 1, 'kiểm thử', 'an', null);
	const units = await db.selectFrom('units').select('code').where('level', '=', 'commune').limit(2).execute();
	await setManualEdge(db, datasetId, 'commune', units[0].code, units[1].code, 'add', 'phà', 'an');
	await db.destroy();
	target = await tempPgSchema();
});
afterAll(async () => {
	await target?.drop();
	rmSync(dir, { recursive: true, force: true });
});

describe('db copy --to postgres://… (issue 15.2)', () => {
	it('copies every table of a SQLite file into PostgreSQL, counts equal per table, values and ids unchanged', async () => {
		const r = await cli(file, ['db', 'copy', '--from', file, '--to', target.url, '--json']);
		expect(r.stderr).toBe('');
		expect(r.code).toBe(0);
		const report = JSON.parse(r.stdout) as { tables: { table: string; source: number; target: number }[] };
		const src = await openMigrated(file);
		const dst = await openMigrated(target.url);
		try {
			expect(dialectOf(dst)).toBe('postgres');
			const before = await counts(src);
			expect(await counts(dst)).toEqual(before);
			expect(before.units).toBe(154);
			expect(before.scenarios).toBe(2);
			for (const t of TABLES)
				expect(report.tables.find((x) => x.table === t)).toEqual({ table: t, source: before[t], target: before[t] });
			// Parents are copied before their children.
			const order = report.tables.map((x) => x.table);
			expect(order.indexOf('datasets')).toBeLessThan(order.indexOf('units'));
			expect(order.indexOf('scenarios')).toBeLessThan(order.indexOf('scenario_versions'));
			// Same rows, same ids, floats to the last bit (double precision, not PostgreSQL's 4-byte real).
			const a = await src.selectFrom('units').selectAll().orderBy('id').execute();
			const b = await dst.selectFrom('units').selectAll().orderBy('id').execute();
			expect(b).toEqual(a);
			expect(await dst.selectFrom('scenarios').selectAll().orderBy('id').execute()).toEqual(
				await src.selectFrom('scenarios').selectAll().orderBy('id').execute()
			);
			// The identity counters moved past the copied ids: a new row gets the next id.
			const maxId = Math.max(...(await src.selectFrom('scenarios').select('id').execute()).map((x) => x.id));
			const s = await createScenario(dst, an, { datasetId: a[0].dataset_id, name: 'Sau khi chép' });
			expect(s.id).toBe(maxId + 1);
		} finally {
			await src.destroy();
			await dst.destroy();
		}
	});

	it('refuses to copy into a database that already holds data, and leaves it unchanged', async () => {
		const dst = await openMigrated(target.url);
		try {
			const before = await counts(dst);
			const r = await cli(file, ['db', 'copy', '--from', file, '--to', target.url]);
			expect(r.code).not.toBe(0);
			expect(r.stderr).toMatch(/already holds data \(datasets/);
			expect(await counts(dst)).toEqual(before);
		} finally {
			await dst.destroy();
		}
	});

	it('refuses a target that is not PostgreSQL', async () => {
		const r = await cli(file, ['db', 'copy', '--from', file, '--to', join(dir, 'other.db')]);
		expect(r.code).not.toBe(0);
		expect(r.stderr).toMatch(/Cần --to postgres:\/\/…/);
	});
});
