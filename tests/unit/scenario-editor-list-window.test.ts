/**
 * Issue 14 item 6: the scenario page's group list draws only the rows in view (and a margin) once a plan has
 * hundreds of groups, keeping the rows left out as padding; a province's short list is drawn whole.
 */
import { describe, expect, it } from 'vitest';
import { listWindow } from '../../src/lib/scenario-editor/list-window';

describe('listWindow', () => {
	it('draws a short list whole (a province’s groups look as before)', () => {
		expect(listWindow(50, 24, 300, 400)).toEqual({ start: 0, end: 50, padTop: 0, padBottom: 0 });
		expect(listWindow(199, 24, 3000, 400)).toEqual({ start: 0, end: 199, padTop: 0, padBottom: 0 });
	});

	it('draws the rows in view and the margin of a long list, the rest kept as padding of the same height', () => {
		// 1,667 groups (a 10,000-commune plan), rows of 20 px, the view 400 px high, 1,000 px down the list.
		const w = listWindow(1667, 20, 1000, 400, { overscan: 5 });
		expect(w).toEqual({ start: 45, end: 75, padTop: 900, padBottom: (1667 - 75) * 20 });
		expect(w.padTop + (w.end - w.start) * 20 + w.padBottom).toBe(1667 * 20);
	});

	it('starts at the first row while the list is below the view, and stops at the last row', () => {
		// The list starts 300 px below the view's top: rows 0 to 4 are in view (100 px of it), plus the margin.
		expect(listWindow(1000, 20, -300, 400, { overscan: 2 })).toEqual({
			start: 0,
			end: 7,
			padTop: 0,
			padBottom: 993 * 20
		});
		// Scrolled past the end.
		const w = listWindow(1000, 20, 50_000, 400, { overscan: 2 });
		expect(w).toEqual({ start: 1000, end: 1000, padTop: 20_000, padBottom: 0 });
		// The last rows.
		expect(listWindow(1000, 20, 19_800, 400, { overscan: 2 })).toMatchObject({ start: 988, end: 1000, padBottom: 0 });
	});

	it('draws everything when the row height is not known yet', () => {
		expect(listWindow(500, 0, 0, 400)).toEqual({ start: 0, end: 500, padTop: 0, padBottom: 0 });
	});
});
