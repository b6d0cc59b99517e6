/**
 * Issue 10: one colour language on every map (verdict colours keep their meaning; groups are outlines, or fills only
 * in a labelled "colour by group" mode), a legend that says what each colour means, and the "after" map that shows
 * only the units after the arrangement under their new names.
 */
import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import { buildAfterView, groupColor, scenarioVerdictColours, type Dissolver } from '../../src/lib/map/scenario-overlay';
import { NEUTRAL_FILL, scenarioGroupColours, scenarioLegend } from '../../src/lib/map/legend';
import { afterMapData, type Dissolved } from '../../src/lib/map/after-map';
import { STATUS_COLORS } from '../../src/lib/map/verdict-colors';
import { handleDissolveRequest } from '../../src/lib/domain/geo/dissolve-worker-protocol';
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
import { rect, square } from '../fixtures/geo';

const basis = scenarioBasis(UNITS, CTX, NQ35_2023, ADJACENCY);
const catalog = scenarioCatalog(UNITS);
const content = (ops: Parameters<typeof applyOps>[1]): ScenarioContent => applyOps(emptyContent(), ops, catalog);
const GRID = [
	['00001', '00002', '00003'],
	['00004', '00005', '00006'],
	['00007', '00008', '00009']
];
const geometries = new Map<string, Polygon | MultiPolygon>([
	...GRID.flatMap((row, r) => row.map((code, c) => [code, square(c, 2 - r)] as [string, Polygon])),
	['001', rect(0, 0, 1, 3)],
	['002', rect(1, 0, 2, 3)],
	['003', rect(2, 0, 3, 3)]
]);
const dissolve: Dissolver = async (members, ms) => handleDissolveRequest({ id: 1, members, timeLimitMs: ms });

const c = content([
	{ op: 'newGroup', id: 'g1', level: 'commune', members: ['00001', '00004'] },
	{ op: 'setGroupFields', groupId: 'g1', fields: { name: 'Xã Mới' } },
	{ op: 'newGroup', id: 'g2', level: 'district', members: ['001', '002'] },
	{ op: 'setGroupFields', groupId: 'g2', fields: { name: 'Huyện Mới' } }
]);
const ev = evaluateScenarioOn(c, basis);

describe('scenario map colours: verdict colours keep their meaning', () => {
	it('a grouped subject unit keeps its verdict fill and gets its group colour as an outline', () => {
		const { fill, outline } = scenarioVerdictColours(c, ev, basis.verdicts);
		expect(fill.commune['00001']).toBe(STATUS_COLORS.subject_2023_2025);
		expect(fill.district['001']).toBe(STATUS_COLORS.subject_2023_2025);
		expect(fill.commune['00009']).toBe(STATUS_COLORS.not_subject);
		expect(outline.commune['00001']).toBe(groupColor(0));
		expect(outline.district['002']).toBe(groupColor(1));
		expect(outline.commune['00009']).toBeUndefined();
	});

	it('NQ 35 Art. 3.1: a unit the scenario exempts is purple, as on the dataset map, and counted as such', () => {
		const x = content([{ op: 'setExemption', code: '00002', reasonCode: 'special_factors', justification: 'lý do' }]);
		const ex = evaluateScenarioOn(x, basis);
		expect(scenarioVerdictColours(x, ex, basis.verdicts).fill.commune['00002']).toBe(STATUS_COLORS.exempt);
		const legend = scenarioLegend('verdict', 'before', 'commune', x, ex, basis.verdicts, 'vi');
		expect(legend.items.find((i) => i.color === STATUS_COLORS.exempt)?.count).toBe(1);
	});

	it('"colour by group" fills groups and leaves every other unit neutral (never a verdict green)', () => {
		const fill = scenarioGroupColours(c, ev, basis.verdicts);
		expect(fill.commune['00001']).toBe(groupColor(0));
		expect(fill.commune['00009']).toBe(NEUTRAL_FILL);
		expect(fill.commune['00003']).toBe(STATUS_COLORS.subject_2023_2025); // still to arrange
		expect(Object.values(fill.commune)).not.toContain(STATUS_COLORS.not_subject);
	});

	it('"colour by group" shows a district group on the commune map through its communes', () => {
		const fill = scenarioGroupColours(c, ev, basis.verdicts, basis.communesOf);
		expect(fill.commune['00005']).toBe(groupColor(1)); // Xã B2 of Huyện B (in g2)
		expect(fill.commune['00001']).toBe(groupColor(0)); // its own commune group first
		expect(fill.commune['00009']).toBe(NEUTRAL_FILL); // Huyện C is in no group
	});

	it('the legend says what every colour on the map means, in Vietnamese, with the group names', () => {
		const { fill, outline } = scenarioVerdictColours(c, ev, basis.verdicts);
		const legend = scenarioLegend('verdict', 'before', 'commune', c, ev, basis.verdicts, 'vi');
		const colours = new Set(legend.items.map((i) => i.color));
		for (const col of [...Object.values(fill.commune), ...Object.values(outline.commune)])
			expect(colours.has(col)).toBe(true);
		expect(legend.items.map((i) => i.label)).toEqual(
			expect.arrayContaining(['Xã Mới (2 xã)', 'Huyện Mới (2 huyện)', 'Thuộc diện sắp xếp giai đoạn 2023–2025'])
		);
		expect(legend.items.find((i) => i.label === 'Xã Mới (2 xã)')?.swatch).toBe('outline');
		const byGroup = scenarioLegend('group', 'before', 'commune', c, ev, basis.verdicts, 'vi');
		const groupColours = new Set(byGroup.items.map((i) => i.color));
		for (const col of Object.values(scenarioGroupColours(c, ev, basis.verdicts).commune))
			expect(groupColours.has(col)).toBe(true);
		expect(byGroup.title).toBe('Tô màu theo nhóm sáp nhập');
	});
});

