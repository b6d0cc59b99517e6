/**
 * What the scenario map draws (src/lib/map/scenario-overlay.ts, src/lib/map/unit-geometry.ts) on hand-made
 * fixtures with known answers: group colours and the still-to-arrange red, the dissolved "after" units (through
 * the same dissolve code the worker runs), a broken group's gap, and the boundaries loaded once per level.
 */
import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import {
	buildAfterView,
	buildAfterViewByLayer,
	gapOverlay,
	GROUP_PALETTE,
	groupColor,
	overlayCollection,
	scenarioFill,
	type Dissolver,
	type LayerDissolver
} from '../../src/lib/map/scenario-overlay';
import { UnitGeometries } from '../../src/lib/map/unit-geometry';
import { ScenarioOverlayState } from '../../src/lib/map/scenario-overlay-state.svelte';
import { STATUS_COLORS } from '../../src/lib/map/verdict-colors';
import {
	handleDissolveLayerRequest,
	handleDissolveRequest,
	timeoutResponse
} from '../../src/lib/domain/geo/dissolve-worker-protocol';
import { areaM2 } from '../../src/lib/domain/geo/measures';
import {
	applyOps,
	emptyContent,
	evaluateScenarioOn,
	scenarioBasis,
	scenarioCatalog,
	type ScenarioContent
} from '../../src/lib/domain/scenario';
import { NQ35_2023 } from '../../src/lib/domain/rules';
import { ADJACENCY, CTX, UNITS } from '../fixtures/scenario';
import { square } from '../fixtures/geo';

const basis = scenarioBasis(UNITS, CTX, NQ35_2023, ADJACENCY);
const catalog = scenarioCatalog(UNITS);
const content = (ops: Parameters<typeof applyOps>[1]): ScenarioContent => applyOps(emptyContent(), ops, catalog);

/** The fixture's 3×3 grid of 1 km squares (row 1 at the north, as drawn in tests/fixtures/scenario.ts). */
const GRID = [
	['00001', '00002', '00003'],
	['00004', '00005', '00006'],
	['00007', '00008', '00009']
];
const geometries = new Map<string, Polygon | MultiPolygon>(
	GRID.flatMap((row, r) => row.map((code, c) => [code, square(c, 2 - r)] as [string, Polygon]))
);
const realDissolve: Dissolver = async (members, ms) => handleDissolveRequest({ id: 1, members, timeLimitMs: ms });

describe('fill colours', () => {
	it('members take their group colour; units still to arrange red; the rest unfilled', () => {
		const c = content([
			{ op: 'newGroup', id: 'g1', level: 'commune', members: ['00001', '00004'] },
			{ op: 'newGroup', id: 'g2', level: 'district', members: ['001', '002'] }
		]);
		const fill = scenarioFill(c, evaluateScenarioOn(c, basis));
		expect(fill.commune['00001']).toBe(GROUP_PALETTE[0]);
		expect(fill.commune['00004']).toBe(GROUP_PALETTE[0]);
		expect(fill.district['001']).toBe(GROUP_PALETTE[1]);
		// Xã B1 and Xã C1 are subject 2023–2025 and in no group.
		expect(fill.commune['00002']).toBe(STATUS_COLORS.subject_2023_2025);
		expect(fill.commune['00003']).toBe(STATUS_COLORS.subject_2023_2025);
		expect(fill.commune['00009']).toBeUndefined();
	});
	it('an exempted subject unit is purple', () => {
		const c = content([{ op: 'setExemption', code: '00002', reasonCode: 'special_factors', justification: 'lý do' }]);
		expect(scenarioFill(c, evaluateScenarioOn(c, basis)).commune['00002']).toBe(STATUS_COLORS.exempt);
	});
	it('group colours repeat after the palette', () => {
		expect(groupColor(GROUP_PALETTE.length + 2)).toBe(GROUP_PALETTE[2]);
	});
});

describe('a group in separate parts', () => {
	it('outlines the parts after the first and draws a line across the gap (1 km between A1 and C1)', () => {
		const c = content([{ op: 'newGroup', id: 'g1', level: 'commune', members: ['00001', '00003'] }]);
		const ev = evaluateScenarioOn(c, basis).groups[0];
		expect(ev.contiguous).toBe(false);
		const feats = gapOverlay(ev, geometries);
		expect(feats).toHaveLength(2);
		expect(feats[0].properties).toMatchObject({ opacity: 0 });
		expect(feats[1].geometry.type).toBe('LineString');
	});
	it('nothing for a contiguous group or no group', () => {
		const c = content([{ op: 'newGroup', id: 'g1', level: 'commune', members: ['00001', '00002'] }]);
		expect(gapOverlay(evaluateScenarioOn(c, basis).groups[0], geometries)).toEqual([]);
		expect(gapOverlay(null, geometries)).toEqual([]);
	});
});

