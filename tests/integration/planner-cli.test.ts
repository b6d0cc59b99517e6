/** `npm run cli -- plan` (issue 13 item 4): the JSON document, and --save making a scenario the editor can open. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';
import { LAM_DONG, tempDb } from '../helpers/db';

let t: Awaited<ReturnType<typeof tempDb>>;
beforeAll(async () => {
	t = await tempDb();
	const r = await cli(t.path, ['import', LAM_DONG, '--name', 'Lâm Đồng 2023', '--json']);
	expect(r.code, r.stderr).toBe(0);
}, 120_000);
afterAll(async () => {
	await t?.cleanup();
});

describe('cli plan', () => {
	it('prints groups (members, meets, contiguous), uncovered with reasons, seconds and alternatives; --save stores a scenario', async () => {
		const r = await cli(t.path, [
			'plan',
			'Lâm Đồng 2023',
			'--rules',
			'nq35-2023',
			'--phase',
			'2023-2025',
			'--save',
			'--name',
			'Tự động',
			'--json'
		]);
		expect(r.code, r.stderr).toBe(0);
		const doc = JSON.parse(r.stdout);
		expect(Number.isInteger(doc.scenario_id)).toBe(true);
		expect(doc.groups.length).toBeGreaterThan(0);
		for (const g of doc.groups) {
			expect(g.meets).toBe('both');
			expect(g.contiguous).toBe(true);
			expect(g.members.every((m: unknown) => typeof m === 'string')).toBe(true);
		}
		expect(doc.uncovered).toEqual([]);
		expect(typeof doc.seconds).toBe('number');
		expect(doc.alternatives).toBeGreaterThanOrEqual(0);
		const ev = await cli(t.path, ['scenario', 'evaluate', String(doc.scenario_id), '--json']);
		expect(ev.code, ev.stderr).toBe(0);
		const evaluation = JSON.parse(ev.stdout);
		expect(evaluation.summary.mandatory_left).toBe(0);
		expect(evaluation.summary.groups).toBe(doc.groups.length);
	}, 120_000);

	it('reports protected subject units as left with the reason "protected", and saves nothing without --save', async () => {
		// The three southern districts (subject in 2023–2025) protected: they are reported, not grouped.
		const r = await cli(t.path, ['plan', 'Lâm Đồng 2023', '--max-members', '2', '--protect', '681,682,683', '--json']);
		expect(r.code, r.stderr).toBe(0);
		const doc = JSON.parse(r.stdout);
		const left = doc.uncovered.filter((u: { code: string }) => ['681', '682', '683'].includes(u.code));
		expect(left.length).toBeGreaterThan(0);
		for (const u of left) expect(u.reason).toBe('protected');
		expect(doc.scenario_id).toBeUndefined();
	}, 120_000);
});
