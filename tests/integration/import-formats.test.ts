/**
 * More input formats through the one importer: TopoJSON, zipped Shapefiles with a .prj, projected VN-2000 TM-3
 * coordinates. Every file is built here from the simulated province (never from the Lâm Đồng data, whose licence
 * forbids derived copies).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { zipSync } from 'fflate';
import proj4 from 'proj4';
// topojson-server ships no type declarations.
// @ts-expect-error -- untyped module
import { topology } from 'topojson-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateProvince, provinceToFiles } from '../../src/lib/domain/generate';
import { parseDataset, type ImportOptions, type ParsedDataset } from '../../src/lib/server/import/dataset';
import { crsFromName, crsFromWkt } from '../../src/lib/server/import/crs';
import { importDataset, ImportError, type ImportFile } from '../../src/lib/server/import';
import { listUnits } from '../../src/lib/server/db/unit.repository';
import { tableCounts, tempDb } from '../helpers/db';

// mapshaper is CommonJS without type declarations (dev dependency; writes .shp/.shx/.dbf/.cpg).
const require = createRequire(import.meta.url);
const mapshaper = require('mapshaper') as {
	applyCommands(commands: string, input: Record<string, unknown>): Promise<Record<string, Buffer | string>>;
};

type Fc = FeatureCollection<Polygon | MultiPolygon, unknown>;

const TOWGS84 = '-191.90441429,-39.30318279,-111.45032835,-0.00928836,0.01975479,-0.00427372,0.252906278';
/** VN-2000 / TM-3 with Lâm Đồng's central meridian 107°45′ (k = 0.9999, false easting 500 000 m). */
const TM3_107_75 = `+proj=tmerc +lat_0=0 +lon_0=107.75 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=${TOWGS84} +units=m +no_defs`;
/** The .prj a Vietnamese GIS desk would ship with it (ESRI WKT 1, no TOWGS84: the datum name says VN-2000). */
const TM3_PRJ =
	'PROJCS["VN_2000_TM3_Lam_Dong_107-45",GEOGCS["GCS_VN_2000",DATUM["D_Vietnam_2000",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",107.75],PARAMETER["Scale_Factor",0.9999],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

const province = generateProvince({ communes: 150, seed: 1 });
const files = provinceToFiles(province);
const geojsonFiles = (): ImportFile[] => [
	{ name: 'districts.geojson', data: JSON.stringify(files.districts) },
	{ name: 'communes.geojson', data: JSON.stringify(files.communes) },
	{ name: 'units.csv', data: files.unitsCsv }
];

/** A copy of a layer with every position projected from WGS84 lon/lat to `toCrs` (and no GeoJSON crs member). */
function projected(fc: Fc, toCrs: string): Fc {
	const forward = proj4('EPSG:4326', toCrs).forward;
	const map = (c: unknown): unknown =>
		typeof (c as Position)[0] === 'number'
			? forward([(c as Position)[0], (c as Position)[1]])
			: (c as unknown[]).map(map);
	const copy = structuredClone(fc) as Fc & { crs?: unknown };
	delete copy.crs;
	for (const f of copy.features) (f.geometry as { coordinates: unknown }).coordinates = map(f.geometry.coordinates);
	return copy;
}

/** Districts and communes as Shapefiles (mapshaper), with `extra` files added, zipped. */
async function shapefileZip(
	d: Fc,
	c: Fc,
	opts: { prj?: string; cpg?: boolean; drop?: RegExp } = {}
): Promise<Uint8Array> {
	const out = await mapshaper.applyCommands('-i districts.json communes.json -o format=shapefile', {
		'districts.json': d,
		'communes.json': c
	});
	const entries: Record<string, Uint8Array> = {};
	for (const [k, v] of Object.entries(out)) {
		if (opts.cpg === false && k.endsWith('.cpg')) continue;
		if (k.endsWith('.prj')) continue; // our own .prj below, not mapshaper's
		if (opts.drop?.test(k)) continue;
		entries[k] = typeof v === 'string' ? new TextEncoder().encode(v) : new Uint8Array(v);
	}
	if (opts.prj)
		for (const layer of ['districts', 'communes']) entries[`${layer}.prj`] = new TextEncoder().encode(opts.prj);
	return zipSync(entries);
}