describe('the after view', () => {
	it('one dissolved unit per group, named and coloured, with its compactness (2×1 km rectangle: π/4.5)', async () => {
		const c = content([
			{ op: 'newGroup', id: 'g1', level: 'commune', members: ['00001', '00002'] },
			{ op: 'setGroupFields', groupId: 'g1', fields: { name: 'Xã Mới' } }
		]);
		const after = await buildAfterView(c, evaluateScenarioOn(c, basis), geometries, realDissolve);
		expect(after.error).toBeNull();
		expect(after.features).toHaveLength(1);
		expect(after.features[0].properties).toMatchObject({ name: 'Xã Mới', color: GROUP_PALETTE[0] });
		expect(after.features[0].geometry.type).toBe('Polygon');
		// Polsby–Popper 4πA/P² of a 2 × 1 rectangle = 4π·2/36 = 0.698.
		expect(after.compactness.g1).toBeCloseTo((4 * Math.PI * 2) / 36, 2);
	});
	it('a group that times out is skipped with a Vietnamese message naming it; the others are drawn', async () => {
		const c = content([
			{ op: 'newGroup', id: 'g1', level: 'commune', members: ['00001', '00002'] },
			{ op: 'newGroup', id: 'g2', level: 'commune', members: ['00006', '00009'] }
		]);
		const slowG1: Dissolver = async (members, ms) =>
			members.length && members[0] === geometries.get('00001') ? timeoutResponse(1, ms) : realDissolve(members, ms);
		const after = await buildAfterView(c, evaluateScenarioOn(c, basis), geometries, slowG1);
		expect(after.features).toHaveLength(1);
		expect(Object.keys(after.compactness)).toEqual(['g2']);
		expect(after.error!.vi).toBe(
			'Ghép ranh giới nhóm g1 quá thời gian cho phép (10 giây). Thử lại hoặc chia nhỏ nhóm.'
		);
	});
	it('issue 14 item 4 (after view of 10,000 communes in 11 s): every group of a level is dissolved in one request over the whole layer, to the same new units as one group at a time', async () => {
		const c = content([
			{ op: 'newGroup', id: 'g1', level: 'commune', members: ['00001', '00002'] },
			{ op: 'setGroupFields', groupId: 'g1', fields: { name: 'Xã Mới' } },
			{ op: 'newGroup', id: 'g2', level: 'commune', members: ['00006', '00009', '00005'] }
		]);
		const ev = evaluateScenarioOn(c, basis);
		const layer = [...geometries].map(([code, geometry]) => ({ code, geometry }));
		const calls: Record<string, string>[] = [];
		const byLayer: LayerDissolver = async (units, groupOf) => {
			calls.push(groupOf);
			return handleDissolveLayerRequest({ id: 1, units, groupOf });
		};
		const perGroup: Dissolver = async () => {
			throw new Error('not asked when the layer request succeeds');
		};
		const after = await buildAfterViewByLayer(c, ev, { commune: layer, district: [] }, byLayer, perGroup);
		expect(calls).toEqual([{ '00001': 'g1', '00002': 'g1', '00006': 'g2', '00009': 'g2', '00005': 'g2' }]);
		const one = await buildAfterView(c, ev, geometries, realDissolve);
		expect(after.error).toBeNull();
		expect(after.features.map((f) => f.properties)).toEqual(one.features.map((f) => f.properties));
		for (const [i, f] of after.features.entries()) {
			expect(f.geometry.type).toBe('Polygon');
			expect(areaM2(f.geometry as Polygon)).toBeCloseTo(areaM2(one.features[i].geometry as Polygon), -3);
			expect(after.compactness[f.properties!.groupId]).toBeCloseTo(one.compactness[f.properties!.groupId], 2);
		}
	});
	it('a layer request that fails falls back to one group at a time, and says which group could not be merged', async () => {
		const c = content([
			{ op: 'newGroup', id: 'g1', level: 'commune', members: ['00001', '00002'] },
			{ op: 'newGroup', id: 'g2', level: 'commune', members: ['00006', '00009'] }
		]);
		const layer = [...geometries].map(([code, geometry]) => ({ code, geometry }));
		const failing: LayerDissolver = async () => timeoutResponse(1, 60_000);
		const slowG1: Dissolver = async (members, ms) =>
			members.length && members[0] === geometries.get('00001') ? timeoutResponse(1, ms) : realDissolve(members, ms);
		const after = await buildAfterViewByLayer(
			c,
			evaluateScenarioOn(c, basis),
			{ commune: layer, district: [] },
			failing,
			slowG1
		);
		expect(after.features.map((f) => f.properties!.groupId)).toEqual(['g2']);
		expect(after.features[0].properties!.color).toBe(GROUP_PALETTE[1]);
		expect(after.error!.vi).toBe(
			'Ghép ranh giới nhóm g1 quá thời gian cho phép (10 giây). Thử lại hoặc chia nhỏ nhóm.'
		);
	});
	it('a layer request with a unit that is not a polygon is refused with its code, not thrown', () => {
		const r = handleDissolveLayerRequest({
			id: 7,
			units: [{ code: '00001', geometry: { type: 'Point', coordinates: [0, 0] } as never }],
			groupOf: { '00001': 'g1' }
		});
		expect(r).toMatchObject({ id: 7, ok: false });
		expect(!r.ok && r.error).toContain('00001');
	});
	it('the overlay holds the after units only in the after view, and the gap in both', () => {
		const a = [{ type: 'Feature' as const, properties: {}, geometry: square(0, 0) }];
		const g = [{ type: 'Feature' as const, properties: {}, geometry: square(5, 5) }];
		expect(overlayCollection('after', a, g).features).toEqual([...a, ...g]);
		expect(overlayCollection('before', a, g).features).toEqual(g);
	});
});

