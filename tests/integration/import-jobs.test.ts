/**
 * Imports that never freeze the server (issue 14 item 3): an upload is streamed to a temporary file and imported by
 * a job in a worker thread; the job row reports its steps; a failing import leaves no dataset and a failed job with
 * its message; limits (inflated zip size, vertices per unit) and text encodings (Windows-1258 with .cpg, Latin-1
 * without declaration) are enforced. Every file is generated here (the project's generator), never real data.
 */
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants as zc, crc32, createDeflateRaw } from 'node:zlib';
import { zipSync } from 'fflate';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableCounts, tempLocation } from '../helpers/db';
import { generateProvince } from '../../src/lib/domain/generate/province';
import { provinceToTwoTierFiles } from '../../src/lib/domain/generate/files';
import { getDb } from '../../src/lib/server/db/database';
import { getImportJob } from '../../src/lib/server/db/import-job.repository';
import { listUnits } from '../../src/lib/server/db/unit.repository';
import { jobSettled } from '../../src/lib/server/import/jobs';
import * as upload from '../../src/routes/api/datasets/+server';
import * as jobApi from '../../src/routes/api/imports/[id]/+server';

const require = createRequire(import.meta.url);
const mapshaper = require('mapshaper') as {
	applyCommands(commands: string, input: Record<string, unknown>): Promise<Record<string, Buffer | string>>;
};

const province = generateProvince({ communes: 40, seed: 11 });
const twoTier = provinceToTwoTierFiles(province);
type Fc = FeatureCollection<Polygon | MultiPolygon, Record<string, unknown>>;
const communes = twoTier.communes as unknown as Fc;

/** POSTs a form to the upload route; returns the status and body. */
async function post(form: FormData): Promise<{ status: number; body: Record<string, unknown> }> {
	const res = await upload.POST({
		request: new Request('http://localhost/api/datasets', { method: 'POST', body: form }),
		locals: { user: { id: 'uploader', name: 'uploader' } }
	} as never);
	return { status: res.status, body: await res.json() };
}

/** Uploads, waits for the job to end, returns the job as GET /api/imports/[id] reports it. */
async function runJob(parts: { name: string; data: string | Uint8Array }[], fields: Record<string, string> = {}) {
	const form = new FormData();
	for (const p of parts)
		form.append('files', new File([typeof p.data === 'string' ? p.data : new Uint8Array(p.data)], p.name));
	for (const [k, v] of Object.entries(fields)) form.append(k, v);
	const r = await post(form);
	expect(r.status).toBe(202);
	const id = r.body.job_id as string;
	await jobSettled(id);
	const res = await jobApi.GET({ params: { id }, setHeaders: () => {} } as never);
	return (await res.json()) as {
		status: string;
		step: string;
		progress: number;
		steps: { step: string }[];
		fileNames: string[];
		datasetId: number | null;
		result: { communes: number } | null;
		error: { code: string; message_vi: string; message_en: string } | null;
	};
}

/** The Windows-1258 bytes of a Vietnamese string (precomposed base letters, combining tone marks, as Windows does). */
function encode1258(s: string): Uint8Array {
	const dec = new TextDecoder('windows-1258');
	const table = new Map<string, number>();
	for (let b = 0; b < 256; b++) table.set(dec.decode(new Uint8Array([b])), b);
	const out: number[] = [];
	for (const ch of s.normalize('NFC')) {
		if (table.has(ch)) {
			out.push(table.get(ch)!);
			continue;
		}
		const [base, ...marks] = [...ch.normalize('NFD')];
		let head = base;
		// Keep a circumflex, breve or horn on the letter (1258 has â ê ô ă ơ ư), the tone as a combining mark.
		const k = marks.findIndex((m) => table.has((base + m).normalize('NFC')));
		if (k >= 0) head = (base + marks.splice(k, 1)[0]).normalize('NFC');
		for (const c of [head, ...marks]) {
			if (!table.has(c)) throw new Error(`not in Windows-1258: ${c}`);
			out.push(table.get(c)!);
		}
	}
	return new Uint8Array(out);
}

