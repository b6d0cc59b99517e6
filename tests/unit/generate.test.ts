import { describe, expect, it } from 'vitest';
import { area, booleanClockwise, featureCollection, intersect, kinks, polygon } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { generateProvince } from '../../src/lib/domain/generate/province';
import type { GeneratedProvince, GeneratedUnit } from '../../src/lib/domain/generate/province';
import { provinceToFiles, UNITS_CSV_COLUMNS } from '../../src/lib/domain/generate/files';
import { mulberry32 } from '../../src/lib/domain/generate/random';

// Generated once and shared: 150 communes, clean and messy linework from the same seed.
const clean = generateProvince({ communes: 150, seed: 1 });
const messy = generateProvince({ communes: 150, seed: 1, messy: true });

const ring = (u: GeneratedUnit): Position[] => (u.geometry as Polygon).coordinates[0];
const key = (p: Position) => `${p[0]},${p[1]}`;
const byCode = (p: GeneratedProvince) => new Map(p.communes.map((c) => [c.record.code, c]));
const areaKm2 = (g: Polygon | MultiPolygon) => area(g) / 1e6;
/** Shared vertex count of two communes' rings (closing point excluded). */
const sharedVertices = (a: GeneratedUnit, b: GeneratedUnit) => {
	const ka = new Set(ring(a).slice(0, -1).map(key));
	return ring(b)
		.slice(0, -1)
		.filter((p) => ka.has(key(p))).length;
};
/** Standard population of a commune (domain.md §3), with the dataset default terrain. */
const standardPopulation = (p: GeneratedProvince, u: GeneratedUnit) => {
	const r = u.record;
	if (r.kind === 'thi_tran') return 8000;
	if (r.kind === 'phuong')
		return p.districts.find((d) => d.record.code === r.parentCode)!.record.kind === 'thi_xa' ? 5000 : 7000;
	return (r.terrain ?? p.defaultTerrain) === 'mountainous' ? 5000 : 8000;
};

describe('generateProvince: determinism', () => {
	it('gives byte-identical output for the same seed and options', () => {
		expect(JSON.stringify(generateProvince({ communes: 150, seed: 1 }))).toBe(JSON.stringify(clean));
		expect(JSON.stringify(generateProvince({ communes: 150, seed: 1, messy: true }))).toBe(JSON.stringify(messy));
	});

	it('gives different output for a different seed', () => {
		const other = generateProvince({ communes: 150, seed: 2 });
		expect(JSON.stringify(other)).not.toBe(JSON.stringify(clean));
		expect(other.communes[0].geometry).not.toEqual(clean.communes[0].geometry);
	});

	it('uses a seeded PRNG (mulberry32) that repeats per seed', () => {
		const a = mulberry32(42),
			b = mulberry32(42),
			c = mulberry32(43);
		const sa = Array.from({ length: 5 }, () => a.next());
		expect(Array.from({ length: 5 }, () => b.next())).toEqual(sa);
		expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(sa);
		expect(sa.every((v) => v >= 0 && v < 1)).toBe(true);
	});
});

