/**
 * The compare page's words and map synchronisation (src/lib/compare/): a metric with no figure says so instead of 0,
 * yes/no rows read Đạt/Chưa đạt, before → after pairs and money are written as the other pages write them; a group
 * found in some scenarios names them by letter; the map a person touched leads and the others follow it.
 */
import { describe, expect, it } from 'vitest';
import { groupKindText, metricCell } from '../../src/lib/compare/compare-text';
import { MapSync } from '../../src/lib/compare/map-sync.svelte';
import type { MetricRow } from '../../src/lib/domain/scenario/compare';
import { formatVnd } from '../../src/lib/domain/staffing/text/labels';

const row = (format: MetricRow['format']): MetricRow => ({
	key: 'k',
	label: { vi: 'k', en: 'k' },
	format,
	values: []
});

describe('the compare page’s cells', () => {
	it('says "chưa có số liệu" for a missing figure (no staff figures), never 0', () => {
		expect(metricCell(row('persons'), null, 'vi')).toBe('chưa có số liệu');
		expect(metricCell(row('persons'), null, 'en')).toBe('no figure');
	});
	it('writes yes/no, before → after, money and counts', () => {
		expect(metricCell(row('yesno'), true, 'vi')).toBe('Đạt');
		expect(metricCell(row('yesno'), false, 'vi')).toBe('Chưa đạt');
		expect(metricCell(row('beforeAfter'), [1234, 987], 'vi')).toBe('1.234 → 987');
		expect(metricCell(row('vnd'), 1_500_000_000, 'vi')).toBe(formatVnd(1_500_000_000, 'vi'));
		expect(metricCell(row('count'), 12345, 'vi')).toBe('12.345');
	});
	it('names the scenarios a group is only in by letter, and the fields that differ', () => {
		const side = { groupId: 'g', name: null, seatCode: null, phase: null, meets: null, valid: true };
		expect(groupKindText({ kind: 'some', sides: [side, null, side], differs: [] })).toBe('Chỉ có ở A, C');
		expect(groupKindText({ kind: 'differs', sides: [side, side], differs: ['name', 'seat'] })).toBe(
			'Cùng thành viên, khác tên, trụ sở'
		);
		expect(groupKindText({ kind: 'same', sides: [side, side], differs: [] })).toBe('Giống nhau');
	});
});

describe('synchronised maps', () => {
	it('the map a person touched leads: the others jump to its view; a follower’s move moves nobody', () => {
		const jumps: string[] = [];
		const map = (n: number) => ({ jumpTo: (c: [number, number], z: number) => void jumps.push(`${n}:${c}:${z}`) });
		const sync = new MapSync();
		sync.maps = [map(0), map(1), map(2)];
		sync.leader = 1;
		sync.moved(1, { center: [108, 11.5], zoom: 9 });
		expect(jumps).toEqual(['0:108,11.5:9', '2:108,11.5:9']);
		sync.moved(0, { center: [108, 11.5], zoom: 9 });
		expect(jumps).toHaveLength(2);
		expect(sync.views[0]).toEqual({ center: [108, 11.5], zoom: 9 });
	});
});