/** A dBASE III table of text fields (language driver id 0: the encoding is declared only by a .cpg, if any). */
function dbf(rows: Record<string, string>[], fields: string[], enc: (s: string) => Uint8Array): Uint8Array {
	const width = fields.map((f) => Math.max(1, ...rows.map((r) => enc(r[f] ?? '').length)));
	const recLen = 1 + width.reduce((a, b) => a + b, 0);
	const headLen = 32 + 32 * fields.length + 1;
	const out = new Uint8Array(headLen + recLen * rows.length + 1);
	const v = new DataView(out.buffer);
	out[0] = 0x03;
	v.setUint32(4, rows.length, true);
	v.setUint16(8, headLen, true);
	v.setUint16(10, recLen, true);
	fields.forEach((f, i) => {
		out.set(new TextEncoder().encode(f), 32 + 32 * i);
		out[32 + 32 * i + 11] = 0x43; // 'C'
		out[32 + 32 * i + 16] = width[i];
	});
	out[headLen - 1] = 0x0d;
	rows.forEach((r, n) => {
		let o = headLen + n * recLen;
		out[o++] = 0x20;
		fields.forEach((f, i) => {
			const b = enc(r[f] ?? '');
			out.fill(0x20, o, o + width[i]);
			out.set(b, o);
			o += width[i];
		});
	});
	out[out.length - 1] = 0x1a;
	return out;
}

/** The communes as a zipped Shapefile whose .dbf is written by `dbf` in an encoding, with an optional .cpg. */
async function shapefileZip(enc: (s: string) => Uint8Array, cpg: string | null): Promise<Uint8Array> {
	const out = await mapshaper.applyCommands('-i communes.json -o format=shapefile', { 'communes.json': communes });
	const rows = communes.features.map((f) => ({
		code: String(f.properties.code),
		name: String(f.properties.name),
		type: String(f.properties.type),
		pcode: String(f.properties.province_code)
	}));
	const entries: Record<string, Uint8Array> = {
		'communes.shp': new Uint8Array(out['communes.shp'] as Buffer),
		'communes.shx': new Uint8Array(out['communes.shx'] as Buffer),
		'communes.dbf': dbf(rows, ['code', 'name', 'type', 'pcode'], enc)
	};
	if (cpg != null) entries['communes.cpg'] = new TextEncoder().encode(cpg);
	return zipSync(entries);
}

/** A ZIP holding one entry of `size` zero bytes, really deflated (about 1 KB per MB), with its true size and CRC. */
async function zerosZip(size: number, declaredSize = size): Promise<Uint8Array> {
	const chunk = Buffer.alloc(16 * 1024 * 1024);
	const deflate = createDeflateRaw({ level: zc.Z_BEST_COMPRESSION });
	const parts: Buffer[] = [];
	deflate.on('data', (b: Buffer) => parts.push(b));
	let crc = 0;
	for (let left = size; left > 0; left -= chunk.length) {
		const c = left >= chunk.length ? chunk : chunk.subarray(0, left);
		crc = crc32(c, crc);
		if (!deflate.write(c)) await new Promise((r) => deflate.once('drain', r));
	}
	await new Promise((r) => deflate.end(r));
	const data = Buffer.concat(parts);
	const name = Buffer.from('communes.geojson');
	const local = Buffer.alloc(30);
	local.writeUInt32LE(0x04034b50, 0);
	local.writeUInt16LE(20, 4);
	local.writeUInt16LE(8, 8);
	local.writeUInt32LE(crc >>> 0, 14);
	local.writeUInt32LE(data.length, 18);
	local.writeUInt32LE(declaredSize, 22);
	local.writeUInt16LE(name.length, 26);
	const central = Buffer.alloc(46);
	central.writeUInt32LE(0x02014b50, 0);
	central.writeUInt16LE(20, 4);
	central.writeUInt16LE(20, 6);
	central.writeUInt16LE(8, 10);
	central.writeUInt32LE(crc >>> 0, 16);
	central.writeUInt32LE(data.length, 20);
	central.writeUInt32LE(declaredSize, 24);
	central.writeUInt16LE(name.length, 28);
	central.writeUInt32LE(0, 42);
	const cdOffset = local.length + name.length + data.length;
	const eocd = Buffer.alloc(22);
	eocd.writeUInt32LE(0x06054b50, 0);
	eocd.writeUInt16LE(1, 8);
	eocd.writeUInt16LE(1, 10);
	eocd.writeUInt32LE(central.length + name.length, 12);
	eocd.writeUInt32LE(cdOffset, 16);
	return new Uint8Array(Buffer.concat([local, name, data, central, name, eocd]));
}