describe('generateProvince: units, codes and names', () => {
	it('has the requested number of communes and about one district per 12 communes', () => {
		expect(clean.communes).toHaveLength(150);
		expect(clean.districts.length).toBeGreaterThanOrEqual(11);
		expect(clean.districts.length).toBeLessThanOrEqual(14);
		expect(clean.provinceCode).toBe('99');
		expect(clean.provinceName).toBe('Tỉnh Mẫu (dữ liệu mô phỏng)');
		expect(clean.referenceDate).toBe('2022-12-31');
		expect(clean.defaultTerrain).toBe('mountainous');
	});

	it('writes codes as text with leading zeros, numbered from 1', () => {
		expect(clean.districts.map((d) => d.record.code)).toEqual(
			clean.districts.map((_, i) => String(i + 1).padStart(3, '0'))
		);
		expect(clean.communes.map((c) => c.record.code)).toEqual(
			clean.communes.map((_, i) => String(i + 1).padStart(5, '0'))
		);
		for (const u of [...clean.districts, ...clean.communes]) expect(typeof u.record.code).toBe('string');
	});

	it('has unique codes and unique names within the province', () => {
		const all = [...clean.districts, ...clean.communes];
		expect(new Set(all.map((u) => u.record.code)).size).toBe(all.length);
		expect(new Set(all.map((u) => u.record.name)).size).toBe(all.length);
		for (const u of all) {
			expect(u.record.name).toBe(u.record.name.normalize('NFC'));
			expect(u.record.name).toMatch(/^(Xã|Phường|Thị trấn|Huyện|Thành phố|Thị xã) \S/);
		}
	});

	it('links every commune to an existing district and every district to the province', () => {
		const districtCodes = new Set(clean.districts.map((d) => d.record.code));
		for (const c of clean.communes) {
			expect(c.record.level).toBe('commune');
			expect(districtCodes.has(c.record.parentCode!)).toBe(true);
		}
		for (const d of clean.districts) {
			expect(d.record.level).toBe('district');
			expect(d.record.parentCode).toBe('99');
			expect(clean.communes.some((c) => c.record.parentCode === d.record.code)).toBe(true);
		}
	});

	it('has one city made mostly of wards, huyện each with one township, and commune kinds by name', () => {
		const kinds = clean.districts.map((d) => d.record.kind);
		expect(kinds.filter((k) => k === 'thanh_pho')).toHaveLength(1);
		expect(kinds.filter((k) => k === 'thi_xa').length).toBeLessThanOrEqual(1);
		expect(kinds.filter((k) => k === 'huyen').length).toBeGreaterThanOrEqual(9);
		for (const d of clean.districts) {
			const own = clean.communes.filter((c) => c.record.parentCode === d.record.code);
			expect(own.length).toBeGreaterThanOrEqual(9);
			expect(own.length).toBeLessThanOrEqual(15);
			if (d.record.kind === 'huyen') expect(own.filter((c) => c.record.kind === 'thi_tran')).toHaveLength(1);
			if (d.record.kind === 'thanh_pho')
				expect(own.filter((c) => c.record.kind === 'phuong').length / own.length).toBeGreaterThan(0.5);
			if (d.record.kind !== 'huyen') expect(own.some((c) => c.record.kind === 'thi_tran')).toBe(false);
		}
		const prefix = { xa: 'Xã ', phuong: 'Phường ', thi_tran: 'Thị trấn ' } as const;
		for (const c of clean.communes)
			expect(c.record.name.startsWith(prefix[c.record.kind as keyof typeof prefix])).toBe(true);
	});

	it('makes each district contiguous over the true neighbour pairs', () => {
		const adj = new Map<string, string[]>();
		for (const [a, b] of clean.trueCommunePairs) {
			adj.set(a, [...(adj.get(a) ?? []), b]);
			adj.set(b, [...(adj.get(b) ?? []), a]);
		}
		for (const d of clean.districts) {
			const own = new Set(
				clean.communes.filter((c) => c.record.parentCode === d.record.code).map((c) => c.record.code)
			);
			const start = [...own][0];
			const seen = new Set([start]);
			const stack = [start];
			while (stack.length)
				for (const q of adj.get(stack.pop()!) ?? [])
					if (own.has(q) && !seen.has(q)) {
						seen.add(q);
						stack.push(q);
					}
			expect(seen.size).toBe(own.size);
		}
	});

	it('lists sorted true pairs without corner contacts, and district pairs that follow from them', () => {
		const pairs = clean.trueCommunePairs;
		for (const [a, b] of pairs) expect(a < b).toBe(true);
		const keys = pairs.map((p) => p.join('-'));
		expect([...keys].sort()).toEqual(keys);
		expect(new Set(keys).size).toBe(keys.length);
		const parent = new Map(clean.communes.map((c) => [c.record.code, c.record.parentCode!]));
		const expected = new Set<string>();
		for (const [a, b] of pairs) {
			const [da, db] = [parent.get(a)!, parent.get(b)!].sort();
			if (da !== db) expected.add(`${da}-${db}`);
		}
		expect(new Set(clean.trueDistrictPairs.map((p) => p.join('-')))).toEqual(expected);
		// Corner contacts: a few, touching at exactly one point, never listed as neighbours.
		expect(clean.cornerCommunePairs.length).toBeGreaterThanOrEqual(2);
		const communes = byCode(clean);
		const trueSet = new Set(keys);
		for (const [a, b] of clean.cornerCommunePairs) {
			expect(trueSet.has(`${a}-${b}`)).toBe(false);
			expect(sharedVertices(communes.get(a)!, communes.get(b)!)).toBe(1);
		}
	});
});

