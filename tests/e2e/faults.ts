/**
 * Shared by the fault tests (faults.test.ts on SQLite, pg-faults.test.ts on PostgreSQL): a burst of scenario edits
 * by several editors through the real HTTP API with version checks, the record of what the server acknowledged,
 * and the check that the database holds every acknowledged edit and no half-written scenario.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Db } from '../../src/lib/server/db/database';
import { SESSION_COOKIE } from '../../src/lib/server/auth/session';
import { getScenario, getScenarioVersion } from '../../src/lib/server/db/scenario.repository';
import { LAM_DONG } from '../helpers/db';

/** An edit the server answered 200 to: the group it created, in which scenario, as which version. */
export interface Ack {
	sid: number;
	group: string;
	version: number;
}

/** What the editors met: acknowledged edits, conflicts retried, error answers (status → count), lost connections. */
export interface BurstLog {
	acks: Ack[];
	conflicts: number;
	errors: Map<number, number>;
	/** Bodies of the error answers (the messages a user would read). */
	errorBodies: string[];
	dropped: number;
}

const headers = (token: string) => ({ 'content-type': 'application/json', cookie: `${SESSION_COOKIE}=${token}` });

/** The current version of a scenario through the API. */
export async function scenarioVersion(url: string, token: string, sid: number): Promise<number> {
	const r = await fetch(`${url}/api/scenarios/${sid}`, { headers: headers(token) });
	if (r.status !== 200) throw new Error(`GET scenario ${sid}: ${r.status} ${await r.text()}`);
	return ((await r.json()) as { scenario: { version: number } }).scenario.version;
}

/**
 * Editors posting one new group per request to their scenario (two editors per scenario: they conflict and retry
 * on the version the 409 names), until `stop()`; `url()` is asked before each request (the test may point it
 * elsewhere). A lost connection counts as `dropped` and the editor pauses briefly, then goes on (the server may be
 * down: the test decides when to stop). Only a 200 is an acknowledged edit.
 */
export function startBurst(opts: {
	url: () => string;
	token: string;
	sids: number[];
	editorsPerScenario: number;
	prefix: string;
}): { log: BurstLog; stop: () => Promise<void> } {
	const log: BurstLog = { acks: [], conflicts: 0, errors: new Map(), errorBodies: [], dropped: 0 };
	let running = true;
	const editor = async (sid: number, name: string) => {
		let version = 0;
		let n = 0;
		while (running) {
			try {
				if (version === 0) version = await scenarioVersion(opts.url(), opts.token, sid);
				const group = `${name}-${n}`;
				const r = await fetch(`${opts.url()}/api/scenarios/${sid}/ops`, {
					method: 'POST',
					headers: headers(opts.token),
					body: JSON.stringify({ version, ops: [{ op: 'newGroup', id: group, level: 'commune' }] })
				});
				const body = await r.text();
				if (r.status === 200) {
					const v = (JSON.parse(body) as { version: number }).version;
					log.acks.push({ sid, group, version: v });
					version = v;
					n++;
				} else if (r.status === 409) {
					log.conflicts++;
					version = (JSON.parse(body) as { currentVersion: number }).currentVersion;
				} else {
					log.errors.set(r.status, (log.errors.get(r.status) ?? 0) + 1);
					log.errorBodies.push(body);
					// The edit may or may not be in: read the version again, and use a new group name.
					version = 0;
					n++;
					await new Promise((res) => setTimeout(res, 50));
				}
			} catch {
				log.dropped++;
				version = 0;
				n++;
				await new Promise((res) => setTimeout(res, 50));
			}
		}
	};
	const all = opts.sids.flatMap((sid, i) =>
		Array.from({ length: opts.editorsPerScenario }, (_, k) => editor(sid, `${opts.prefix}${i}e${k}`))
	);
	return {
		log,
		stop: async () => {
			running = false;
			await Promise.all(all);
		}
	};
}

