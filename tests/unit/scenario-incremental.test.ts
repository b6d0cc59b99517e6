/**
 * Issue 14 item 2: an edit evaluates only the groups it changed plus the totals. The full evaluation
 * (evaluateScenarioOn) is the reference: after every step of random edit sequences on a generated province, the
 * incremental evaluation must equal it exactly, with one memo shared across the steps (as the server shares it).
 */
import { describe, expect, it } from 'vitest';
import { generateProvince } from '../../src/lib/domain/generate/index.ts';
import { NQ35_2023, NQ76_2025 } from '../../src/lib/domain/rules';
import {
	applyOps,
	contentDelta,
	editTotalsCounters,
	emptyContent,
	evaluateScenarioEdit,
	evaluateScenarioIncremental,
	evaluateScenarioOn,
	evaluateOneGroup,
	GroupMemo,
	scenarioBasis,
	scenarioCatalog,
	type ScenarioContent,
	type ScenarioOp
} from '../../src/lib/domain/scenario';
import type { UnitView } from '../../src/lib/domain/units';

const p = generateProvince({ communes: 150, seed: 11 });
const ctx = {
	provinceCode: p.provinceCode,
	provinceName: p.provinceName,
	referenceDate: p.referenceDate,
	defaultTerrain: p.defaultTerrain
};
const units: UnitView[] = [...p.districts, ...p.communes].map((u, i) => ({
	...u.record,
	label: null,
	bbox: [0, 0, 1, 1],
	// A few units with a recorded exemption (NQ 35 Art. 3.1), so the dataset's own exemptions are exercised too.
	exemptionCode: i % 17 === 3 ? 'a' : null,
	exemptionNote: i % 17 === 3 ? 'lịch sử, truyền thống' : null
}));
const adjacency = {
	commune: p.trueCommunePairs.map(([a, b]) => ({ a, b })),
	district: p.trueDistrictPairs.map(([a, b]) => ({ a, b }))
};
const districts = p.districts.map((d) => d.record.code);
const communes = p.communes.map((c) => c.record.code);

