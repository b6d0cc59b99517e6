import { describe, expect, it } from 'vitest';
import { FeatureStateSync, type FeatureStateTarget } from '../../src/lib/map/feature-state';

/** A recording stand-in for maplibre's Map (the real map needs WebGL; the browser test covers it). */
function recorder() {
	const calls: string[] = [];
	const state = new Map<string, Record<string, unknown>>();
	const target: FeatureStateTarget = {
		setFeatureState: (f, s) => {
			calls.push(`set ${f.id} ${JSON.stringify(s)}`);
			state.set(`${f.id}`, { ...state.get(`${f.id}`), ...s });
		},
		removeFeatureState: (f, k) => {
			calls.push(`remove ${f.id} ${k}`);
			const s = state.get(`${f.id}`);
			if (s && k) delete s[k];
		}
	};
	return { calls, state, target };
}

describe('FeatureStateSync applies only the difference', () => {
	it('sets new keys, skips unchanged, removes stale', () => {
		const r = recorder();
		const sync = new FeatureStateSync(r.target);
		sync.sync('communes', ['selected'], new Map([[1, { selected: true }]]));
		expect(r.calls).toEqual(['set 1 {"selected":true}']);
		r.calls.length = 0;
		expect(sync.sync('communes', ['selected'], new Map([[1, { selected: true }]]))).toBe(0);
		sync.sync('communes', ['selected'], new Map([[2, { selected: true }]]));
		expect(r.calls).toEqual(['remove 1 selected', 'set 2 {"selected":true}']);
		expect(r.state.get('1')).toEqual({});
	});
	it('keeps keys of other groups untouched', () => {
		const r = recorder();
		const sync = new FeatureStateSync(r.target);
		sync.sync('communes', ['status'], new Map([[1, { status: 'subject_2023_2025' }]]));
		sync.sync('communes', ['hover'], new Map([[1, { hover: true }]]));
		sync.sync('communes', ['hover'], new Map());
		expect(r.state.get('1')).toEqual({ status: 'subject_2023_2025' });
	});
	it('names the layer of a vector-tile source (feature-state of vector tiles needs it), not of others', () => {
		const seen: unknown[] = [];
		const sync = new FeatureStateSync(
			{ setFeatureState: (f) => seen.push(f), removeFeatureState: (f) => seen.push(f) },
			{ communes: 'units' }
		);
		sync.sync('communes', ['fill'], new Map([['01', { fill: '#fff' }]]));
		sync.sync('overlay', ['fill'], new Map([['02', { fill: '#fff' }]]));
		sync.sync('communes', ['fill'], new Map());
		expect(seen).toEqual([
			{ source: 'communes', sourceLayer: 'units', id: '01' },
			{ source: 'overlay', id: '02' },
			{ source: 'communes', sourceLayer: 'units', id: '01' }
		]);
	});
});

describe('hover and selection synced over 10,000 coloured units (the per-key index of applied state)', () => {
	it('moving the hover costs two calls and leaves the fills alone, however many units are coloured', () => {
		const r = recorder();
		const sync = new FeatureStateSync(r.target);
		const fills = new Map(Array.from({ length: 10_000 }, (_, i) => [i, { fill: '#abc' }] as const));
		expect(sync.sync('communes', ['fill'], fills)).toBe(10_000);
		sync.sync('communes', ['hover'], new Map([[5, { hover: true }]]));
		r.calls.length = 0;
		expect(sync.sync('communes', ['hover'], new Map([[6, { hover: true }]]))).toBe(2);
		expect(r.calls).toEqual(['remove 5 hover', 'set 6 {"hover":true}']);
		expect(sync.sync('communes', ['hover'], new Map())).toBe(1);
		expect(r.state.get('5')).toEqual({ fill: '#abc' });
		expect(r.state.get('6')).toEqual({ fill: '#abc' });
		// The fills are still known as applied: the same fills again make no call, one change makes one.
		expect(sync.sync('communes', ['fill'], fills)).toBe(0);
		expect(sync.sync('communes', ['fill'], new Map([...fills, [7, { fill: '#def' }]]))).toBe(1);
	});
});
