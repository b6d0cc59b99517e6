/**
 * Issue 14 item 5: a rule set with the administrator's corrections is made once per rule set and list of corrections
 * (every dataset map page view applied them to a copy again). Kept results must stay what applyOverrides promises:
 * the corrected values with their legal originals, the built-in rule set unchanged, a different list of corrections
 * a different result, and no reader able to change a kept result under another.
 */
import { describe, expect, it } from 'vitest';
import { applyOverrides, getRuleSet, listRuleValues } from '../../src/lib/domain/rules';

const KEY = 'standard.thi_xa.population';
const valueOf = (rs: ReturnType<typeof getRuleSet>, key: string) => listRuleValues(rs).find((r) => r.key === key);

describe('applyOverrides kept per rule set and corrections', () => {
	it('the same corrections give the same rule set; other corrections, or none, another', () => {
		const base = getRuleSet('nq35-2023');
		const a = applyOverrides(base, [{ key: KEY, value: 50_000 }]);
		const again = applyOverrides(base, [{ key: KEY, value: 50_000 }]);
		const other = applyOverrides(base, [{ key: KEY, value: 60_000 }]);
		const none = applyOverrides(base, []);
		expect(again).toBe(a);
		expect(other).not.toBe(a);
		expect(valueOf(a, KEY)).toMatchObject({ value: 50_000, overridden: true });
		expect(valueOf(other, KEY)).toMatchObject({ value: 60_000, overridden: true });
		expect(valueOf(none, KEY)?.overridden).toBe(false);
		// The built-in rule set keeps its legal value.
		expect(valueOf(base, KEY)).toMatchObject({ overridden: false, value: valueOf(none, KEY)!.value });
		expect(valueOf(a, KEY)?.original).toBe(valueOf(base, KEY)!.value);
	});

	it('the same corrections on another rule set are applied to that rule set', () => {
		const a = applyOverrides(getRuleSet('nq35-2023'), []);
		const b = applyOverrides(getRuleSet('nq76-2025'), []);
		expect(a.id).toBe('nq35-2023');
		expect(b.id).toBe('nq76-2025');
	});

	it('a kept rule set cannot be changed by one of its readers', () => {
		const a = applyOverrides(getRuleSet('nq35-2023'), [{ key: KEY, value: 50_000 }]);
		expect(Object.isFrozen(a)).toBe(true);
		expect(() => {
			(a as { id: string }).id = 'x';
		}).toThrow(TypeError);
		expect(applyOverrides(getRuleSet('nq35-2023'), [{ key: KEY, value: 50_000 }]).id).toBe('nq35-2023');
	});

	it('an unknown key is still reported in overrideNotes of the kept result', () => {
		const a = applyOverrides(getRuleSet('nq35-2023'), [{ key: 'no.such.value', value: 1 }]);
		expect(a.overrideNotes).toEqual([{ key: 'no.such.value', problem: 'unknown_key' }]);
		expect(applyOverrides(getRuleSet('nq35-2023'), [{ key: 'no.such.value', value: 1 }])).toBe(a);
	});
});
