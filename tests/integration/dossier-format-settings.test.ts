/**
 * The page format of the scheme (Decree 30/2020, values to verify) is corrected by an administrator on the standards
 * page like any rule value, and the DOCX exporter then uses the correction: the standards page's load lists the
 * "dossier-format" value set, its override action stores a left margin of 35 mm, and dossierFormatInForce reads it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isActionFailure } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../../src/lib/server/db/database';
import { dossierFormatInForce } from '../../src/lib/server/dossier/document';
import { actions, load } from '../../src/routes/standards/+page.server';
import { tempLocation } from '../helpers/db';

let dir: string;
let dropDb: () => Promise<void>;
const url = new URL('http://localhost/standards?rules=dossier-format');

async function override(fields: Record<string, string>) {
	const form = new FormData();
	for (const [k, v] of Object.entries(fields)) form.set(k, v);
	const request = new Request(url, { method: 'POST', body: form });
	return actions.override({ request, url, locals: { user: { id: 'admin', name: 'admin' } } } as never);
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'sapxep-dossier-format-'));
	const t = await tempLocation(join(dir, 'format.db'));
	process.env.DATABASE_PATH = t.location;
	dropDb = t.drop;
	await getDb();
});
afterAll(async () => {
	await (await getDb()).destroy();
	delete process.env.DATABASE_PATH;
	await dropDb();
	rmSync(dir, { recursive: true, force: true });
});

describe('Decree 30/2020 page format as settings an administrator corrects', () => {
	it('lists the margins and font sizes on the standards page, unverified, with the defaults', async () => {
		const page = (await load({ url } as never)) as {
			ruleSetId: string;
			values: { key: string; value: unknown; verified: boolean }[];
		};
		expect(page.ruleSetId).toBe('dossier-format');
		expect(page.values.find((v) => v.key === 'dossier.margin.left_mm')).toMatchObject({ value: 30, verified: false });
		expect((await dossierFormatInForce(await getDb())).marginLeftMm.value).toBe(30);
	});

	it('stores a correction with its reason and the exporter uses it; an out-of-range value is refused', async () => {
		const refused = await override({ key: 'dossier.margin.left_mm', value: '500', reason: 'thử' });
		expect(isActionFailure(refused)).toBe(true);
		expect(
			await override({ key: 'dossier.margin.left_mm', value: '35', reason: 'Phụ lục I Nghị định 30/2020' })
		).toEqual({
			saved: 'dossier.margin.left_mm'
		});
		const fmt = await dossierFormatInForce(await getDb());
		expect(fmt.marginLeftMm).toMatchObject({ value: 35, overridden: true, original: 30 });
	});
});
