/**
 * Regression (issue 9, one truth per figure): the computed-vs-official area check of the quality page used its own
 * 5 % at import time. It now reads `data.area_difference_warn` of the dataset's rule set, overrides applied, and the
 * official area as edited since the import: the same value the verdicts and the unit panel use.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../../src/lib/server/db/database';
import { seedDemo } from '../../src/lib/server/demo';
import { listUnits, updateUnits } from '../../src/lib/server/db/unit.repository';
import { revokeOverride, setOverride } from '../../src/lib/server/db/rule-override.repository';
import * as qualityPage from '../../src/routes/datasets/[id]/quality/+page.server';
import * as qualityCsv from '../../src/routes/api/datasets/[id]/quality.csv/+server';

type Row = { check_kind: string; codes: string[]; message_vi: string };

describe('quality page: the area-difference threshold is the rule set value (data.area_difference_warn)', () => {
	let dir: string;
	let id: number;
	let code: string;
	const areaRows = async () =>
		((await qualityPage.load({ params: { id: String(id) } } as never)) as { rows: Row[] }).rows.filter(
			(r) => r.check_kind === 'area-mismatch'
		);
	const csv = async () =>
		(await (
			await qualityCsv.GET({ params: { id: String(id) }, url: new URL('http://x/quality.csv') } as never)
		).text()) as string;

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'sapxep-quality-area-'));
		process.env.DATABASE_PATH = join(dir, 'q.db');
		const db = await getDb();
		id = (await seedDemo(db, { communes: 20, seed: 3 })).datasetId;
		const u = (await listUnits(db, id)).find((x) => x.level === 'commune' && x.areaComputedKm2)!;
		code = u.code;
		// Official area 8 % below the computed one: flagged at 5 %, not at 10 %.
		const official = Math.round((u.areaComputedKm2! / 1.08) * 100) / 100;
		await updateUnits(db, id, [{ code, patch: { areaOfficialKm2: official } }], 'editor');
	});
	afterAll(async () => {
		await (await getDb()).destroy();
		delete process.env.DATABASE_PATH;
		rmSync(dir, { recursive: true, force: true });
	});

	it('an official area edited after the import is checked with the default 5 %', async () => {
		const rows = await areaRows();
		expect(rows.map((r) => r.codes)).toContainEqual([code]);
		expect(rows.find((r) => r.codes[0] === code)!.message_vi).toMatch(/\(ngưỡng 5%\)/);
		expect(await csv()).toContain(code);
	});

	it('an override of data.area_difference_warn to 10 % clears it on the page and in the CSV; revoking restores it', async () => {
		const db = await getDb();
		await setOverride(db, 'nq35-2023', 'data.area_difference_warn', 0.1, 'thử ngưỡng 10%', 'admin', 0.05);
		expect((await areaRows()).map((r) => r.codes[0])).not.toContain(code);
		expect(await csv()).not.toMatch(new RegExp(`area-mismatch[^\\n]*${code}`));
		await revokeOverride(db, 'nq35-2023', 'data.area_difference_warn', 'admin', 'trở lại giá trị luật');
		expect((await areaRows()).map((r) => r.codes[0])).toContain(code);
	});
});