describe('generateProvince: geometry', () => {
	it('places the province inland around 107.5–108.8°E, 11.3–12.5°N with 6-decimal coordinates', () => {
		const all = clean.communes.flatMap(ring);
		const lons = all.map((p) => p[0]),
			lats = all.map((p) => p[1]);
		expect(Math.min(...lons)).toBeGreaterThan(107.3);
		expect(Math.max(...lons)).toBeLessThan(109);
		expect(Math.min(...lats)).toBeGreaterThan(11.1);
		expect(Math.max(...lats)).toBeLessThan(12.7);
		expect(all.every(([lon, lat]) => Math.round(lon * 1e6) / 1e6 === lon && Math.round(lat * 1e6) / 1e6 === lat)).toBe(
			true
		);
	});

	it('tiles the outline: summed commune area equals the outline area within 0.1%, and so do districts', () => {
		const outline = areaKm2(clean.outline);
		const communes = clean.communes.reduce((s, c) => s + areaKm2(c.geometry), 0);
		const districts = clean.districts.reduce((s, d) => s + areaKm2(d.geometry), 0);
		expect(Math.abs(communes - outline) / outline).toBeLessThan(0.001);
		expect(Math.abs(districts - outline) / outline).toBeLessThan(0.001);
		// ~70 km² per undivided commune.
		expect(outline / 150).toBeGreaterThan(40);
		expect(outline / 150).toBeLessThan(90);
	});

	it('has (near) zero overlap between neighbours and between a sample of other pairs', () => {
		const communes = byCode(clean);
		const sample = clean.trueCommunePairs.filter((_, i) => i % 8 === 0);
		const rng = mulberry32(7);
		for (let i = 0; i < 30; i++) {
			const a = clean.communes[Math.floor(rng.next() * 150)],
				b = clean.communes[Math.floor(rng.next() * 150)];
			if (a !== b) sample.push([a.record.code, b.record.code]);
		}
		for (const [a, b] of sample) {
			const x = intersect(
				featureCollection([
					polygon((communes.get(a)!.geometry as Polygon).coordinates),
					polygon((communes.get(b)!.geometry as Polygon).coordinates)
				])
			);
			expect(x ? area(x) : 0).toBeLessThan(1); // m²
		}
	});

	it('has closed, counter-clockwise, simple rings with 45–70 vertices per commune on average', () => {
		for (const p of [clean, messy]) {
			let vertices = 0;
			for (const c of p.communes) {
				expect(c.geometry.type).toBe('Polygon');
				const r = ring(c);
				expect(r[0]).toEqual(r[r.length - 1]);
				expect(booleanClockwise(r)).toBe(false);
				expect(kinks(polygon((c.geometry as Polygon).coordinates)).features).toHaveLength(0);
				expect(new Set(r.slice(0, -1).map(key)).size).toBe(r.length - 1); // no repeated vertex
				vertices += r.length - 1;
			}
			expect(vertices / p.communes.length).toBeGreaterThanOrEqual(45);
			expect(vertices / p.communes.length).toBeLessThanOrEqual(70);
		}
		for (const d of clean.districts) {
			const polys = d.geometry.type === 'Polygon' ? [d.geometry.coordinates] : d.geometry.coordinates;
			for (const poly of polys) expect(booleanClockwise(poly[0])).toBe(false);
		}
		expect(clean.outline.type).toBe('Polygon');
		expect(kinks(polygon((clean.outline as Polygon).coordinates)).features).toHaveLength(0);
	});

	it('shares border vertices exactly between clean neighbours', () => {
		const communes = byCode(clean);
		const counts = clean.trueCommunePairs.map(([a, b]) => sharedVertices(communes.get(a)!, communes.get(b)!));
		expect(counts.every((n) => n >= 2)).toBe(true);
		expect(counts.filter((n) => n > 2).length / counts.length).toBeGreaterThan(0.8);
	});

	it('messy variant: same units and true pairs, but sides no longer share vertices; gaps and overlaps stay small', () => {
		expect(messy.trueCommunePairs).toEqual(clean.trueCommunePairs);
		expect(messy.cornerCommunePairs).toEqual(clean.cornerCommunePairs);
		expect(messy.communes.map((c) => [c.record.code, c.record.name, c.record.population])).toEqual(
			clean.communes.map((c) => [c.record.code, c.record.name, c.record.population])
		);
		const communes = byCode(messy);
		// Only the two end nodes of a border stay common; every vertex in between differs.
		for (const [a, b] of messy.trueCommunePairs)
			expect(sharedVertices(communes.get(a)!, communes.get(b)!)).toBeLessThanOrEqual(2);
		const cleanByCode = byCode(clean);
		for (const c of messy.communes) {
			const before = areaKm2(cleanByCode.get(c.record.code)!.geometry);
			expect(Math.abs(areaKm2(c.geometry) - before) / before).toBeLessThan(0.01);
		}
		// Every messy vertex lies within ~4.5 m of the clean border, so gaps and overlaps stay under ~10 m wide.
		const toMetres = (p: Position, lat0: number) => [p[0] * 111_320 * Math.cos((lat0 * Math.PI) / 180), p[1] * 110_574];
		let worst = 0;
		for (const c of messy.communes) {
			const lat0 = ring(c)[0][1];
			const line = ring(cleanByCode.get(c.record.code)!).map((p) => toMetres(p, lat0));
			for (const p of ring(c)) {
				const [x, y] = toMetres(p, lat0);
				let best = Infinity;
				for (let i = 0; i + 1 < line.length; i++) {
					const [ax, ay] = line[i],
						[bx, by] = line[i + 1];
					const t = Math.max(
						0,
						Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2))
					);
					best = Math.min(best, Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay)));
				}
				worst = Math.max(worst, best);
			}
		}
		expect(worst).toBeGreaterThan(1);
		expect(worst).toBeLessThan(5);
		// Overlaps exist but are slivers: under 10 m × 30 km (longer than any border here).
		let overlapping = 0;
		for (const [a, b] of messy.trueCommunePairs.filter((_, i) => i % 5 === 0)) {
			const x = intersect(
				featureCollection([
					polygon((communes.get(a)!.geometry as Polygon).coordinates),
					polygon((communes.get(b)!.geometry as Polygon).coordinates)
				])
			);
			const m2 = x ? area(x) : 0;
			if (m2 > 1) overlapping++;
			expect(m2).toBeLessThan(10 * 30_000); // m²
		}
		expect(overlapping).toBeGreaterThan(0);
	});
});

