/**
 * Issue 14 item 6: the map pages receive a dataset's units packed column by column (domain/unit-pack.ts). Packing
 * must give back equal units (every field, absent ones absent), and be much smaller than the array of objects.
 */
import { describe, expect, it } from 'vitest';
import { packUnits, unpackUnits } from '../../src/lib/domain/unit-pack';
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
