/**
 * Issue 14 item 6: the map pages receive a dataset's units packed column by column (domain/unit-pack.ts). Packing
 * must give back equal units (every field, absent ones absent), and be much smaller than the array of objects.
 */
import { describe, expect, it } from 'vitest';
import {
	packAdjacency,
	packUnits,
	unpackAdjacency,
	unpackUnits,
	unpackUnitsBody
} from '../../src/lib/domain/unit-pack';
import { newUnitRecord, type UnitView } from '../../src/lib/domain/units';

function unit(i: number): UnitView {
	return {
		...newUnitRecord({
			code: String(10000 + i),
			name: `Xã Thử ${i}`,
			level: i % 10 === 0 ? 'district' : 'commune',
			kind: i % 3 === 0 ? 'phuong' : 'xa',
			parentCode: String(100 + (i % 7))
		}),
		population: i % 5 === 0 ? null : 1000 + i,
		populationSource: 'Số liệu mô phỏng (sinh tự động)',
		areaComputedKm2: i / 3,
		label: [108 + i / 1000, 12 + i / 1000],
		bbox: [108, 12, 108.1 + i / 1000, 12.1],
		exemptionCode: i === 7 ? 'a' : null,
		exemptionNote: null,
		// An optional field some units lack.
		...(i % 2 ? { compactness: 0.5 } : {})
	};
}

describe('units packed for the map pages (issue 14 item 6)', () => {
	it('unpack(pack(units)) gives back equal units, absent fields absent', () => {
		const units = Array.from({ length: 400 }, (_, i) => unit(i));
		const back = unpackUnits(packUnits(units));
		expect(back).toEqual(units);
		expect('compactness' in back[0]).toBe(false);
		expect(back[1].compactness).toBe(0.5);
	});
	it('repeated values are given once (a dictionary), unique ones as they are; a third of the JSON size or less', () => {
		const units = Array.from({ length: 2000 }, (_, i) => unit(i));
		const packed = packUnits(units);
		expect(packed.columns.populationSource).toEqual({ d: ['Số liệu mô phỏng (sinh tự động)'], i: expect.any(Array) });
		expect('v' in packed.columns.name).toBe(true);
		expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(units).length / 3);
	});
	it('no units: nothing', () => {
		expect(unpackUnits(packUnits([]))).toEqual([]);
	});
});

describe('adjacency packed as unit indices with the units (issue 14 item 4: the scenario pages do not carry it)', () => {
	const codes = Array.from({ length: 300 }, (_, i) => String(10000 + i));
	// Edges grouped by their first unit as stored, some backwards (b before a), one repeated (a computed and a
	// manual edge on one pair), one at both ends of the list.
	const commune = [
		{ a: '10000', b: '10299' },
		...Array.from({ length: 250 }, (_, i) => ({ a: codes[i + 3], b: codes[(i * 7 + 11) % 300] })),
		{ a: '10005', b: '10004' },
		{ a: '10005', b: '10004' },
		{ a: '10299', b: '10000' }
	];
	const district = [
		{ a: '10001', b: '10002' },
		{ a: '10002', b: '10010' }
	];

	it('unpack(pack(edges)) gives back the same edges in the same order, both levels', () => {
		const packed = packAdjacency(codes, { district, commune });
		expect(packed.commune).toHaveLength(2 * commune.length);
		expect(unpackAdjacency(codes, packed)).toEqual({ district, commune });
	});
	it('delta coded: edges grouped by their first unit give small numbers, far fewer characters than the codes', () => {
		const packed = packAdjacency(codes, { district: [], commune });
		const edges = [0, 1, 2].map((k) => ({ a: codes[100], b: codes[101 + k] }));
		expect(packAdjacency(codes, { district: [], commune: edges }).commune).toEqual([100, 1, 0, 2, 0, 3]);
		expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(commune).length / 3);
	});
	it('an edge naming a code that is not among the units is left out, the others kept', () => {
		const messy = [{ a: '10001', b: '99999' }, ...district, { a: 'gone', b: '10002' }];
		const packed = packAdjacency(codes, { district: messy, commune: [] });
		expect(unpackAdjacency(codes, packed)).toEqual({ district, commune: [] });
	});
	it('the units body decodes to its units and its adjacency as codes', () => {
		const units = Array.from({ length: 20 }, (_, i) => ({ ...unit(i), code: codes[i] }));
		const body = { ...packUnits(units), adjacency: packAdjacency(codes.slice(0, 20), { district, commune: [] }) };
		expect(unpackUnitsBody(body)).toEqual({
			units,
			adjacency: { district, commune: [] }
		});
	});
	it('no edges: none', () => {
		expect(unpackAdjacency(codes, packAdjacency(codes, { district: [], commune: [] }))).toEqual({
			district: [],
			commune: []
		});
	});
});
