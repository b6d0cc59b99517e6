/**
 * The ticks of the scenarios list that open a comparison (src/lib/compare/picks.ts): a review page's link
 * ?compare=5 ticks scenario 5 on arrival; a comparison takes 2 to 4 scenarios (COMPARE_MIN, COMPARE_MAX).
 */
import { describe, expect, it } from 'vitest';
import { canCompare, picksFromQuery, togglePick } from '../../src/lib/compare/picks';

describe('scenarios ticked for comparison', () => {
	it('a link ticks the positive integer ids it names and ignores the rest', () => {
		expect(picksFromQuery('5')).toEqual([5]);
		expect(picksFromQuery('5,x,0,-2,1.5,7')).toEqual([5, 7]);
		expect(picksFromQuery(null)).toEqual([]);
	});
	it('a tick appends the scenario once, an untick removes it', () => {
		expect(togglePick([5], 7, true)).toEqual([5, 7]);
		expect(togglePick([5, 7], 5, true)).toEqual([7, 5]);
		expect(togglePick([5, 7], 5, false)).toEqual([7]);
	});
	it('the comparison opens for 2, 3 or 4 scenarios, not for 1 or 5', () => {
		expect([1, 2, 3, 4, 5].map((n) => canCompare(Array.from({ length: n }, (_, i) => i + 1)))).toEqual([
			false,
			true,
			true,
			true,
			false
		]);
	});
});
