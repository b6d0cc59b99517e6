/**
 * Issue 11 item 1, the account commands: `setup` creates `admin` with a random password printed once (nothing has a
 * default password), and `user add | list | set-role | disable | enable | reset-password` on a real SQLite file
 * through the real CLI.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMigrated, type Db } from '../../src/lib/server/db/database';
import { attemptLogin } from '../../src/lib/server/auth/login';
import { createSession, validateSessionToken } from '../../src/lib/server/auth/session';
import { addUser, ensureInitialAdmin } from '../../src/lib/server/auth/users';
import { getUser, listUsers } from '../../src/lib/server/db/user.repository';
import { tempDb, tempLocation } from '../helpers/db';

/** The real CLI with text on stdin (passwords come from stdin, never from the command line). */
function cli(db: string, args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
	return new Promise((resolve) => {
		const child = spawn('node_modules/.bin/tsx', ['src/cli/main.ts', ...args], {
			env: { ...process.env, DATABASE_PATH: db, SAPXEP_USER: 'cli:test' }
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
		child.stdin.end(stdin);
	});
}

let dir: string;
let dropDb: () => Promise<void>;
let path: string;
let db: Db;
const signIn = (login: string, password: string) => attemptLogin(db, { login, password, address: '127.0.0.1' });

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'sapxep-auth-cli-'));
	const t = await tempLocation(join(dir, 'cli.db'));
	path = t.location;
	dropDb = t.drop;
});
afterAll(async () => {
	await db?.destroy();
	await dropDb();
	rmSync(dir, { recursive: true, force: true });
});

describe('the first administrator', () => {
	it('setup on an empty database creates admin with a random password printed once; setup again prints none', async () => {
		const first = await cli(path, ['setup']);
		expect(first.code).toBe(0);
		const m = first.stdout.match(/Mật khẩu:\s+(\S+)/);
		expect(m, first.stdout).not.toBeNull();
		const password = m![1];
		expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
		expect(first.stdout).toContain('/account');
		db = await openMigrated(path);
		expect((await signIn('admin', password)).ok).toBe(true);
		const again = await cli(path, ['setup', '--json']);
		expect(JSON.parse(again.stdout)).toEqual({ seeded: null, admin: null });
		// Another fresh database gets another password: there is no default one.
		const other = await tempDb();
		const second = await ensureInitialAdmin(other.db, 'test');
		expect(second?.password).toMatch(/^[A-Za-z0-9]{16}$/);
		expect(second?.password).not.toBe(password);
		await other.cleanup();
	});
});

describe('user commands', () => {
	it('user add --password-stdin creates a dataset-limited account that signs in; the password is never printed', async () => {
		const r = await cli(
			path,
			[
				'user',
				'add',
				'ChiLan',
				'--role',
				'editor',
				'--dataset',
				'1',
				'--name',
				'Nguyễn Thị Chi Lan',
				'--password-stdin'
			],
			'mật khẩu của Lan\n'
		);
		expect(r.code, r.stderr).toBe(0);
		expect(r.stdout).toContain('chilan');
		expect(r.stdout).not.toContain('mật khẩu của Lan');
		const s = await signIn('chilan', 'mật khẩu của Lan');
		expect(s.ok && s.user).toMatchObject({
			login: 'chilan',
			name: 'Nguyễn Thị Chi Lan',
			role: 'editor',
			datasets: [1]
		});
	});

	it('user add without --password-stdin prints a random password once', async () => {
		const r = await cli(path, ['user', 'add', 'xem1', '--role', 'viewer']);
		expect(r.code, r.stderr).toBe(0);
		const password = r.stdout.match(/Mật khẩu \(chỉ hiện một lần\): (\S+)/)![1];
		expect((await signIn('xem1', password)).ok).toBe(true);
	});

	it('refuses a bad role on the command line (exit 2, the reason on stderr)', async () => {
		const r = await cli(path, ['user', 'add', 'a1', '--role', 'boss', '--password-stdin'], 'mật khẩu dài');
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/Vai trò phải là viewer, editor, reviewer, admin/);
	});

	it('refuses an existing login, a weak password, an unknown dataset, a dataset-limited admin and a bad login', async () => {
		const cases: [Parameters<typeof addUser>[1], string][] = [
			[{ login: 'ChiLan', role: 'viewer', password: 'mật khẩu dài' }, 'exists'],
			[{ login: 'a2', role: 'viewer', password: 'ngắn' }, 'weak_password'],
			[{ login: 'matkhau1', role: 'viewer', password: 'MatKhau1' }, 'weak_password'],
			[{ login: 'a3', role: 'viewer', password: 'mật khẩu dài', datasets: [99] }, 'bad_dataset'],
			[{ login: 'a4', role: 'admin', password: 'mật khẩu dài', datasets: [1] }, 'admin_scoped'],
			[{ login: 'Lê Văn', role: 'viewer', password: 'mật khẩu dài' }, 'bad_login']
		];
		for (const [input, code] of cases) await expect(addUser(db, input, 'test'), code).rejects.toMatchObject({ code });
		expect((await listUsers(db)).map((u) => u.login)).toEqual(['admin', 'chilan', 'xem1']);
	});

	it('set-role keeps the dataset limit unless --dataset or --all-datasets says otherwise', async () => {
		expect((await cli(path, ['user', 'set-role', 'chilan', 'reviewer'])).code).toBe(0);
		expect(await getUser(db, 'chilan')).toMatchObject({ role: 'reviewer', datasets: [1] });
		expect((await cli(path, ['user', 'set-role', 'chilan', 'editor', '--all-datasets'])).code).toBe(0);
		expect(await getUser(db, 'chilan')).toMatchObject({ role: 'editor', datasets: null });
		// Every change is in the audit trail, by the CLI's actor.
		const audit = await db.selectFrom('audit_log').selectAll().where('entity', '=', 'user').execute();
		expect(audit.filter((a) => a.entity_key === 'chilan').map((a) => [a.action, a.field, a.who])).toEqual([
			['create', null, 'cli:test'],
			['update', 'role', 'cli:test'],
			['update', 'role', 'cli:test'],
			['update', 'datasets', 'cli:test']
		]);
	});

	it('disable ends the sessions and refuses sign-in; enable lets it back', async () => {
		const { token } = await createSession(db, 'chilan');
		expect(await validateSessionToken(db, token)).not.toBeNull();
		expect((await cli(path, ['user', 'disable', 'chilan'])).code).toBe(0);
		expect(await validateSessionToken(db, token)).toBeNull();
		expect((await signIn('chilan', 'mật khẩu của Lan')).ok).toBe(false);
		expect((await cli(path, ['user', 'enable', 'chilan'])).code).toBe(0);
		expect((await signIn('chilan', 'mật khẩu của Lan')).ok).toBe(true);
	});

	it('reset-password --password-stdin sets the new password and ends every session', async () => {
		const { token } = await createSession(db, 'admin');
		const r = await cli(path, ['user', 'reset-password', 'admin', '--password-stdin'], 'mật khẩu mới của admin\n');
		expect(r.code, r.stderr).toBe(0);
		expect(await validateSessionToken(db, token)).toBeNull();
		expect((await signIn('admin', 'mật khẩu mới của admin')).ok).toBe(true);
	});
});
