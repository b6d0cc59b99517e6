import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAttributes, importDataset, ImportError, type ImportFile } from '../../src/lib/server/import';
import { listUnits } from '../../src/lib/server/db/unit.repository';
import { tableCounts, tempDb } from '../helpers/db';

/** A small hand-made province: two districts of two square communes each (near 12°N 108°E). */
function square(x: number, y: number, size = 0.01): number[][][] {
	return [
		[
			[x, y],
			[x + size, y],
			[x + size, y + size],
			[x, y + size],
			[x, y]
		]
	];
}
function fc(features: unknown[]) {
	return JSON.stringify({ type: 'FeatureCollection', features });
}
function feature(props: Record<string, unknown>, coordinates: unknown, type = 'Polygon') {
	return { type: 'Feature', properties: props, geometry: { type, coordinates } };
}
const districts = () =>
	fc([
		feature({ code: '001', name: 'Huyện Một', type: 'Huyện', province_code: '99' }, square(108, 12, 0.02)),
		feature({ code: '002', name: 'Thành phố Hai', type: 'Thành phố', province_code: '99' }, square(108.02, 12, 0.02))
	]);
const communes = (over: Partial<Record<number, Record<string, unknown>>> = {}) =>
	fc(
		[
			{ code: '00001', name: 'Xã A', type: 'Xã', district_code: '001', population: 4000 },
			{ code: '00002', name: 'Thị trấn B', type: 'Thị trấn', district_code: '001', population: 9000 },
			{ code: '00003', name: 'Phường C', type: 'Phường', district_code: '002', population: 12000 },
			{ code: '00004', name: 'Phường D', type: 'Phường', district_code: '002', population: 8000 }
		].map((p, i) => feature({ ...p, ...(over[i] ?? {}) }, square(108 + (i >> 1) * 0.02, 12 + (i % 2) * 0.01, 0.01)))
	);

function files(d: string, c: string, csv?: string): ImportFile[] {
	const out: ImportFile[] = [
		{ name: 'districts.geojson', data: d },
		{ name: 'communes.geojson', data: c }
	];
	if (csv != null) out.push({ name: 'units.csv', data: csv });
	return out;
}