/** Unrounded computed area (km²) of every unit, by code. */
const areas = (p: ParsedDataset) =>
	new Map([...p.districts, ...p.communes].map((u) => [u.record.code, u.facts.areaKm2]));
/** Largest |a/b − 1| over the units of two imports of the same province. */
function maxAreaDiff(a: ParsedDataset, b: ParsedDataset): number {
	const ref = areas(b);
	let max = 0;
	for (const [code, km2] of areas(a)) max = Math.max(max, Math.abs(km2 / ref.get(code)! - 1));
	return max;
}
const unitKeys = (p: ParsedDataset) =>
	[...p.districts, ...p.communes]
		.map((u) => `${u.record.level} ${u.record.code} ${u.record.parentCode} ${u.record.name}`)
		.sort();

describe('CRS recognition (table-driven)', () => {
	const wkts: [string, string, string | null][] = [
		['ESRI VN-2000 TM-3 107°45′ (no TOWGS84)', TM3_PRJ, 'vn2000-tm3:107.75'],
		[
			'OGC WKT 1 VN-2000 TM-3 105°30′ with the official TOWGS84',
			`PROJCS["VN-2000 / TM-3 105-30",GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563],TOWGS84[${TOWGS84}]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",105.5],PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1]]`,
			'vn2000-tm3:105.5'
		],
		[
			'EPSG:3405 by authority',
			'PROJCS["VN-2000 / UTM zone 48N",GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563]]],PROJECTION["Transverse_Mercator"],AUTHORITY["EPSG","3405"]]',
			'EPSG:3405'
		],
		[
			'VN-2000 UTM 49N by parameters',
			'PROJCS["VN_2000_UTM_Zone_49N",GEOGCS["GCS_VN_2000",DATUM["D_Vietnam_2000",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",111.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]',
			'EPSG:3406'
		],
		[
			'WGS84 UTM 48N (ESRI, no authority)',
			'PROJCS["WGS_1984_UTM_Zone_48N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",105.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]',
			'EPSG:32648'
		],
		[
			'WGS84 geographic',
			'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
			'EPSG:4326'
		],
		[
			'VN-2000 geographic',
			'GEOGCS["GCS_VN_2000",DATUM["D_Vietnam_2000",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
			'EPSG:4756'
		],
		[
			'WKT 2 VN-2000 TM-3 107°45′',
			'PROJCRS["VN-2000 / TM-3 107-45",BASEGEOGCRS["VN-2000",DATUM["Vietnam 2000",ELLIPSOID["WGS 84",6378137,298.257223563,LENGTHUNIT["metre",1]]]],CONVERSION["TM-3 107-45",METHOD["Transverse Mercator",ID["EPSG",9807]],PARAMETER["Latitude of natural origin",0],PARAMETER["Longitude of natural origin",107.75],PARAMETER["Scale factor at natural origin",0.9999],PARAMETER["False easting",500000],PARAMETER["False northing",0]],CS[Cartesian,2],LENGTHUNIT["metre",1]]',
			'vn2000-tm3:107.75'
		],
		[
			'Hanoi 1972 Gauss-Kruger: unknown',
			'PROJCS["Hanoi_1972_GK_Zone_18",GEOGCS["GCS_Hanoi_1972",DATUM["D_Hanoi_1972",SPHEROID["Krasovsky_1940",6378245.0,298.3]]],PROJECTION["Gauss_Kruger"],PARAMETER["Central_Meridian",105.0],PARAMETER["Scale_Factor",1.0],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],UNIT["Meter",1.0]]',
			null
		],
		[
			'Lambert on WGS84: unknown',
			'PROJCS["x",GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]]],PROJECTION["Lambert_Conformal_Conic_2SP"],UNIT["metre",1]]',
			null
		],
		['garbage', 'PROJCS["x", GEOGCS[', null]
	];
	it.each(wkts)('%s', (_label, wkt, id) => {
		const r = crsFromWkt(wkt);
		if (id == null) expect(r).toHaveProperty('unknown');
		else expect('crs' in r && r.crs.id).toBe(id);
	});

	const names: [string, string | null][] = [
		['EPSG:4326', 'EPSG:4326'],
		['urn:ogc:def:crs:OGC:1.3:CRS84', 'EPSG:4326'],
		['urn:ogc:def:crs:EPSG::3405', 'EPSG:3405'],
		['32649', 'EPSG:32649'],
		['vn2000-utm48', 'EPSG:3405'],
		['vn2000', 'EPSG:4756'],
		['vn2000-tm3:107.75', 'vn2000-tm3:107.75'],
		['VN2000-TM3:107,75', 'vn2000-tm3:107.75'],
		["vn2000-tm3:107°45'", 'vn2000-tm3:107.75'],
		['vn2000-tm3:45', null],
		['EPSG:2154', null],
		['lambert93', null]
	];
	it.each(names)('--crs %s', (text, id) => expect(crsFromName(text)?.id ?? null).toBe(id));
});

