/**
 * Account management, shared by the command line and the account page: the rules (login form, role, dataset
 * limits, password quality) live here, the SQL in the repositories. Each change is audited with who made it.
 */
import type { Db } from '../db/database.ts';
import { getDataset } from '../db/dataset.repository.ts';
import { countUsers, findUserRow, getUser, insertUser, updateUser, type UserRecord } from '../db/user.repository.ts';
import { normalizeLogin } from './login.ts';
import { hashPassword, passwordProblem, randomPassword, verifyPassword } from './password.ts';
import { isRole, ROLES, type Role } from './roles.ts';
import { invalidateUserSessions } from './session.ts';

/** A refused account change, with the reason in both languages. */
export class AccountError extends Error {
	readonly vi: string;
	constructor(
		readonly code: string,
		vi: string,
		en: string
	) {
		super(en);
		this.vi = vi;
	}
}

const LOGIN_RE = /^[a-z0-9][a-z0-9._-]{1,63}$/;

function checkLogin(login: string): string {
	const l = normalizeLogin(login);
	if (!LOGIN_RE.test(l))
		throw new AccountError(
			'bad_login',
			'Tên đăng nhập gồm 2–64 ký tự: chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới.',
			'A login is 2–64 characters: unaccented letters, digits, dot, hyphen, underscore.'
		);
	return l;
}

function checkRole(role: string): Role {
	if (!isRole(role))
		throw new AccountError('bad_role', `Vai trò phải là ${ROLES.join(', ')}.`, `The role must be ${ROLES.join(', ')}.`);
	return role;
}

function checkPassword(password: string, login: string): void {
	const p = passwordProblem(password, login);
	if (p) throw new AccountError('weak_password', p.vi, p.en);
}

/** Dataset limits must name existing datasets; an administrator is never limited (it manages every dataset). */
async function checkDatasets(db: Db, role: Role, datasets: number[] | null): Promise<number[] | null> {
	if (!datasets || !datasets.length) return null;
	if (role === 'admin')
		throw new AccountError(
			'admin_scoped',
			'Quản trị viên quản lý mọi bộ dữ liệu: không giới hạn theo bộ dữ liệu.',
			'An administrator manages every dataset: it cannot be limited to some.'
		);
	for (const id of datasets) {
		if (!Number.isInteger(id) || !(await getDataset(db, id)))
			throw new AccountError('bad_dataset', `Không có bộ dữ liệu #${id}.`, `No dataset #${id}.`);
	}
	return [...new Set(datasets)].sort((a, b) => a - b);
}

export async function addUser(
	db: Db,
	input: { login: string; role: string; name?: string; datasets?: number[] | null; password: string },
	who: string
): Promise<UserRecord> {
	const login = checkLogin(input.login);
	const role = checkRole(input.role);
	checkPassword(input.password, login);
	const datasets = await checkDatasets(db, role, input.datasets ?? null);
	if (await findUserRow(db, login))
		throw new AccountError('exists', `Tên đăng nhập «${login}» đã có.`, `The login "${login}" exists.`);
	const name = input.name?.trim() || login;
	await insertUser(db, { login, name, role, datasets, passwordHash: await hashPassword(input.password) }, who);
	return (await getUser(db, login))!;
}

async function existing(db: Db, login: string): Promise<string> {
	const l = normalizeLogin(login);
	if (!(await findUserRow(db, l)))
		throw new AccountError('not_found', `Không có tài khoản «${l}».`, `No account "${l}".`);
	return l;
}

/**
 * Set the role, and the dataset limit when given (a list replaces it, null removes it, undefined keeps it: changing
 * a role never widens what an account sees by accident).
 */
export async function setRole(
	db: Db,
	login: string,
	role: string,
	datasets: number[] | null | undefined,
	who: string
): Promise<UserRecord> {
	const l = await existing(db, login);
	const r = checkRole(role);
	const limit = datasets === undefined ? (await getUser(db, l))!.datasets : datasets;
	await updateUser(db, l, { role: r, datasets: await checkDatasets(db, r, limit) }, who);
	return (await getUser(db, l))!;
}

/** Disable (or enable again) an account; disabling ends its sessions at once. */
export async function setDisabled(db: Db, login: string, disabled: boolean, who: string): Promise<UserRecord> {
	const l = await existing(db, login);
	await updateUser(db, l, { disabled }, who);
	if (disabled) await invalidateUserSessions(db, l);
	return (await getUser(db, l))!;
}

/** An administrator sets a new password: every session of the account ends. */
export async function resetPassword(db: Db, login: string, password: string, who: string): Promise<void> {
	const l = await existing(db, login);
	checkPassword(password, l);
	await updateUser(db, l, { passwordHash: await hashPassword(password) }, who);
	await invalidateUserSessions(db, l);
}

/**
 * The account's owner changes the password, proving the current one; the other sessions end, this one stays.
 * Returns false when the current password is wrong.
 */
export async function changeOwnPassword(
	db: Db,
	login: string,
	current: string,
	next: string,
	keepSessionId: string
): Promise<boolean> {
	const row = await findUserRow(db, login);
	if (!row || !(await verifyPassword(row.password_hash, current))) return false;
	checkPassword(next, login);
	await updateUser(db, login, { passwordHash: await hashPassword(next) }, login);
	await invalidateUserSessions(db, login, keepSessionId);
	return true;
}

/**
 * On a database with no account, create `admin` with a random password and return it (to be printed once);
 * otherwise null. Nothing has a default password.
 */
export async function ensureInitialAdmin(db: Db, who: string): Promise<{ login: string; password: string } | null> {
	if ((await countUsers(db)) > 0) return null;
	const password = randomPassword();
	await addUser(db, { login: 'admin', role: 'admin', name: 'Quản trị', password }, who);
	return { login: 'admin', password };
}