let dir: string;
let dropDb: () => Promise<void>;
beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'sapxep-import-jobs-'));
	const t = await tempLocation(join(dir, 'jobs.db'));
	process.env.DATABASE_PATH = t.location;
	dropDb = t.drop;
});
afterAll(async () => {
	await (await getDb()).destroy();
	delete process.env.DATABASE_PATH;
	await dropDb();
	rmSync(dir, { recursive: true, force: true });
});

describe('upload → job → dataset (issue 14 item 3)', () => {
	it('an upload answers 202 with a job; the worker imports it; the job reports every step and the dataset', async () => {
		const job = await runJob(
			[
				{ name: 'communes.geojson', data: JSON.stringify(twoTier.communes) },
				{ name: 'units.csv', data: twoTier.unitsCsv }
			],
			{ name: 'Tỉnh qua lượt nhập' }
		);
		expect(job.error).toBeNull();
		expect(job.status).toBe('done');
		expect(job.progress).toBe(1);
		expect(job.steps.map((s) => s.step)).toEqual(['upload', 'parse', 'adjacency', 'quality', 'store', 'done']);
		expect(job.fileNames).toEqual(['communes.geojson', 'units.csv']);
		expect(job.result!.communes).toBe(40);
		const units = await listUnits(await getDb(), job.datasetId!);
		expect(units).toHaveLength(40);
		expect((await getImportJob(await getDb(), 'no-such-job')) === null).toBe(true);
	});

	it('a failing import leaves no dataset and a failed job with its message (nothing half-written)', async () => {
		const before = await tableCounts(await getDb());
		const broken = structuredClone(twoTier.communes);
		broken.features[3].properties.code = broken.features[2].properties.code; // duplicate code
		const job = await runJob([{ name: 'communes.geojson', data: JSON.stringify(broken) }]);
		expect(job.status).toBe('failed');
		expect(job.datasetId).toBeNull();
		expect(job.error!.code).toBe('duplicate_code');
		expect(job.error!.message_vi).toMatch(/bị trùng/);
		const after = await tableCounts(await getDb());
		expect(after).toEqual(before);
	});

	it('a body that is not multipart is refused at once with a message (422), no job', async () => {
		const res = await upload.POST({
			request: new Request('http://localhost/api/datasets', { method: 'POST', body: 'x' }),
			locals: { user: { id: 'uploader', name: 'uploader' } }
		} as never);
		expect(res.status).toBe(422);
		expect((await res.json()).error).toBe('bad_upload');
	});

	it('an upload over SAPXEP_IMPORT_MAX_UPLOAD_MB is refused with 413 and a Vietnamese message', async () => {
		process.env.SAPXEP_IMPORT_MAX_UPLOAD_MB = '0.01';
		try {
			const form = new FormData();
			form.append('files', new File([JSON.stringify(twoTier.communes)], 'communes.geojson'));
			const r = await post(form);
			expect(r.status).toBe(413);
			expect(r.body.error).toBe('upload_too_large');
			expect(r.body.message_vi).toMatch(/tệp gửi lên quá lớn/);
		} finally {
			delete process.env.SAPXEP_IMPORT_MAX_UPLOAD_MB;
		}
	});
});