describe('generateProvince: statistics', () => {
	it('spreads commune populations below 70%, near and above 100% of the standard', () => {
		const ratios = clean.communes.map((c) => c.record.population! / standardPopulation(clean, c));
		expect(ratios.filter((r) => r < 0.7).length).toBeGreaterThanOrEqual(5);
		expect(ratios.filter((r) => r >= 0.7 && r < 1).length).toBeGreaterThanOrEqual(5);
		expect(ratios.filter((r) => r >= 1).length / ratios.length).toBeGreaterThan(0.6);
		const xa = clean.communes.filter((c) => c.record.kind === 'xa');
		const xaAreaRatios = xa.map(
			(c) => c.record.areaComputedKm2! / ((c.record.terrain ?? 'mountainous') === 'mountainous' ? 50 : 30)
		);
		expect(xaAreaRatios.some((r) => r < 0.7)).toBe(true);
		expect(xaAreaRatios.some((r) => r > 1)).toBe(true);
	});

	it('computes areas from the geometry and sets official areas for most units, a few off by more than 5%', () => {
		for (const c of clean.communes) expect(c.record.areaComputedKm2).toBe(Math.round(areaKm2(c.geometry) * 100) / 100);
		const withOfficial = clean.communes.filter((c) => c.record.areaOfficialKm2 != null);
		expect(withOfficial.length / 150).toBeGreaterThan(0.7);
		expect(withOfficial.length).toBeLessThan(150);
		const diff = (c: GeneratedUnit) => Math.abs(c.record.areaOfficialKm2! / c.record.areaComputedKm2! - 1);
		const flagged = withOfficial.filter((c) => diff(c) > 0.05);
		expect(flagged.length).toBeGreaterThanOrEqual(1);
		expect(flagged.length).toBeLessThanOrEqual(2);
		expect(withOfficial.filter((c) => diff(c) <= 0.0201).length).toBe(withOfficial.length - flagged.length);
		for (const c of withOfficial) expect(c.record.areaSource).toBeTruthy();
	});

	it('sums commune population and area into districts', () => {
		for (const d of clean.districts) {
			const own = clean.communes.filter((c) => c.record.parentCode === d.record.code);
			expect(d.record.population).toBe(own.reduce((s, c) => s + c.record.population!, 0));
			const sum = own.reduce((s, c) => s + (c.record.areaOfficialKm2 ?? c.record.areaComputedKm2!), 0);
			expect(d.record.areaOfficialKm2).toBeCloseTo(sum, 1);
			const computed = own.reduce((s, c) => s + c.record.areaComputedKm2!, 0);
			expect(Math.abs(d.record.areaComputedKm2! - computed)).toBeLessThan(0.01 * own.length + 0.01);
		}
	});

	it('sets dates, sources, terrain and specific factors', () => {
		for (const u of [...clean.districts, ...clean.communes]) {
			expect(u.record.populationDate).toBe('2022-12-31');
			expect(u.record.populationSource).toBe('Số liệu mô phỏng (sinh tự động)');
			expect(u.record.island || u.record.coastalDifficult || u.record.delta).toBe(false);
		}
		const other = clean.communes.filter((c) => c.record.terrain === 'other');
		expect(other.length).toBeGreaterThan(0);
		expect(clean.districts.some((d) => d.record.terrain === 'other')).toBe(true);
		const shares = clean.communes.map((c) => c.record.ethnicMinorityShare).filter((s): s is number => s != null);
		expect(shares.length).toBeGreaterThan(5);
		for (const s of shares) expect(s >= 0.3 && s <= 0.95).toBe(true);
		for (const c of clean.communes.filter((c) => c.record.ethnicMinorityShare != null)) {
			expect(c.record.kind).toBe('xa');
			expect(c.record.terrain ?? 'mountainous').toBe('mountainous');
		}
		const border = clean.communes.filter((c) => c.record.border);
		expect(border.length).toBeGreaterThan(0);
		expect(border.length).toBeLessThan(30);
		expect(clean.communes.filter((c) => c.record.lastArrangedPeriod === '2019-2021').length).toBeGreaterThanOrEqual(2);
	});
});

