/**
 * The units after an arrangement and the old-code → new-code table (domain.md §5 "GSO code of the new unit: the
 * receiving member's code is kept in practice; codes of absorbed units are retired"; §7 the data exports), on the
 * hand-made 3×3 province of tests/fixtures/scenario.ts with one square per commune.
 */
import type { Polygon } from 'geojson';
import { area as turfArea } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { equivalenceTable, unitsAfterCollection } from '../../src/lib/domain/dossier/units-after';
import { NQ35_2023 } from '../../src/lib/domain/rules';
import { blankGroup, evaluateScenarioOn, scenarioBasis, type MergerGroup } from '../../src/lib/domain/scenario';
import { ADJACENCY, CTX, UNITS } from '../fixtures/scenario';

const basis = scenarioBasis(UNITS, CTX, NQ35_2023, ADJACENCY);
const GRID = [
	['00001', '00002', '00003'],
	['00004', '00005', '00006'],
	['00007', '00008', '00009']
];
const square = (r: number, c: number): Polygon => {
	const x = 108 + c * 0.05;
	const y = 12 - r * 0.05;
	return {
		type: 'Polygon',
		coordinates: [
			[
				[x, y],
				[x + 0.05, y],
				[x + 0.05, y - 0.05],
				[x, y - 0.05],
				[x, y]
			]
		]
	};
};
const communeGeometries = GRID.flatMap((row, r) => row.map((code, c) => ({ code, geometry: square(r, c) })));
const group = (
	id: string,
	level: 'commune' | 'district',
	members: string[],
	keptCode: string | null = null
): MergerGroup => ({ ...blankGroup(id, level, members), keptCode, phase: '2023-2025' });
// A1 absorbed by A2 (the user keeps A2's code); C1 alone in a group (an error: nothing merged); Huyện A + Huyện B.
const evaluation = evaluateScenarioOn(
	{
		groups: [
			group('X1', 'commune', ['00001', '00004'], '00004'),
			group('X2', 'commune', ['00003']),
			group('H1', 'district', ['001', '002'])
		],
		exemptions: []
	},
	basis
);
const input = (level: 'commune' | 'district') => ({
	level,
	evaluation,
	units: UNITS,
	verdicts: basis.verdicts,
	lang: 'vi' as const
});

describe('units after (domain.md §5, §7)', () => {
	it('a merger group is one feature under its receiving member’s code, marked provisional, with the evaluation’s figures and one dissolved outline', () => {
		const fc = unitsAfterCollection(input('commune'), communeGeometries);
		expect(fc.features.map((f) => f.properties.code)).toEqual([
			'00002',
			'00003',
			'00004',
			'00005',
			'00006',
			'00007',
			'00008',
			'00009'
		]);
		const a2 = fc.features.find((f) => f.properties.code === '00004')!;
		const x1 = evaluation.groups.find((g) => g.id === 'X1')!;
		expect(a2.properties).toMatchObject({
			name: x1.name,
			members: ['00001', '00004'],
			code_prov: true,
			group: 'X1',
			area_km2: 35,
			population: 12_000,
			parent: '001'
		});
		expect(a2.geometry!.type).toBe('Polygon'); // two squares sharing a side: one ring
		const squareM2 = turfArea(square(0, 0));
		expect(turfArea(a2.geometry!) / squareM2).toBeCloseTo(2, 2);
	});

	it('a group of one unit merges nothing: the unit keeps its code, not provisional; untouched units carry their verdict figures', () => {
		const fc = unitsAfterCollection(input('commune'), communeGeometries);
		expect(fc.features.find((f) => f.properties.code === '00003')!.properties.code_prov).toBe(false);
		const c3 = fc.features.find((f) => f.properties.code === '00009')!.properties;
		expect(c3).toMatchObject({ members: ['00009'], code_prov: false, group: null, area_km2: 50, population: 12_000 });
	});

	it('communes of an absorbed district get the receiving district as parent after (Huyện B → Huyện A, the most populous)', () => {
		const fc = unitsAfterCollection(input('commune'), null);
		expect(fc.features.every((f) => f.geometry === null)).toBe(true); // figures only, nothing dissolved
		for (const c of ['00002', '00005', '00008'])
			expect(fc.features.find((f) => f.properties.code === c)!.properties.parent).toBe('001');
		const districts = unitsAfterCollection(input('district'), null).features.map((f) => f.properties);
		expect(districts.map((p) => [p.code, p.members, p.code_prov])).toEqual([
			['001', ['001', '002'], true],
			['003', ['003'], false]
		]);
	});

	it('the equivalence table: every old unit once; absorbed → receiving code (retired, provisional), receiving kept, others unchanged', () => {
		const rows = equivalenceTable(input('commune'));
		expect(rows.map((r) => r.oldCode)).toEqual(GRID.flat().sort());
		const by = new Map(rows.map((r) => [r.oldCode, r]));
		expect(by.get('00001')).toMatchObject({ newCode: '00004', change: 'absorbed', codeProvisional: true, group: 'X1' });
		expect(by.get('00004')).toMatchObject({ newCode: '00004', change: 'kept', codeProvisional: true });
		expect(by.get('00003')).toMatchObject({ newCode: '00003', change: 'unchanged', codeProvisional: false });
		expect(by.get('00005')).toMatchObject({ change: 'unchanged', parentBefore: '002', parentAfter: '001' });
		const d = equivalenceTable(input('district'));
		expect(d.map((r) => [r.oldCode, r.newCode, r.change])).toEqual([
			['001', '001', 'kept'],
			['002', '001', 'absorbed'],
			['003', '003', 'unchanged']
		]);
	});
});
