/**
 * The generator's two-tier folder (domain.md §8: province → communes and wards, no district level since 1 July 2025),
 * used as test data instead of any real province: communes only, parent = province, no townships, and populations
 * given as permanent + converted temporary residents (domain.md §3).
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { generateProvince } from '../../src/lib/domain/generate/province';
import { provinceToTwoTierFiles, TWO_TIER_UNITS_CSV_COLUMNS } from '../../src/lib/domain/generate/files';

const p = generateProvince({ communes: 120, seed: 4 });
const f = provinceToTwoTierFiles(p);
const rows = Papa.parse<Record<string, string>>(f.unitsCsv, { header: true, skipEmptyLines: true }).data;

describe('provinceToTwoTierFiles', () => {
	it('writes every commune and no district, none with a district code', () => {
		expect(f.communes.features).toHaveLength(p.communes.length);
		expect(rows).toHaveLength(p.communes.length);
		expect(f.communes.features.every((x) => !('district_code' in x.properties))).toBe(true);
		expect(rows.every((r) => r.parent_code === p.provinceCode && r.level === '3')).toBe(true);
	});

	it('turns the townships into communes of the same name (no thị trấn after 1 July 2025)', () => {
		const townships = p.communes.filter((c) => c.record.kind === 'thi_tran');
		expect(townships.length).toBeGreaterThan(0);
		for (const t of townships) {
			const out = f.communes.features.find((x) => x.properties.code === t.record.code)!;
			expect(out.properties.type).toBe('Xã');
			expect(out.properties.name).toBe(t.record.name.replace(/^Thị trấn /, 'Xã '));
		}
		expect(f.communes.features.some((x) => x.properties.type === 'Thị trấn')).toBe(false);
	});

	it('gives each population as permanent + converted temporary residents that add up to it', () => {
		expect(Object.keys(rows[0])).toEqual([...TWO_TIER_UNITS_CSV_COLUMNS]);
		for (const r of rows) {
			expect(Number(r.population_permanent) + Number(r.population_temporary_converted)).toBe(Number(r.population));
			expect(Number(r.population_temporary_converted)).toBeGreaterThan(0);
		}
	});

	it('is deterministic and keeps codes with their leading zeros', () => {
		expect(JSON.stringify(provinceToTwoTierFiles(generateProvince({ communes: 120, seed: 4 })))).toBe(
			JSON.stringify(f)
		);
		expect(rows[0].code).toBe('00001');
	});
});