/** Resolve when `cond()` holds (polled every 5 ms), or throw after `ms`. */
export async function until(cond: () => boolean, ms: number, what: string, detail = () => ''): Promise<void> {
	const deadline = Date.now() + ms;
	while (!cond()) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${detail()}`);
		await new Promise((r) => setTimeout(r, 5));
	}
}

/**
 * The database after a fault: every scenario's versions are 1..V with no gap, the scenario row holds version V's
 * content, each version added exactly one group (no half-written or doubled edit), and every acknowledged edit is
 * there, in the version the server answered.
 */
export async function expectAcknowledgedEditsKept(db: Db, sids: number[], acks: Ack[]): Promise<void> {
	for (const sid of sids) {
		// The content of the scenario and of each version, as the app reads them (checkpoints and changes since
		// migration 2026-12-03_010).
		const row = (await getScenario(db, sid))!;
		const versions = await db
			.selectFrom('scenario_versions')
			.select(['version'])
			.where('scenario_id', '=', sid)
			.orderBy('version')
			.execute();
		expect(
			versions.map((v) => v.version),
			`scenario ${sid}: versions 1..${row.version}`
		).toEqual(Array.from({ length: row.version }, (_, i) => i + 1));
		const groupsAt = async (v: number) => (await getScenarioVersion(db, sid, v))!.content.groups.map((g) => g.id);
		expect(await groupsAt(row.version)).toEqual(row.content.groups.map((g) => g.id));
		const groups = row.content.groups.map((g) => g.id);
		expect(groups.length, `scenario ${sid}: one group per saved version`).toBe(row.version - 1);
		expect(new Set(groups).size).toBe(groups.length);
		for (const a of acks.filter((x) => x.sid === sid)) {
			expect(groups, `acknowledged ${a.group} (version ${a.version})`).toContain(a.group);
			expect(await groupsAt(a.version)).toContain(a.group);
		}
	}
}

/** The Lâm Đồng files as a multipart upload of the import form (POST /api/datasets). */
export function lamDongUpload(name: string): FormData {
	const form = new FormData();
	for (const f of ['districts.geojson', 'communes.geojson', 'units.csv'])
		form.append('files', new Blob([readFileSync(join(LAM_DONG, f))]), f);
	form.append('name', name);
	return form;
}

/**
 * Upload a province as the import form does and follow its job (POST /api/datasets answers 202 with the job; the
 * import runs in a worker thread): resolves with 200 and the job when it is done, its HTTP status or the failed job
 * otherwise, or null if the connection died (the server was killed).
 */
export async function uploadImport(
	url: string,
	token: string,
	name: string
): Promise<{ status: number; body: string } | null> {
	const headers = { cookie: `${SESSION_COOKIE}=${token}`, origin: url };
	try {
		const r = await fetch(`${url}/api/datasets`, { method: 'POST', headers, body: lamDongUpload(name) });
		const body = await r.text();
		if (r.status !== 202) return { status: r.status, body };
		const { status_url } = JSON.parse(body) as { status_url: string };
		for (;;) {
			const job = await (await fetch(url + status_url, { headers })).json();
			if (job.status === 'done') return { status: 200, body: JSON.stringify(job) };
			if (job.status === 'failed') return { status: 500, body: JSON.stringify(job) };
			await new Promise((res) => setTimeout(res, 50));
		}
	} catch {
		return null;
	}
}

/** Every dataset in the database, with its unit count (a half-written import would show fewer units). */
export async function datasetsWithUnits(db: Db): Promise<{ name: string; units: number }[]> {
	const rows = await db
		.selectFrom('datasets')
		.leftJoin('units', 'units.dataset_id', 'datasets.id')
		.select(['datasets.name', (e) => e.fn.count<number>('units.id').as('units')])
		.groupBy(['datasets.id', 'datasets.name'])
		.orderBy('datasets.id')
		.execute();
	return rows.map((r) => ({ name: r.name, units: Number(r.units) }));
}

/** Lâm Đồng: 12 districts and 142 communes. */
export const LAM_DONG_UNITS = 154;
