/**
 * The planner's model (issue 13) on small hand-made provinces whose optimum is known, on generated provinces
 * (properties), and the LP file it writes (HiGHS reads lines of up to ~560 characters).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedBasis } from '../helpers/planner';
import { CTX, view } from '../fixtures/scenario';
import { getRuleSet } from '../../src/lib/domain/rules/index';
import { blankGroup, scenarioBasis } from '../../src/lib/domain/scenario/index';
import { adjacencyIndex } from '../../src/lib/domain/geo/contiguity';
import {
	enumerateCandidates,
	greedyPlan,
	levelUnits,
	plan,
	plannerOptions,
	writeLp,
	type PlannerOptions,
	type PlanResult
} from '../../src/lib/domain/planner/index';
import { WorkerLpSolver } from '../../src/lib/server/planner-solver';

let solver: WorkerLpSolver;
beforeAll(() => {
	solver = new WorkerLpSolver();
});
afterAll(async () => {
	await solver.close();
});

// xã, terrain "other": 8,000 persons and 30 km²; subject 2023–2025 when a < 70 % and p < 70 % (NQ 35 Art. 1.2.a).
const UNITS = [
	view('001', 'Huyện Một', 'huyen', '99', 600, 150_000),
	view('002', 'Huyện Hai', 'huyen', '99', 600, 150_000),
	// A path 00001 – 00002 – 00003 – 00004: two subject units in the middle that together meet both standards.
	view('00001', 'Xã P1', 'xa', '001', 40, 9_000),
	view('00002', 'Xã M1', 'xa', '001', 18, 5_000), // subject
	view('00003', 'Xã M2', 'xa', '001', 17, 5_500), // subject
	view('00004', 'Xã P2', 'xa', '001', 40, 9_000),
	view('00005', 'Xã Đảo', 'xa', '001', 10, 3_000), // subject, no neighbour
	view('00006', 'Xã Biên', 'xa', '001', 10, 3_000), // subject, its only neighbour is in district 002
	view('00007', 'Xã Bên Kia', 'xa', '002', 40, 9_000),
	view('00008', 'Xã Kề Giữ', 'xa', '001', 10, 3_000), // subject, its only neighbour is protected
	view('00009', 'Xã Giữ', 'xa', '001', 40, 9_000),
	view('00010', 'Xã Kề Miễn', 'xa', '001', 10, 3_000), // subject, its only neighbour is exempted
	view('00011', 'Xã Miễn', 'xa', '001', 5, 1_000, { lastArrangedPeriod: '2019-2021' }), // exempt (Art. 3.2)
	view('00013', 'Xã Thiếu', 'xa', '001', 5, 1_000), // subject, every combination short
	view('00014', 'Xã Nhỏ', 'xa', '001', 22, 1_500) // a 73 %: not subject in 2023–2025
];
const EDGES = [
	['00001', '00002'],
	['00002', '00003'],
	['00003', '00004'],
	['00006', '00007'],
	['00008', '00009'],
	['00010', '00011'],
	['00013', '00014']
].map(([a, b]) => ({ a, b }));
const handBasis = () =>
	scenarioBasis(UNITS, CTX, getRuleSet('nq35-2023'), { commune: EDGES, district: [{ a: '001', b: '002' }] });

const run = (options: Partial<PlannerOptions>, basis = handBasis()) =>
	plan({ basis, options: { levels: ['commune'], ...options } }, solver);

const reasonOf = (r: PlanResult, code: string) => r.plans[0].uncovered.find((u) => u.code === code);

describe('planner on a hand-made province (known optimum)', () => {
	it('merges two adjacent subject units with each other (2 units changed) where greedy pairs each with a partner (4)', async () => {
		const r = await run({ protect: ['00009'] });
		const best = r.plans[0];
		expect(best.groups.map((g) => g.members)).toContainEqual(['00002', '00003']);
		expect(best.groups.some((g) => g.members.includes('00001') || g.members.includes('00004'))).toBe(false);
		const g = best.groups.find((x) => x.members.includes('00002'))!;
		expect(g.meets).toBe('both');
		expect(g.why?.anchor).toBe('00002');
		// The next-best partner for 00002 is 00001: it meets both too but leaves 00003 to another group.
		expect(g.why?.nextBest?.members).toEqual(['00001', '00002']);
		expect(g.why!.nextBest!.extraCost).toBeGreaterThan(0);
		const greedy = greedyPlan(handBasis(), { levels: ['commune'], protect: ['00009'] });
		expect(greedy.groups).toContainEqual(['00001', '00002']);
		expect(greedy.groups).toContainEqual(['00003', '00004']);
		const ours = best.groups.filter((x) => x.members.some((m) => ['00002', '00003'].includes(m)));
		expect(ours.reduce((s, x) => s + x.members.length, 0)).toBe(2);
	});

	it('reports each subject unit it cannot cover with the reason (island, district line, protected and exempted neighbours, all short)', async () => {
		const r = await run({ protect: ['00009'] });
		expect(reasonOf(r, '00005')?.reason).toBe('island');
		expect(reasonOf(r, '00006')).toMatchObject({ reason: 'no_neighbour_in_district', related: ['00007'] });
		expect(reasonOf(r, '00008')).toMatchObject({ reason: 'protected_neighbours', related: ['00009'] });
		expect(reasonOf(r, '00010')).toMatchObject({ reason: 'protected_neighbours', related: ['00011'] });
		expect(reasonOf(r, '00013')).toMatchObject({
			reason: 'all_short',
			best: { members: ['00013', '00014'], meets: 'none' }
		});
		expect(r.plans[0].uncovered.map((u) => u.code).sort()).toEqual(['00005', '00006', '00008', '00010', '00013']);
		expect(r.plans[0].score.allLawful).toBe(false);
	});

	it('crosses a district line only when allowed, and counts it (NQ 35: crossing is a warning)', async () => {
		const r = await run({ crossDistrict: true, protect: ['00009'] });
		const g = r.plans[0].groups.find((x) => x.members.includes('00006'));
		expect(g?.members).toEqual(['00006', '00007']);
		expect(g?.sameParent).toBe(false);
		expect(g?.parts?.crossing).toBeGreaterThan(0);
		expect(r.plans[0].score.crossing).toBe(1);
	});

	it('never touches a protected unit, nor an exempted one (NQ 35 Art. 3.2), and covers a unit once its neighbour is free', async () => {
		const r = await run({ protect: ['00009'] });
		for (const p of r.plans) {
			const used = p.groups.flatMap((g) => g.members);
			expect(used).not.toContain('00009');
			expect(used).not.toContain('00011');
		}
		const free = await run({});
		expect(free.plans[0].groups.map((g) => g.members)).toContainEqual(['00008', '00009']);
	});

	it('a protected subject unit is reported as protected, not covered', async () => {
		const r = await run({ protect: ['00002'] });
		expect(reasonOf(r, '00002')?.reason).toBe('protected');
		expect(r.plans[0].groups.flatMap((g) => g.members)).not.toContain('00002');
		expect(r.plans[0].groups.map((g) => g.members)).toContainEqual(['00003', '00004']);
	});

	it('completes a scenario: its groups are kept and their units not regrouped', async () => {
		const keep = {
			groups: [blankGroup('g1', 'commune', ['00002', '00001'])],
			exemptions: []
		};
		const r = await plan({ basis: handBasis(), options: { levels: ['commune'] }, keep }, solver);
		const best = r.plans[0];
		expect(best.groups.filter((g) => g.kept).map((g) => g.members)).toEqual([['00002', '00001']]);
		expect(best.groups.filter((g) => !g.kept).map((g) => g.members)).toContainEqual(['00003', '00004']);
		expect(best.uncovered.map((u) => u.code)).not.toContain('00002');
	});

	it('alternatives are distinct plans, each no better than the best', async () => {
		const r = await run({ alternatives: 3 });
		expect(r.plans.length).toBeGreaterThan(1);
		const keys = r.plans.map((p) =>
			p.groups
				.map((g) => g.members.join('+'))
				.sort()
				.join('|')
		);
		expect(new Set(keys).size).toBe(keys.length);
		for (const p of r.plans.slice(1)) {
			expect(p.score.objective).toBeGreaterThanOrEqual(r.plans[0].score.objective - 1e-6);
			expect(p.differs!.removed.length + p.differs!.added.length).toBeGreaterThan(0);
			expect(p.score.uncovered).toBeLessThanOrEqual(r.plans[0].score.uncovered);
		}
	});
});

describe('planner options', () => {
	it('prefer subject partners adds a cost per partner that is not subject; the residents weight in words scales its part', () => {
		const basis = handBasis();
		const lu = levelUnits(basis, 'commune', ['2023-2025'], new Set());
		const find = (cs: ReturnType<typeof enumerateCandidates>, key: string) => cs.find((c) => c.members.join() === key)!;
		const plain = enumerateCandidates(basis, lu, plannerOptions({}));
		const prefer = enumerateCandidates(basis, lu, plannerOptions({ preferSubjectPartners: true }));
		expect(find(prefer, '00002,00003').parts.partners).toBe(0);
		expect(find(prefer, '00001,00002').parts.partners).toBe(30);
		expect(find(plain, '00001,00002').parts.partners).toBe(0);
		const high = enumerateCandidates(basis, lu, plannerOptions({ residentsWeight: 'high' }));
		// 00002 (5,000 residents) is absorbed into 00001: 5 points per 1,000 at "normal", three times that at "high".
		expect(find(plain, '00001,00002').parts.residents).toBe(5);
		expect(find(high, '00001,00002').parts.residents).toBe(15);
	});
});

describe('planner properties on generated provinces', () => {
	for (const seed of [3, 11]) {
		it(`seed ${seed}: groups connected, one level, subject units covered or explained, exempted and protected untouched, deterministic`, async () => {
			const { basis } = generatedBasis(150, seed, ['2023-2025', '2026-2030']);
			const opts = plannerOptions({ phase: 'both' });
			// Protect one non-subject neighbour of every third subject unit.
			const subject = [...basis.verdicts.values()]
				.filter((v) => v.status.startsWith('subject_'))
				.map((v) => v.unitCode);
			const protect: string[] = [];
			subject.forEach((c, i) => {
				const idx = basis.adjacency[basis.units.get(c)!.level as 'commune' | 'district'];
				const n = idx?.neighbours(c).find((x) => !subject.includes(x));
				if (i % 3 === 0 && n) protect.push(n);
			});
			const a = await plan({ basis, options: { ...opts, protect } }, solver);
			const b = await plan({ basis, options: { ...opts, protect } }, solver);
			expect(JSON.stringify(a.plans.map((p) => [p.groups, p.uncovered]))).toBe(
				JSON.stringify(b.plans.map((p) => [p.groups, p.uncovered]))
			);
			const best = a.plans[0];
			expect(subject.length).toBeGreaterThan(0);
			const exempt = [...basis.verdicts.values()].filter((v) => v.status === 'exempt').map((v) => v.unitCode);
			for (const p of a.plans) {
				const used = p.groups.flatMap((g) => g.members);
				expect(new Set(used).size).toBe(used.length);
				for (const g of p.groups) {
					const levels = new Set(g.members.map((c) => basis.units.get(c)!.level));
					expect(levels.size).toBe(1);
					expect(g.level).toBe([...levels][0]);
					expect(g.contiguous).toBe(true);
					// Connected on the adjacency graph itself, not only by the group's own verdict.
					const idx = adjacencyIndex(
						g.members.flatMap((x) =>
							g.members.filter((y) => x < y && basis.adjacency[g.level]!.isAdjacent(x, y)).map((y) => ({ a: x, b: y }))
						)
					);
					const seen = new Set([g.members[0]]);
					const queue = [g.members[0]];
					while (queue.length)
						for (const n of idx.neighbours(queue.shift()!))
							if (!seen.has(n)) {
								seen.add(n);
								queue.push(n);
							}
					expect(seen.size).toBe(g.members.length);
					if (g.level === 'commune') expect(g.sameParent).toBe(true);
				}
				for (const c of [...exempt, ...protect]) expect(used).not.toContain(c);
				for (const c of subject) {
					const covered = used.includes(c);
					const why = p.uncovered.find((u) => u.code === c);
					expect(covered !== (why != null), c).toBe(true);
				}
			}
			expect(best.score.mandatory).toBe(subject.length);
		}, 60_000);
	}

	it('enumerates every pair of a subject unit with an eligible neighbour in its district, and no set above the maximum size', () => {
		const { basis } = generatedBasis(150, 3);
		const lu = levelUnits(basis, 'commune', ['2023-2025'], new Set());
		const c4 = enumerateCandidates(basis, lu, plannerOptions({ maxMembers: 4 }));
		const c2 = enumerateCandidates(basis, lu, plannerOptions({ maxMembers: 2 }));
		expect(c2.every((c) => c.members.length === 2)).toBe(true);
		expect(c4.every((c) => c.members.length >= 2 && c.members.length <= 4)).toBe(true);
		expect(c4.length).toBeGreaterThanOrEqual(c2.length);
		// Every pair of a subject unit with an eligible neighbour in its district is a candidate.
		const idx = basis.adjacency.commune!;
		for (const m of lu.mandatory) {
			if (!lu.eligible.has(m)) continue;
			for (const n of idx.neighbours(m)) {
				if (!lu.eligible.has(n) || basis.units.get(n)!.parentCode !== basis.units.get(m)!.parentCode) continue;
				expect(c2.map((c) => c.members.join(','))).toContain([m, n].sort().join(','));
			}
		}
	}, 30_000);
});

describe('the LP file', () => {
	it('keeps every line under HiGHS’s LP-reader limit (~560 characters), with hundreds of candidates on one unit', () => {
		const members = (i: number) => ['00001', `9${String(i).padStart(4, '0')}`];
		const candidates = Array.from({ length: 400 }, (_, i) => ({
			index: i,
			level: 'commune' as const,
			members: members(i),
			mandatory: ['00001'],
			meets: 'both' as const,
			valid: true,
			sameParent: true,
			density: 1,
			residentsAffected: 1234,
			cost: 21.234,
			parts: { units: 20, residents: 1.234, standards: 0, crossing: 0, compactness: 0, partners: 0 }
		}));
		const lp = writeLp({ candidates, mandatory: ['00001'], others: candidates.map((c) => c.members[1]) }, [[3], [5]]);
		const lines = lp.split('\n');
		expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(210);
		expect(lp).toContain('Binary');
		expect(lines.filter((l) => l.startsWith(' n')).length).toBe(2);
	});
});