describe('the after map (Sau sắp xếp)', () => {
	const build = async () => (await buildAfterView(c, ev, geometries, dissolve)).features as Dissolved[];

	it('district level: the merged districts are one unit under the new name; the old names are gone', async () => {
		const d = afterMapData('district', c, ev, UNITS, geometries, await build());
		const labels = d.labels.features.map((f) => f.properties.label);
		expect(labels.sort()).toEqual(['Huyện C', 'Huyện Mới']);
		expect(d.units.features.filter((f) => f.properties.status === 'new')).toHaveLength(1);
		expect(d.list.find((u) => u.isNew)).toMatchObject({ name: 'Huyện Mới', from: ['Huyện A', 'Huyện B'] });
		expect(d.upper.features).toHaveLength(0);
		expect(d.oldBorders.features).toHaveLength(2);
	});

	it('commune level: new communes under their names, districts after as outlines only, communes follow the new district', async () => {
		const d = afterMapData('commune', c, ev, UNITS, geometries, await build());
		const labels = d.labels.features.map((f) => f.properties.label);
		expect(labels).toContain('Xã Mới');
		expect(labels).not.toContain('Xã A1');
		expect(labels).not.toContain('Xã A2');
		expect(labels).toHaveLength(8); // 9 communes − 2 + 1
		// Districts after: Huyện Mới (dissolved) and Huyện C, as lines, never as a fill of the commune map.
		expect(d.upper.features).toHaveLength(2);
		expect(d.units.features.every((f) => ['new', 'kept'].includes(f.properties.status))).toBe(true);
		expect(d.list.find((u) => u.name === 'Xã B3')?.districtAfter).toBe('Huyện Mới');
		expect(d.list.find((u) => u.name === 'Xã C3')?.districtAfter).toBe('Huyện C');
		expect(d.list.find((u) => u.name === 'Xã Mới')?.districtAfter).toBe('Huyện Mới');
	});

	it('a group that could not be dissolved still shows its members under the new name', () => {
		const d = afterMapData('commune', c, ev, UNITS, geometries, []);
		expect(d.units.features.filter((f) => f.properties.key === 'g1')).toHaveLength(2);
		expect(d.labels.features.filter((f) => f.properties.label === 'Xã Mới')).toHaveLength(1);
	});
});