/** Deterministic PRNG (mulberry32). */
function rng(seed: number) {
	let a = seed;
	return () => {
		a |= 0;
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function randomOp(r: () => number, c: ScenarioContent, reasons: string[]): ScenarioOp {
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
	const g = c.groups.length ? pick(c.groups) : null;
	const k = r();
	if (!g || k < 0.2) {
		if (r() < 0.2) {
			const [a, b] = pick(p.trueDistrictPairs);
			return { op: 'newGroup', level: 'district', members: [a, b] };
		}
		const [a, b] = pick(p.trueCommunePairs);
		return { op: 'newGroup', level: 'commune', members: r() < 0.5 ? [a, b] : [a] };
	}
	if (k < 0.45) return { op: 'addMember', groupId: g.id, code: pick(g.level === 'district' ? districts : communes) };
	if (k < 0.6 && g.members.length) return { op: 'removeMember', groupId: g.id, code: pick(g.members) };
	if (k < 0.67) return { op: 'deleteGroup', groupId: g.id };
	if (k < 0.75 && g.members.length)
		return { op: 'setGroupFields', groupId: g.id, fields: { keptCode: pick(g.members), name: `Mới ${g.id}` } };
	if (k < 0.8 && g.level === 'commune')
		return { op: 'addAllCommunesOfDistrict', groupId: g.id, districtCode: pick(districts) };
	if (k < 0.9) return { op: 'setExemption', code: pick(communes), reasonCode: pick(reasons), justification: 'Lý do' };
	if (c.exemptions.length) return { op: 'clearExemption', code: pick(c.exemptions).code };
	return { op: 'lockGroup', groupId: g.id, locked: false };
}

/** The rule sets and phases every equality check runs on. */
const RULE_CASES = [
	[NQ35_2023, undefined],
	[NQ35_2023, ['2023-2025', '2026-2030'] as const],
	[NQ76_2025, undefined]
] as const;

/** An edit's answer from `before` to `after` agrees with the full evaluation of `after`. */
function expectEditAnswer(
	edit: ReturnType<typeof evaluateScenarioEdit>,
	full: ReturnType<typeof evaluateScenarioOn>,
	before: ScenarioContent,
	after: ScenarioContent
) {
	expect(edit.summary).toEqual(full.summary);
	expect(edit.unitsAfter).toEqual(full.unitsAfter);
	expect(edit.unitCount).toEqual(full.unitCount);
	expect(edit.residentsAffected).toEqual(full.residentsAffected);
	// Every group in the answer has the full evaluation's verdict.
	for (const g of edit.groups) expect(g).toEqual(full.groups.find((x) => x.id === g.id));
	expect(edit.removedGroups).toEqual(
		before.groups.filter((g) => !after.groups.some((c) => c.id === g.id)).map((g) => g.id)
	);
}

describe('incremental scenario evaluation equals the full evaluation (issue 14 item 2)', () => {
	for (const [rules, phases] of RULE_CASES) {
		it(`after random op sequences, ${rules.id}${phases ? ' both phases' : ''}`, () => {
			const basis = scenarioBasis(units, ctx, rules, adjacency, { phases: phases && [...phases] });
			const catalog = scenarioCatalog(units, rules.exemptionReasons);
			const reasons = rules.exemptionReasons.map((x) => x.code);
			const memo = new GroupMemo(200); // small: entries are dropped and evaluated again
			let steps = 0;
			let applied = 0;
			for (let seq = 0; seq < 8; seq++) {
				const r = rng(1000 * seq + rules.id.length);
				let content = emptyContent();
				for (let i = 0; i < 35; i++) {
					const before = content;
					const op = randomOp(r, content, reasons);
					try {
						content = applyOps(content, [op], catalog);
						applied++;
					} catch {
						continue; // refused op (not adjacent to nothing, locked…): the content stays
					}
					const full = evaluateScenarioOn(content, basis);
					expect(evaluateScenarioIncremental(content, basis, memo)).toEqual(full);
					// The edit's answer, from comparing the contents and from the op itself (what the server does).
					// The first answer moves the running totals of `before` (the others build them again): on every
					// other step that is the one read from the edit's delta (what the server does since it stores deltas).
					const delta = contentDelta(before, content);
					const answers =
						i % 2
							? [
									evaluateScenarioEdit(before, content, basis, memo, [op], delta),
									evaluateScenarioEdit(before, content, basis, memo)
								]
							: [
									evaluateScenarioEdit(before, content, basis, memo),
									evaluateScenarioEdit(before, content, basis, memo, [op], delta)
								];
					for (const edit of [...answers, evaluateScenarioEdit(before, content, basis, memo, [op])]) {
						expectEditAnswer(edit, full, before, content);
						// Every group the edit changed is in the answer.
						const prev = new Map(before.groups.map((b) => [b.id, b]));
						const changed = content.groups.filter((g) => JSON.stringify(g) !== JSON.stringify(prev.get(g.id)));
						for (const g of changed) expect(edit.groups.map((x) => x.id)).toContain(g.id);
					}
					steps++;
				}
			}
			expect(applied).toBeGreaterThan(150);
			expect(steps).toBeGreaterThan(150);
		}, 60_000);
	}

	it('chained edits move the running totals of the content before: equal to the full evaluation at every step', () => {
		for (const [rules, phases] of RULE_CASES) {
			const basis = scenarioBasis(units, ctx, rules, adjacency, { phases: phases && [...phases] });
			const catalog = scenarioCatalog(units, rules.exemptionReasons);
			const reasons = rules.exemptionReasons.map((x) => x.code);
			const memo = new GroupMemo();
			const start = { ...editTotalsCounters };
			for (let seq = 0; seq < 6; seq++) {
				const r = rng(77 * seq + rules.id.length);
				let content = emptyContent();
				for (let i = 0; i < 60; i++) {
					// Mostly commune edits (the moved path), some district groups and exemptions (built again).
					const ops: ScenarioOp[] = [randomOp(r, content, reasons)];
					if (r() < 0.3) ops.push(randomOp(r, content, reasons));
					let next: ScenarioContent;
					try {
						next = applyOps(content, ops, catalog);
					} catch {
						continue;
					}
					const edit = evaluateScenarioEdit(content, next, basis, memo, ops);
					expectEditAnswer(edit, evaluateScenarioOn(next, basis), content, next);
					content = next;
				}
			}
			expect(editTotalsCounters.moved - start.moved).toBeGreaterThan(100);
			expect(editTotalsCounters.built - start.built).toBeGreaterThan(10);
		}
	}, 60_000);

	it("one group's evaluation (shown at once after a click, the totals following) equals its entry in the full evaluation", () => {
		let checked = 0;
		for (const [rules, phases] of RULE_CASES) {
			const basis = scenarioBasis(units, ctx, rules, adjacency, { phases: phases && [...phases] });
			const catalog = scenarioCatalog(units, rules.exemptionReasons);
			const reasons = rules.exemptionReasons.map((x) => x.code);
			const shared = new GroupMemo(200);
			for (let seq = 0; seq < 4; seq++) {
				const r = rng(31 * seq + rules.id.length);
				let content = emptyContent();
				for (let i = 0; i < 40; i++) {
					try {
						content = applyOps(content, [randomOp(r, content, reasons)], catalog);
					} catch {
						continue;
					}
					const full = evaluateScenarioOn(content, basis);
					for (const g of content.groups) {
						const want = full.groups.find((x) => x.id === g.id);
						// From a memo shared across the edits (as the page keeps it) and from an empty one.
						expect(evaluateOneGroup(content, basis, shared, g.id)).toEqual(want);
						expect(evaluateOneGroup(content, basis, new GroupMemo(), g.id)).toEqual(want);
						checked++;
					}
					expect(evaluateOneGroup(content, basis, shared, 'no-such-group')).toBeNull();
				}
			}
		}
		expect(checked).toBeGreaterThan(300);
	}, 60_000);

	it('an edit of one group of many evaluates that group only', () => {
		const rules = NQ35_2023;
		const basis = scenarioBasis(units, ctx, rules, adjacency);
		const catalog = scenarioCatalog(units, rules.exemptionReasons);
		const taken = new Set<string>();
		const ops: ScenarioOp[] = [];
		for (const [a, b] of p.trueCommunePairs) {
			if (taken.has(a) || taken.has(b)) continue;
			taken.add(a).add(b);
			ops.push({ op: 'newGroup', level: 'commune', members: [a, b] });
		}
		const content = applyOps(emptyContent(), ops, catalog);
		const memo = new GroupMemo();
		evaluateScenarioIncremental(content, basis, memo);
		expect(memo.misses).toBe(content.groups.length);
		const g = content.groups[3];
		const next = applyOps(content, [{ op: 'setGroupFields', groupId: g.id, fields: { name: 'Xã Mới' } }], catalog);
		const edit = evaluateScenarioEdit(content, next, basis, memo);
		expect(memo.misses).toBe(content.groups.length + 1);
		expect(edit.groups.map((x) => x.id)).toEqual([g.id]);
		expect(edit.groups[0].name).toBe('Xã Mới');
		expect(edit.summary).toEqual(evaluateScenarioOn(next, basis).summary);
	});
});
