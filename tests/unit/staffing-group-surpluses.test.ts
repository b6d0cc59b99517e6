/**
 * The map's group panel reads each group's surplus from the server (one truth with the staffing tab, issue 9): the
 * feed loads per saved scenario version, keeps only the latest answer, and says "updating" instead of showing a
 * figure computed for another member list or an older version.
 */
import { describe, expect, it } from 'vitest';
import { ScenarioSurpluses, sameMembers } from '../../src/lib/staffing/group-surpluses.svelte';
import type { GroupSurplusSummary } from '../../src/lib/domain/staffing/scenario';

const summary = (groupId: string, memberCodes: string[], surplus: number): GroupSurplusSummary => ({
	groupId,
	name: null,
	level: 'commune',
	memberCodes,
	before: { cadresCivilServants: 40, nonProfessional: 20 },
	after: { cadresCivilServants: 40 - surplus, nonProfessional: 12 },
	surplus: { cadresCivilServants: surplus, nonProfessional: 8 },
	surplusSource: 'quota',
	incrementBasis: 'normal',
	membersOnQuota: 0,
	effectiveDate: '2025-01-01'
});

/** A fetch whose answers the test releases by hand, in any order. */
function manualFetch() {
	const pending: { url: string; resolve: (r: Response) => void }[] = [];
	const fetcher = ((url: string) =>
		new Promise<Response>((resolve) => pending.push({ url, resolve }))) as unknown as typeof fetch;
	const answer = (i: number, scenarioVersion: number, groups: GroupSurplusSummary[]) =>
		pending[i].resolve(new Response(JSON.stringify({ scenarioVersion, groups }), { status: 200 }));
	return { fetcher, pending, answer };
}
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('group panel surplus feed (one truth with the staffing tab)', () => {
	it('loads the groups of the saved version from the staffing endpoint', async () => {
		const f = manualFetch();
		const feed = new ScenarioSurpluses(() => 7, f.fetcher);
		void feed.load(3);
		expect(f.pending[0].url).toBe('/api/scenarios/7/staffing/groups');
		expect(feed.of('g1', ['a', 'b'], 3).updating).toBe(true);
		f.answer(0, 3, [summary('g1', ['a', 'b'], 11)]);
		await flush();
		expect(feed.of('g1', ['b', 'a'], 3)).toMatchObject({
			updating: false,
			summary: { surplus: { cadresCivilServants: 11 } }
		});
	});

	it('the latest version wins even when an older answer arrives last', async () => {
		const f = manualFetch();
		const feed = new ScenarioSurpluses(() => 7, f.fetcher);
		void feed.load(3);
		void feed.load(4);
		f.answer(1, 4, [summary('g1', ['a', 'b', 'c'], 15)]);
		await flush();
		f.answer(0, 3, [summary('g1', ['a', 'b'], 11)]);
		await flush();
		expect(feed.version).toBe(4);
		expect(feed.of('g1', ['a', 'b', 'c'], 4).summary!.surplus.cadresCivilServants).toBe(15);
	});

	it('an edit not saved yet (other members, or a newer version) shows "updating", not a stale figure', async () => {
		const f = manualFetch();
		const feed = new ScenarioSurpluses(() => 7, f.fetcher);
		void feed.load(3);
		f.answer(0, 3, [summary('g1', ['a', 'b'], 11)]);
		await flush();
		expect(feed.of('g1', ['a', 'b', 'c'], 3).updating).toBe(true);
		expect(feed.of('g1', ['a', 'b'], 4).updating).toBe(true);
		// A group the server does not compute (fewer than two members): no figure, not "updating" forever.
		expect(feed.of('g9', ['z'], 3)).toMatchObject({ summary: null, updating: false });
	});

	it('sameMembers ignores order', () => {
		expect(sameMembers({ memberCodes: ['a', 'b'] }, ['b', 'a'])).toBe(true);
		expect(sameMembers({ memberCodes: ['a', 'b'] }, ['a'])).toBe(false);
	});
});