describe('more formats through the same importer', () => {
	let t: Awaited<ReturnType<typeof tempDb>>;
	let viaGeojson: ParsedDataset;
	let tm3Zip: Uint8Array;
	let tm3ZipNoPrj: Uint8Array;
	const measured: Record<string, number> = {};

	beforeAll(async () => {
		t = await tempDb();
		viaGeojson = parseDataset(geojsonFiles());
		const d = projected(files.districts, TM3_107_75);
		const c = projected(files.communes, TM3_107_75);
		tm3Zip = await shapefileZip(d, c, { prj: TM3_PRJ });
		tm3ZipNoPrj = await shapefileZip(d, c, { cpg: false }); // no .prj and no .cpg: DBF text must default to UTF-8
	});
	afterAll(async () => {
		console.log('max relative area difference vs the GeoJSON import:', measured);
		await t.cleanup();
	});

	it('the simulated province has codes with leading zeros and names with diacritics to lose', () => {
		const codes = viaGeojson.communes.map((u) => u.record.code);
		expect(codes.some((c) => c.startsWith('0'))).toBe(true);
		expect(viaGeojson.communes.some((u) => /[ăâđêôơưàảãáạờởỡớợ]/i.test(u.record.name))).toBe(true);
	});

	it('(a) TopoJSON with both layers (quantised) imports like the GeoJSON', async () => {
		const topo = topology({ districts: files.districts, communes: files.communes }, 1e6);
		const tf: ImportFile[] = [
			{ name: 'tinh.topojson', data: JSON.stringify(topo) },
			{ name: 'units.csv', data: files.unitsCsv }
		];
		const parsed = parseDataset(tf);
		expect(unitKeys(parsed)).toEqual(unitKeys(viaGeojson));
		measured.topojson = maxAreaDiff(parsed, viaGeojson);
		expect(measured.topojson).toBeLessThan(0.001);
		// And through the database, as the CLI and the upload do.
		const g = await importDataset(t.db, geojsonFiles(), { createdBy: 'test', name: 'geojson' });
		const r = await importDataset(t.db, tf, { createdBy: 'test', name: 'topojson' });
		const [ug, ur] = [await listUnits(t.db, g.datasetId), await listUnits(t.db, r.datasetId)];
		expect(ur.map((u) => u.code)).toEqual(ug.map((u) => u.code));
		const adj = async (id: number) =>
			Number(
				(
					await t.db
						.selectFrom('adjacency')
						.select((e) => e.fn.countAll<number>().as('n'))
						.where('dataset_id', '=', id)
						.executeTakeFirstOrThrow()
				).n
			);
		expect(await adj(r.datasetId)).toBe(await adj(g.datasetId));
	});

	it('(a) a .json Topology with one unnamed object per file is classified by its file name and content', () => {
		const d = topology({ layer: files.districts }, 1e6);
		const c = topology({ layer: files.communes }, 1e6);
		const parsed = parseDataset([
			{ name: 'huyen.json', data: JSON.stringify(d) },
			{ name: 'ranh_gioi_2.json', data: JSON.stringify(c) }
		]);
		expect(parsed.districts).toHaveLength(files.districts.features.length);
		expect(parsed.communes).toHaveLength(150);
	});

	it('(b) a zipped Shapefile in VN-2000 TM-3 107°45′ with its .prj: every area within 0.1 %, codes and names kept', async () => {
		const r = await importDataset(
			t.db,
			[
				{ name: 'lam-tm3.zip', data: tm3Zip },
				{ name: 'units.csv', data: files.unitsCsv }
			],
			{ createdBy: 'test' }
		);
		expect(r).toMatchObject({ districts: files.districts.features.length, communes: 150 });
		const reprojected = r.warnings.filter((w) => w.code === 'reprojected');
		expect(reprojected).toHaveLength(2);
		expect(reprojected[0].message_en).toMatch(
			/from VN-2000 \/ TM-3, central meridian 107°45′.*CRS taken from file lam-tm3\.zip\/districts\.prj/
		);
		expect(reprojected[0].message_vi).toMatch(/kinh tuyến trục 107°45′/);
		// Shapefile rings are clockwise by their own convention: not a repair to report.
		expect(r.warnings.map((w) => w.code)).not.toContain('rings_reoriented');

		const parsed = parseDataset([{ name: 'lam-tm3.zip', data: tm3Zip }]);
		expect(unitKeys(parsed)).toEqual(unitKeys(viaGeojson));
		measured.vn2000Tm3Shapefile = maxAreaDiff(parsed, viaGeojson);
		const ref = areas(viaGeojson);
		for (const [code, km2] of areas(parsed)) expect(Math.abs(km2 / ref.get(code)! - 1), code).toBeLessThan(0.001);
		// Positions come back to within a centimetre (a few 1e-8 degrees) of the originals.
		const first = parsed.communes[0].geometry as Polygon;
		const orig = viaGeojson.communes[0].geometry as Polygon;
		expect(Math.abs(first.coordinates[0][0][0] - orig.coordinates[0][0][0])).toBeLessThan(1e-7);

		const stored = await listUnits(t.db, r.datasetId);
		const original = new Map([...viaGeojson.districts, ...viaGeojson.communes].map((u) => [u.record.code, u.record]));
		for (const u of stored) {
			const o = original.get(u.code)!;
			expect(u.name).toBe(o.name); // diacritics intact (UTF-8 DBF)
			expect(u.code).toBe(o.code); // leading zeros intact
			expect(u.parentCode).toBe(u.level === 'commune' ? o.parentCode : '99');
			expect(Math.abs(u.areaComputedKm2! - o.areaComputedKm2!)).toBeLessThanOrEqual(
				Math.max(0.001 * o.areaComputedKm2!, 0.01)
			);
		}
	});

	it('(c) the same projected Shapefile without .prj fails with not_lonlat naming the file, and imports with crs vn2000-tm3:107.75', async () => {
		const before = await tableCounts(t.db);
		const zf: ImportFile[] = [{ name: 'no-prj.zip', data: tm3ZipNoPrj }];
		const err = await importDataset(t.db, zf, { createdBy: 'test' }).catch((e) => e);
		expect(err).toBeInstanceOf(ImportError);
		expect(err.code).toBe('not_lonlat');
		expect(err.where.file).toBe('no-prj.zip/districts.shp');
		expect(err.describe('en')).toMatch(/^no-prj\.zip\/districts\.shp, feature 1.*not longitude\/latitude.*--crs/);
		expect(err.describe('vi')).toMatch(/không phải kinh độ\/vĩ độ.*--crs/);
		expect(await tableCounts(t.db)).toEqual(before);

		const opts: ImportOptions = { crs: 'vn2000-tm3:107.75' };
		const parsed = parseDataset(zf, opts);
		measured.vn2000Tm3ShapefileByOption = maxAreaDiff(parsed, viaGeojson);
		expect(measured.vn2000Tm3ShapefileByOption).toBeLessThan(0.001);
		expect(unitKeys(parsed)).toEqual(unitKeys(viaGeojson)); // names decoded as UTF-8 without a .cpg
		expect(parsed.warnings.find((w) => w.code === 'reprojected')?.message_en).toMatch(
			/CRS taken from the CRS option \(--crs/
		);
		const r = await importDataset(t.db, zf, { createdBy: 'test', ...opts });
		expect(r.communes).toBe(150);
	});

	it('(c) the projected layers as loose .shp/.dbf files and as GeoJSON with a crs member', async () => {
		const out = await mapshaper.applyCommands('-i districts.json communes.json -o format=shapefile', {
			'districts.json': projected(files.districts, TM3_107_75),
			'communes.json': projected(files.communes, TM3_107_75)
		});
		const loose: ImportFile[] = Object.entries(out).map(([name, v]) => ({
			name,
			data: typeof v === 'string' ? v : new Uint8Array(v)
		}));
		loose.push({ name: 'districts.prj', data: TM3_PRJ }, { name: 'communes.prj', data: TM3_PRJ });
		expect(maxAreaDiff(parseDataset(loose), viaGeojson)).toBeLessThan(0.001);

		const utm = (fc: Fc) => ({
			...projected(fc, 'EPSG:32648'),
			crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::32648' } }
		});
		const parsed = parseDataset([
			{ name: 'districts.geojson', data: JSON.stringify(utm(files.districts)) },
			{ name: 'communes.geojson', data: JSON.stringify(utm(files.communes)) }
		]);
		measured.wgs84Utm48GeoJson = maxAreaDiff(parsed, viaGeojson);
		expect(measured.wgs84Utm48GeoJson).toBeLessThan(0.001);
		expect(parsed.warnings.find((w) => w.code === 'reprojected')?.message_en).toMatch(
			/WGS84 \/ UTM zone 48N \(EPSG:32648\).*the "crs" member of districts\.geojson/
		);
	});

	it('the CLI: import <folder> with a projected Shapefile fails without --crs and succeeds with --crs vn2000-tm3:107.75', async () => {
		const dir = join(t.dir, 'cli-tm3');
		mkdirSync(dir);
		writeFileSync(join(dir, 'tinh-tm3.zip'), tm3ZipNoPrj);
		writeFileSync(join(dir, 'units.csv'), files.unitsCsv);
		const cli = async (args: string[]) =>
			promisify(execFile)('node_modules/.bin/tsx', ['src/cli/main.ts', 'import', dir, '--json', ...args], {
				env: { ...process.env, DATABASE_PATH: join(t.dir, 'cli.db') }
			}).then(
				(r) => ({ code: 0, ...r }),
				(e: { code: number; stdout: string; stderr: string }) => e
			);
		const bad = await cli([]);
		expect(bad.code).toBe(2);
		expect(JSON.parse(bad.stderr)).toMatchObject({
			error: 'not_lonlat',
			where: { file: 'tinh-tm3.zip/districts.shp' }
		});
		const ok = await cli(['--crs', 'vn2000-tm3:107.75']);
		expect(ok.code).toBe(0);
		const out = JSON.parse(ok.stdout);
		expect(out).toMatchObject({ districts: files.districts.features.length, communes: 150 });
		expect(out.warnings.join('\n')).toMatch(/converted from VN-2000 \/ TM-3, central meridian 107°45′/);
	});

	it('a projected CRS given for files already in lon/lat is not applied to them, with a warning', () => {
		const parsed = parseDataset(geojsonFiles(), { crs: 'vn2000-tm3:107.75' });
		expect(parsed.warnings.filter((w) => w.code === 'crs_not_applied')).toHaveLength(2);
		expect(maxAreaDiff(parsed, viaGeojson)).toBe(0);
	});

	describe('(d) bad archives and CRSs: precise errors, database unchanged', () => {
		const enc = (s: string) => new TextEncoder().encode(s);
		const cases: [string, () => Promise<ImportFile[]> | ImportFile[], ImportOptions, string, RegExp][] = [
			[
				'a truncated zip',
				() => [{ name: 'cut.zip', data: tm3Zip.slice(0, Math.floor(tm3Zip.length / 2)) }],
				{},
				'corrupt_zip',
				/^cut\.zip: corrupt or not a ZIP archive/
			],
			[
				'a file that is not a zip',
				() => [{ name: 'fake.zip', data: enc('PK this is not really a zip') }],
				{},
				'corrupt_zip',
				/^fake\.zip: corrupt or not a ZIP archive \(no end-of-central-directory/
			],
			[
				'a zip whose data fails its CRC',
				() => {
					const z = zipSync({ 'a.shp': new Uint8Array(200).fill(7) }, { level: 0 });
					z[60] ^= 0xff; // inside the stored data of a.shp
					return [{ name: 'crc.zip', data: z }];
				},
				{},
				'corrupt_zip',
				/crc\.zip: .*a\.shp fails its size or CRC check/
			],
			[
				'a zip without .shp',
				() => [{ name: 'no-shp.zip', data: zipSync({ 'communes.dbf': enc('x'), 'readme.txt': enc('x') }) }],
				{},
				'no_shp',
				/^no-shp\.zip: holds no \.shp file \(found: communes\.dbf, readme\.txt\)/
			],
			[
				'a .shp without its .dbf',
				async () => {
					const z = await shapefileZip(files.districts, files.communes, { drop: /^communes\.dbf$/ });
					return [{ name: 'no-dbf.zip', data: z }];
				},
				{},
				'shp_without_dbf',
				/^no-dbf\.zip\/communes\.shp: the attribute file communes\.dbf that goes with communes\.shp is missing/
			],
			[
				'an unknown .prj',
				async () => {
					const lcc =
						'PROJCS["Lambert",GEOGCS["GCS_Hanoi_1972",DATUM["D_Hanoi_1972",SPHEROID["Krasovsky_1940",6378245.0,298.3]]],PROJECTION["Lambert_Conformal_Conic"],UNIT["Meter",1.0]]';
					return [{ name: 'lcc.zip', data: await shapefileZip(files.districts, files.communes, { prj: lcc }) }];
				},
				{},
				'unknown_prj',
				/^lcc\.zip\/districts\.prj: unrecognised CRS \(read: "Lambert", projection Lambert_Conformal_Conic, datum D_Hanoi_1972\).*--crs/
			],
			[
				'an unknown --crs',
				() => geojsonFiles(),
				{ crs: 'lambert93' },
				'unknown_crs',
				/unknown CRS "lambert93"\. Use one of: EPSG:4326/
			],
			[
				'a .prj that says TM-3 on lon/lat coordinates',
				async () => [
					{ name: 'wrong.zip', data: await shapefileZip(files.districts, files.communes, { prj: TM3_PRJ }) }
				],
				{},
				'crs_mismatch',
				/^wrong\.zip\/districts\.shp: file wrong\.zip\/districts\.prj declares the projected CRS VN-2000 \/ TM-3/
			],
			[
				'a broken TopoJSON',
				() => [
					{
						name: 'bad.topojson',
						data: JSON.stringify({
							type: 'Topology',
							objects: { communes: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[7]] }] } },
							arcs: []
						})
					}
				],
				{},
				'bad_topology',
				/^bad\.topojson#communes: layer "communes" cannot be decoded/
			]
		];
		it.each(cases)('%s', async (_label, make, opts, code, message) => {
			const before = await tableCounts(t.db);
			const err = await importDataset(t.db, await make(), { createdBy: 'test', ...opts }).catch((e) => e);
			expect(err).toBeInstanceOf(ImportError);
			expect(err.code).toBe(code);
			expect(err.describe('en')).toMatch(message);
			expect(err.describe('vi').length).toBeGreaterThan(20);
			expect(await tableCounts(t.db)).toEqual(before);
		});
	});
});