describe('unit boundaries on demand', () => {
	it('loads a level once, even when asked twice at the same time', async () => {
		const urls: string[] = [];
		const fetchFn = (async (url: string) => {
			urls.push(url);
			return new Response(
				JSON.stringify({
					type: 'FeatureCollection',
					features: [{ type: 'Feature', properties: { code: '00001' }, geometry: square(0, 0) }]
				})
			);
		}) as typeof fetch;
		const geo = new UnitGeometries(4, fetchFn);
		await Promise.all([geo.load('commune'), geo.load('commune')]);
		await geo.load('commune');
		expect(urls).toEqual(['/api/datasets/4/geometry/commune']);
		expect(geo.byCode.get('00001')).toEqual(square(0, 0));
	});
});

describe('the overlay state the page shows', () => {
	/** Serves the fixture's boundaries as /api/datasets/[id]/geometry/[level] does. */
	const serve = (async (url: string) => {
		const level = url.split('/').pop();
		const features = [...geometries]
			.filter(([code]) => (level === 'commune') === (code.length === 5))
			.map(([code, geometry]) => ({ type: 'Feature', properties: { code }, geometry }));
		return new Response(JSON.stringify({ type: 'FeatureCollection', features }));
	}) as typeof fetch;

	it('draws the after view and the gap of a broken group; the collection follows the view', async () => {
		const c = content([
			{ op: 'newGroup', id: 'g1', level: 'commune', members: ['00001', '00002'] },
			{ op: 'newGroup', id: 'g2', level: 'commune', members: ['00003', '00009'] }
		]);
		const ev = evaluateScenarioOn(c, basis);
		let dissolverAsked = 0;
		let layerAsked = 0;
		const layer: LayerDissolver = async (units, groupOf) => (
			layerAsked++,
			handleDissolveLayerRequest({ id: 1, units, groupOf })
		);
		const o = new ScenarioOverlayState(1, serve, () => (dissolverAsked++, { group: realDissolve, layer }));
		await o.showGap(ev.groups[1]);
		expect(o.gap).toHaveLength(2); // 00009 outlined, and the line across the gap
		expect(dissolverAsked).toBe(0); // the worker is not started for the before view
		await o.drawAfter(c, ev);
		expect([o.after.length, o.afterBusy, o.afterError]).toEqual([2, false, null]);
		expect(Object.keys(o.compactness).sort()).toEqual(['g1', 'g2']);
		expect(o.collection('after').features).toHaveLength(4);
		expect(o.collection('before').features).toHaveLength(2);
		await o.showGap(ev.groups[0]);
		expect(o.gap).toEqual([]);
		expect(layerAsked).toBe(0); // two groups: one by one
		// A plan of more groups than `layerFrom`: each level dissolved in one request, the same new units.
		const byLayer = new ScenarioOverlayState(1, serve, () => ({ group: realDissolve, layer }), 1);
		await byLayer.drawAfter(c, ev);
		expect(layerAsked).toBe(1); // both groups are communes: one layer
		expect(byLayer.after.map((f) => f.properties!.groupId)).toEqual(o.after.map((f) => f.properties!.groupId));
		for (const [i, f] of byLayer.after.entries())
			expect(areaM2(f.geometry as Polygon)).toBeCloseTo(areaM2(o.after[i].geometry as Polygon), -2);
	});
});
