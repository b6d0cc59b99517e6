import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openMigrated, type Db } from '../../src/lib/server/db/database';
import type { ImportFile } from '../../src/lib/server/import/dataset';

/** The real province shared beside the repository (never copied into it: its licence forbids). */
export const LAM_DONG = resolve(process.cwd(), '../shared/data/lam-dong');

/** A fresh SQLite file with the real migrations applied. */
export async function tempDb(): Promise<{ db: Db; path: string; dir: string; cleanup: () => Promise<void> }> {
	const dir = mkdtempSync(join(tmpdir(), 'sapxep-test-'));
	const path = join(dir, 'test.db');
	const db = await openMigrated(path);
	return {
		db,
		path,
		dir,
		cleanup: async () => {
			await db.destroy();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/** The Lâm Đồng files as the CLI folder import reads them. */
export function lamDongFiles(): ImportFile[] {
	return ['districts.geojson', 'communes.geojson', 'units.csv'].map((n) => ({
		name: n,
		data: readFileSync(join(LAM_DONG, n))
	}));
}

/** Snapshot of every table's row count, to prove a failed import wrote nothing. */
export async function tableCounts(db: Db): Promise<Record<string, number>> {
	const out: Record<string, number> = {};
	for (const t of ['datasets', 'units', 'adjacency', 'data_quality', 'audit_log'] as const) {
		const r = await db
			.selectFrom(t)
			.select((e) => e.fn.countAll<number>().as('n'))
			.executeTakeFirstOrThrow();
		out[t] = Number(r.n);
	}
	return out;
}