describe('limits and encodings in the job path', () => {
	it('a zip bomb (1 GiB of zeros in ~1 MB) is refused before inflating, naming the limit, with bounded memory', async () => {
		const bomb = await zerosZip(1024 * 1024 * 1024);
		expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
		const rss0 = process.memoryUsage().rss;
		let peak = rss0;
		const probe = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
		const job = await runJob([{ name: 'tinh.zip', data: bomb }]);
		clearInterval(probe);
		expect(job.status).toBe('failed');
		expect(job.error!.code).toBe('zip_too_large');
		expect(job.error!.message_vi).toMatch(/giải nén sẽ lớn hơn mức cho phép.*tối đa 256 MB/);
		// The worker never inflated it: far less than the 1 GiB it holds (a worker thread costs some tens of MB).
		expect(peak - rss0).toBeLessThan(200 * 1024 * 1024);
	});

	it('a zip bomb that lies about its size stops at the declared size (corrupt archive), never inflated in full', async () => {
		const liar = await zerosZip(256 * 1024 * 1024, 1024);
		const job = await runJob([{ name: 'tinh.zip', data: liar }]);
		expect(job.status).toBe('failed');
		expect(job.error!.code).toBe('corrupt_zip');
	});

	it('a Windows-1258 DBF with a .cpg is decoded right: every name as generated, no U+FFFD', async () => {
		const zip = await shapefileZip(encode1258, '1258');
		const job = await runJob([{ name: 'tinh-1258.zip', data: zip }], { name: 'Tỉnh 1258' });
		expect(job.error).toBeNull();
		const units = await listUnits(await getDb(), job.datasetId!);
		const names = new Map(units.map((u) => [u.code, u.name]));
		for (const f of communes.features) expect(names.get(String(f.properties.code))).toBe(f.properties.name);
		expect(units.some((u) => /[ăâđêôơư]/i.test(u.name))).toBe(true);
		expect(units.some((u) => u.name.includes('\ufffd'))).toBe(false);
	});

	it('a Windows-1258 DBF without .cpg is refused with a Vietnamese message, and decoded when the user chooses 1258', async () => {
		const zip = await shapefileZip(encode1258, null);
		const refused = await runJob([{ name: 'tinh.zip', data: zip }]);
		expect(refused.status).toBe('failed');
		expect(refused.error!.code).toBe('dbf_encoding_unknown');
		expect(refused.error!.message_vi).toMatch(/không lưu theo UTF-8 và không cho biết bảng mã/);
		const chosen = await runJob([{ name: 'tinh.zip', data: zip }], { encoding: 'windows-1258' });
		expect(chosen.error).toBeNull();
		const units = await listUnits(await getDb(), chosen.datasetId!);
		const names = new Map(units.map((u) => [u.code, u.name]));
		for (const f of communes.features) expect(names.get(String(f.properties.code))).toBe(f.properties.name);
	});

	it('a Latin-1 CSV without declaration is refused with a Vietnamese message; nothing is stored with U+FFFD', async () => {
		const before = await tableCounts(await getDb());
		const csv = twoTier.unitsCsv.replace(/\n([^,\n]+),([^,\n]+),/, '\n$1,Xã Tân Hà,');
		const latin1 = new Uint8Array(Buffer.from(csv, 'latin1'));
		const job = await runJob([
			{ name: 'communes.geojson', data: JSON.stringify(twoTier.communes) },
			{ name: 'units.csv', data: latin1 }
		]);
		expect(job.status).toBe('failed');
		expect(job.error!.code).toBe('not_utf8');
		expect(job.error!.message_vi).toMatch(/không được lưu theo bảng mã UTF-8/);
		expect(await tableCounts(await getDb())).toEqual(before);
	});

	it('a unit over SAPXEP_IMPORT_MAX_VERTICES is refused, naming the unit', async () => {
		const dense = structuredClone(twoTier.communes);
		const f = dense.features[7];
		const poly = (f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates[0])[0];
		// Densify the outer ring: 60 points on every edge (same shape).
		const ring: number[][] = [];
		for (let i = 1; i < poly.length; i++)
			for (let k = 0; k < 60; k++)
				ring.push([
					poly[i - 1][0] + ((poly[i][0] - poly[i - 1][0]) * k) / 60,
					poly[i - 1][1] + ((poly[i][1] - poly[i - 1][1]) * k) / 60
				]);
		ring.push(ring[0]);
		f.geometry = { type: 'Polygon', coordinates: [ring] };
		process.env.SAPXEP_IMPORT_MAX_VERTICES = '500';
		try {
			const job = await runJob([{ name: 'communes.geojson', data: JSON.stringify(dense) }]);
			expect(job.status).toBe('failed');
			expect(job.error!.code).toBe('too_many_vertices');
			expect(job.error!.message_vi).toContain(`đơn vị ${f.properties.code} "${f.properties.name}"`);
			expect(job.error!.message_vi).toMatch(/quá mức 500 đỉnh/);
		} finally {
			delete process.env.SAPXEP_IMPORT_MAX_VERTICES;
		}
	});
});