describe('generateProvince: scale', () => {
	it('generates 10,000 communes', () => {
		const big = generateProvince({ communes: 10_000, seed: 3 });
		expect(big.communes).toHaveLength(10_000);
		expect(big.communes[9999].record.code).toBe('10000');
		expect(new Set(big.communes.map((c) => c.record.code)).size).toBe(10_000);
		expect(new Set(big.communes.map((c) => c.record.name)).size).toBe(10_000);
		expect(big.districts.length).toBeGreaterThan(600);
		expect(big.districts.length).toBeLessThanOrEqual(999);
		for (const d of big.districts) expect(d.record.code).toMatch(/^\d{3}$/);
		const vertices = big.communes.reduce((s, c) => s + ring(c).length - 1, 0) / 10_000;
		expect(vertices).toBeGreaterThanOrEqual(45);
		expect(vertices).toBeLessThanOrEqual(70);
	}, 120_000);
});

describe('provinceToFiles', () => {
	const files = provinceToFiles(clean);

	it('writes units.csv with the data folder columns, codes as text and level 2/3', () => {
		const lines = files.unitsCsv.trimEnd().split('\n');
		expect(lines[0]).toBe(UNITS_CSV_COLUMNS.join(','));
		expect(
			lines[0].startsWith(
				'code,name,type,level,parent_code,population,population_date,population_source,area_km2_official,area_source,terrain,ethnic_minority_share,border,island,coastal_difficult,delta'
			)
		).toBe(true);
		expect(lines).toHaveLength(1 + clean.districts.length + 150);
		expect(lines[1].startsWith(`001,${clean.districts[0].record.name},Thành phố,2,99,`)).toBe(true);
		const firstCommune = lines[1 + clean.districts.length];
		expect(firstCommune.startsWith('00001,')).toBe(true);
		expect(firstCommune.split(',')[3]).toBe('3');
		expect(firstCommune.split(',')[4]).toBe('001');
		const types = new Set(lines.slice(1).map((l) => l.split(',')[2]));
		for (const t of ['Thành phố', 'Huyện', 'Xã', 'Phường', 'Thị trấn']) expect(types.has(t)).toBe(true);
		for (const l of lines.slice(1)) expect(l.split(',')).toHaveLength(UNITS_CSV_COLUMNS.length);
	});

	it('writes GeoJSON feature collections with the data folder property names', () => {
		expect(files.districts.features).toHaveLength(clean.districts.length);
		expect(files.communes.features).toHaveLength(150);
		const c = files.communes.features[0].properties;
		expect(Object.keys(c)).toEqual(
			expect.arrayContaining([
				'code',
				'name',
				'type',
				'district_code',
				'district_name',
				'province_code',
				'area_km2_computed'
			])
		);
		expect(c.code).toBe('00001');
		expect(c.province_code).toBe('99');
		expect(files.districts.features[0].properties).toMatchObject({
			code: '001',
			type: 'Thành phố',
			province_code: '99'
		});
		const parsed = JSON.parse(JSON.stringify(files.communes));
		expect(parsed.features[0].properties.code).toBe('00001');
		expect(parsed.crs.properties.name).toBe('urn:ogc:def:crs:OGC:1.3:CRS84');
	});
});