describe('import: bad input gets its message and leaves the database as it was', () => {
	let t: Awaited<ReturnType<typeof tempDb>>;
	let before: Record<string, number>;
	beforeAll(async () => {
		t = await tempDb();
		// One good dataset already there: a failed import must not touch it.
		await importDataset(t.db, files(districts(), communes()), { createdBy: 'test', name: 'good' });
		before = await tableCounts(t.db);
	});
	afterAll(async () => t.cleanup());

	const cases: [string, () => ImportFile[], string, RegExp][] = [
		[
			'not JSON',
			() => files(districts(), '{"type": "FeatureCollection", "features": ['),
			'not_json',
			/communes\.geojson: is not valid JSON/
		],
		[
			'not a FeatureCollection',
			() => files(districts(), JSON.stringify({ type: 'Feature', properties: {}, geometry: null })),
			'not_feature_collection',
			/not a GeoJSON FeatureCollection \(found: Feature\)/
		],
		[
			'a non-polygon geometry',
			() =>
				files(
					districts(),
					fc([feature({ code: '00001', name: 'Xã A', type: 'Xã', district_code: '001' }, [108, 12], 'Point')])
				),
			'not_polygon',
			/communes\.geojson, feature 1, unit 00001: has a Point geometry/
		],
		[
			'duplicate codes',
			() => files(districts(), communes({ 1: { code: '00001' } })),
			'duplicate_code',
			/code 00001 appears twice \("Xã A" and "Thị trấn B"\)/
		],
		[
			'a commune whose district is unknown',
			() => files(districts(), communes({ 2: { district_code: '009' } })),
			'unknown_district',
			/commune "Phường C" belongs to district code 009/
		],
		[
			'a CSV row for an unknown code',
			() => files(districts(), communes(), 'code,population\n00001,5000\n00099,100\n'),
			'csv_unknown_code',
			/units\.csv, row 3, column "code": code 00099/
		],
		[
			'an unparsable number',
			() => files(districts(), communes(), 'code,population,area_km2_official\n00001,5000,12.5\n00002,1.234.567,3\n'),
			'csv_bad_number',
			/units\.csv, row 3, column "population": "1\.234\.567" is not a number/
		],
		[
			'coordinates that are not longitude/latitude',
			() =>
				files(
					districts(),
					fc([
						feature({ code: '00001', name: 'Xã A', type: 'Xã', district_code: '001' }, [
							[
								[500000, 1300000],
								[501000, 1300000],
								[501000, 1301000],
								[500000, 1300000]
							]
						])
					])
				),
			'not_lonlat',
			/not longitude\/latitude.*VN-2000/
		],
		[
			'a ring that cannot be repaired',
			() =>
				files(
					districts(),
					fc([
						feature({ code: '00001', name: 'Xã A', type: 'Xã', district_code: '001' }, [
							[
								[108, 12],
								[108.01, 12],
								[108, 12]
							]
						])
					])
				),
			'irreparable_geometry',
			/geometry cannot be repaired/
		],
		[
			'an unknown kind',
			() => files(districts(), communes({ 0: { type: 'Làng', name: 'Làng A' } })),
			'unknown_kind',
			/cannot tell the kind of unit \(Làng/
		],
		[
			'features without any property: the message says there are none and what to name the code column',
			() =>
				files(
					districts(),
					fc([{ type: 'Feature', properties: null, geometry: { type: 'Polygon', coordinates: square(108, 12) } }])
				),
			'no_code_field',
			/communes\.geojson: no unit code property found .*Properties present: none\. Name the code column code .*upload again/
		],
		[
			'a missing commune layer',
			() => [{ name: 'districts.geojson', data: districts() }],
			'missing_layer',
			/two boundary files are needed/
		]
	];

	it.each(cases)('%s', async (_label, make, code, message) => {
		const err = await importDataset(t.db, make(), { createdBy: 'test' }).catch((e) => e);
		expect(err).toBeInstanceOf(ImportError);
		expect(err.code).toBe(code);
		expect(err.describe('en')).toMatch(message);
		expect(err.describe('vi').length).toBeGreaterThan(10);
		expect(await tableCounts(t.db)).toEqual(before);
	});

	it('repairs what can be repaired and says so (unclosed, clockwise ring)', async () => {
		const cw = [
			[
				[108, 12],
				[108, 12.01],
				[108.01, 12.01],
				[108.01, 12]
			]
		]; // clockwise and not closed
		const r = await importDataset(
			t.db,
			files(districts(), communes().replace(JSON.stringify(square(108, 12, 0.01)), JSON.stringify(cw))),
			{ createdBy: 'test' }
		);
		expect(r.warnings.map((w) => w.code)).toContain('geometry_repaired');
		const t2 = await tableCounts(t.db);
		expect(t2.datasets).toBe(before.datasets + 1);
	});

	it('restores leading zeros of codes written as numbers, and warns', async () => {
		const c = communes({ 0: { code: 1, district_code: 1 } });
		const d = districts().replace('"code":"001"', '"code":1');
		const r = await importDataset(t.db, files(d, c), { createdBy: 'test' });
		expect(r.warnings.map((w) => w.code)).toContain('codes_padded');
		const units = await listUnits(t.db, r.datasetId);
		expect(units.map((u) => u.code)).toContain('00001');
		expect(units.map((u) => u.code)).toContain('001');
	});

	it('attributes CSV updates units in one transaction and logs each change', async () => {
		const r = await importDataset(t.db, files(districts(), communes()), { createdBy: 'test' });
		const ok = await importAttributes(
			t.db,
			r.datasetId,
			{
				name: 'a.csv',
				data: '\ufeffcode,population,terrain,ethnic_minority_share,border,commune_class\n00001,4100,mountainous,0.45,1,II\n'
			},
			'tester'
		);
		expect(ok.updated).toBe(1);
		const u = (await listUnits(t.db, r.datasetId)).find((x) => x.code === '00001')!;
		expect(u).toMatchObject({
			population: 4100,
			terrain: 'mountainous',
			ethnicMinorityShare: 0.45,
			border: true,
			communeClass: 'II'
		});
		const audit = await t.db
			.selectFrom('audit_log')
			.selectAll()
			.where('dataset_id', '=', r.datasetId)
			.where('entity', '=', 'unit')
			.execute();
		expect(audit.map((a) => a.field).sort()).toEqual([
			'border',
			'communeClass',
			'ethnicMinorityShare',
			'population',
			'terrain'
		]);
		expect(audit.find((a) => a.field === 'population')).toMatchObject({ who: 'tester', before: '4000', after: '4100' });
		// A bad row later in the file: nothing from the file is written.
		const countsBefore = await tableCounts(t.db);
		const err = await importAttributes(
			t.db,
			r.datasetId,
			{ name: 'b.csv', data: 'code,population\n00001,4200\n00002,abc\n' },
			'tester'
		).catch((e) => e);
		expect(err.describe('en')).toMatch(/b\.csv, row 3, column "population"/);
		expect((await listUnits(t.db, r.datasetId)).find((x) => x.code === '00001')!.population).toBe(4100);
		expect(await tableCounts(t.db)).toEqual(countsBefore);
	});
});
