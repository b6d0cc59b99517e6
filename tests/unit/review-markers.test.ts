/** Issue 11 item 4: open comments shown as markers on the map (src/lib/review/markers.ts). */
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import { commentCounts, withCommentMarks } from '../../src/lib/review/markers';

const labels: FeatureCollection<Point> = {
	type: 'FeatureCollection',
	features: ['25111', '25108', '24946'].map((code) => ({
		type: 'Feature',
		properties: { code, label: `Xã ${code}`, level: 'commune' },
		geometry: { type: 'Point', coordinates: [108, 11] }
	}))
};
const groups = [{ id: 'g1', members: ['25111', '25108'] }];
const on = (targetKind: 'scenario' | 'group' | 'unit', targetKey: string | null) => ({
	root: { targetKind, targetKey }
});

describe('comment markers on the map', () => {
	it('a group’s open threads mark its first member; a unit’s mark the unit; scenario-wide ones mark nothing', () => {
		const counts = commentCounts(
			[on('group', 'g1'), on('group', 'g1'), on('unit', '24946'), on('scenario', null)],
			groups
		);
		expect([...counts]).toEqual([
			['25111', 2],
			['24946', 1]
		]);
	});

	it('a thread on a group that no longer exists marks nothing', () => {
		expect(commentCounts([on('group', 'g9')], groups).size).toBe(0);
	});

	it('the marked labels carry ✎n after the name; the others are unchanged', () => {
		const out = withCommentMarks(labels, [on('group', 'g1'), on('unit', '24946')], groups);
		expect(out.features.map((f) => f.properties?.label)).toEqual(['Xã 25111 ✎1', 'Xã 25108', 'Xã 24946 ✎1']);
		expect(withCommentMarks(labels, [], groups)).toBe(labels);
	});
});
