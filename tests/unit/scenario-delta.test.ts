/**
 * Issue 14 item 2: a saved version stores the change from the version before (a delta), not the whole content. A
 * delta applied forwards must give the content it was made to, applied backwards (undo) the content it was made from,
 * read back from its stored JSON the same, and its audit changes must be those of the whole contents: checked after
 * every step of random edit sequences (real edit operations) and on random reorderings of plain lists.
 */
import { describe, expect, it } from 'vitest';
import { generateProvince } from '../../src/lib/domain/generate/index.ts';
import { NQ35_2023 } from '../../src/lib/domain/rules';
import {
	alignContent,
	applyDelta,
	applyOps,
	contentDelta,
	contentJson,
	deltaChanges,
	deltaJson,
	deltaSize,
	diffContent,
	emptyContent,
	invertDelta,
	normalizeContent,
	parseDelta,
	scenarioCatalog,
	spliceDiff,
	type ScenarioContent,
	type ScenarioOp
} from '../../src/lib/domain/scenario';
import type { UnitView } from '../../src/lib/domain/units';

const p = generateProvince({ communes: 150, seed: 5 });
const units: UnitView[] = [...p.districts, ...p.communes].map((u) => ({
	...u.record,
	label: null,
	bbox: [0, 0, 1, 1],
	exemptionCode: null,
	exemptionNote: null
}));
const catalog = scenarioCatalog(units, NQ35_2023.exemptionReasons);
const communes = p.communes.map((c) => c.record.code);
const reasons = NQ35_2023.exemptionReasons.map((x) => x.code);

function rng(seed: number) {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function randomOps(r: () => number, c: ScenarioContent): ScenarioOp[] {
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
	const one = (): ScenarioOp => {
		const g = c.groups.length ? pick(c.groups) : null;
		const k = r();
		if (!g || k < 0.25) {
			const [a, b] = pick(p.trueCommunePairs);
			return { op: 'newGroup', level: 'commune', members: [a, b] };
		}
		if (k < 0.5) return { op: 'addMember', groupId: g.id, code: pick(communes) };
		if (k < 0.62 && g.members.length) return { op: 'removeMember', groupId: g.id, code: pick(g.members) };
		if (k < 0.72) return { op: 'deleteGroup', groupId: g.id };
		if (k < 0.8) return { op: 'setGroupFields', groupId: g.id, fields: { name: `Tên ${Math.floor(r() * 99)}` } };
		if (k < 0.9) return { op: 'setExemption', code: pick(communes), reasonCode: pick(reasons), justification: 'Lý do' };
		if (c.exemptions.length) return { op: 'clearExemption', code: pick(c.exemptions).code };
		return { op: 'lockGroup', groupId: g.id, locked: r() < 0.5 };
	};
	// Sometimes a batch (as the editor sends a merge of two groups), which changes groups far apart.
	return r() < 0.2 ? [one(), one(), one()] : [one()];
}

const json = (c: ScenarioContent) => JSON.parse(contentJson(c));

describe('scenario deltas (issue 14 item 2: a version stores its change, not the whole content)', () => {
	it('forwards, backwards, stored and read back, and audited as the whole contents, over random edits', () => {
		let checked = 0;
		for (let seq = 0; seq < 6; seq++) {
			const r = rng(77 + seq);
			let content = emptyContent();
			for (let i = 0; i < 80; i++) {
				const before = content;
				try {
					content = applyOps(content, randomOps(r, content), catalog);
				} catch {
					continue;
				}
				const d = contentDelta(before, content);
				expect(json(applyDelta(before, d))).toEqual(json(content));
				expect(json(applyDelta(content, invertDelta(d)))).toEqual(json(before));
				const stored = parseDelta(deltaJson(d))!;
				expect(json(applyDelta(before, stored))).toEqual(json(content));
				expect(json(applyDelta(content, invertDelta(stored)))).toEqual(json(before));
				expect(deltaChanges(d)).toEqual(diffContent(before, content));
				expect(deltaChanges(invertDelta(d))).toEqual(diffContent(content, before));
				// A content read back (new objects) aligned on the one before: the same delta, nothing more.
				const readBack = alignContent(before, normalizeContent(JSON.parse(contentJson(content))));
				expect(deltaJson(contentDelta(before, readBack))).toBe(deltaJson(d));
				// Only what changed is in it: at most the groups and exemptions the ops touched, not the content.
				expect(deltaSize(d)).toBeLessThanOrEqual(12);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(300);
	});

	it('any reordering of a list is rebuilt exactly, both ways', () => {
		const r = rng(3);
		for (let t = 0; t < 500; t++) {
			const items = Array.from({ length: Math.floor(r() * 12) }, (_, k) => ({ k }));
			const after = items.filter(() => r() < 0.7).map((x) => (r() < 0.2 ? { k: x.k + 100 } : x));
			for (let s = 0; s < 3; s++)
				if (after.length > 1 && r() < 0.4) {
					const a = Math.floor(r() * after.length);
					const [x] = after.splice(a, 1);
					after.splice(Math.floor(r() * after.length), 0, x);
				}
			if (r() < 0.3) after.splice(Math.floor(r() * (after.length + 1)), 0, { k: 1000 + t });
			const ss = spliceDiff(items, after);
			const fwd = items.slice();
			for (const x of ss) fwd.splice(x.at, x.del.length, ...x.ins);
			expect(fwd).toEqual(after);
			for (let k = 0; k < fwd.length; k++) expect(fwd[k]).toBe(after[k]);
			const back = after.slice();
			for (const x of [...ss].reverse()) back.splice(x.at, x.ins.length, ...x.del);
			for (let k = 0; k < items.length; k++) expect(back[k]).toBe(items[k]);
			expect(back).toHaveLength(items.length);
		}
	});
});
