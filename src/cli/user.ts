/**
 * `user <sub-command>`: accounts from the command line (the administrator's tool; there is no default password).
 *
 *   user add <login> --role viewer|editor|reviewer|admin [--dataset <id|name>]… [--name "Họ tên"] [--password-stdin]
 *   user list [--json]
 *   user set-role <login> <role> [--dataset <id|name>]… [--all-datasets]
 *                                                  (the datasets given replace the limit; neither option keeps it)
 *   user disable <login> / user enable <login>
 *   user reset-password <login> [--password-stdin]
 *
 * Without --password-stdin a random password is made and printed once. Passwords never go on the command line
 * (they would stay in the shell history and the process list).
 */
import { parseArgs } from 'node:util';
import type { Db } from '../lib/server/db/database.ts';
import { findDataset } from '../lib/server/db/dataset.repository.ts';
import { listUsers, type UserRecord } from '../lib/server/db/user.repository.ts';
import { randomPassword } from '../lib/server/auth/password.ts';
import { ROLE_LABELS, ROLES, isRole } from '../lib/server/auth/roles.ts';
import { AccountError, addUser, resetPassword, setDisabled, setRole } from '../lib/server/auth/users.ts';
import { cliLang } from './common.ts';
import { tIn } from '../lib/i18n/catalogue.ts';

export const USER_HELP = `  user add <login> --role ${ROLES.join('|')} [--dataset <id|name>]... [--name "Họ tên"] [--password-stdin]
                                       create an account (limited to the datasets given, else all; without
                                       --password-stdin a random password is printed once)
  user list [--json]                   accounts, roles, datasets, disabled or not
  user set-role <login> <role> [--dataset <id|name>]... [--all-datasets]
                                       change the role; --dataset replaces the dataset limit, --all-datasets
                                       removes it, neither keeps it
  user disable <login> | user enable <login>
                                       disabling ends the account's sessions at once
  user reset-password <login> [--password-stdin]
                                       set a new password (random and printed when not from stdin); sessions end`;

async function readStdin(): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const c of process.stdin) chunks.push(c as Buffer);
	// One trailing line break (echo, a here-string) is not part of the password.
	return Buffer.concat(chunks)
		.toString('utf8')
		.replace(/\r?\n$/, '');
}

async function datasetIds(db: Db, refs: string[], fail: (m: string, code?: number) => never): Promise<number[]> {
	const ids: number[] = [];
	for (const ref of refs) {
		const ds = await findDataset(db, ref);
		if (!ds) fail(tIn(cliLang(), 'evaluate.noDatasetRef', { ref }), 2);
		ids.push(ds.id);
	}
	return ids;
}

function describe(u: UserRecord): string {
	const role = isRole(u.role) ? `${ROLE_LABELS[u.role][cliLang()]} (${u.role})` : u.role;
	const ds = u.datasets ? u.datasets.map((d) => `#${d}`).join(' ') : tIn(cliLang(), 'user.allDatasets');
	return `${u.login}\t${u.name}\t${role}\t${ds}${u.disabledAt ? tIn(cliLang(), 'user.disabledDisabledat', { disabledAt: u.disabledAt }) : ''}`;
}

export async function userCommand(
	db: Db,
	argv: string[],
	who: string,
	fail: (message: string, code?: number) => never
): Promise<void> {
	const [sub, ...rest] = argv;
	const { values, positionals } = parseArgs({
		args: rest,
		allowPositionals: true,
		options: {
			role: { type: 'string' },
			dataset: { type: 'string', multiple: true },
			'all-datasets': { type: 'boolean', default: false },
			name: { type: 'string' },
			'password-stdin': { type: 'boolean', default: false },
			json: { type: 'boolean', default: false }
		}
	});
	const password = async () => (values['password-stdin'] ? await readStdin() : randomPassword());
	const printed = (p: string) =>
		values['password-stdin'] ? '' : tIn(cliLang(), 'user.passwordShownOncePChange', { p });
	try {
		switch (sub) {
			case 'add': {
				const [login] = positionals;
				if (!login || !values.role) fail(`Usage:\n${USER_HELP}`, 2);
				const p = await password();
				const u = await addUser(
					db,
					{
						login,
						role: values.role,
						name: values.name,
						datasets: await datasetIds(db, values.dataset ?? [], fail),
						password: p
					},
					who
				);
				console.log(tIn(cliLang(), 'user.accountCreatedP1P2', { p1: describe(u), p2: printed(p) }));
				return;
			}
			case 'list': {
				const users = await listUsers(db);
				if (values.json) console.log(JSON.stringify(users, null, 2));
				else console.log(users.map(describe).join('\n') || tIn(cliLang(), 'user.noAccounts'));
				return;
			}
			case 'set-role': {
				const [login, role = values.role] = positionals;
				if (!login || !role) fail(`Usage:\n${USER_HELP}`, 2);
				if (values.dataset && values['all-datasets']) fail('--dataset or --all-datasets, not both', 2);
				const limit = values['all-datasets']
					? null
					: values.dataset
						? await datasetIds(db, values.dataset, fail)
						: undefined;
				const u = await setRole(db, login, role, limit, who);
				console.log(tIn(cliLang(), 'user.roleSetP1', { p1: describe(u) }));
				return;
			}
			case 'disable':
			case 'enable': {
				const [login] = positionals;
				if (!login) fail(`Usage:\n${USER_HELP}`, 2);
				const u = await setDisabled(db, login, sub === 'disable', who);
				console.log(
					sub === 'disable'
						? tIn(cliLang(), 'user.disabledSessionsEndedLogin', { login: u.login })
						: tIn(cliLang(), 'user.enabledLogin', { login: u.login })
				);
				return;
			}
			case 'reset-password': {
				const [login] = positionals;
				if (!login) fail(`Usage:\n${USER_HELP}`, 2);
				const p = await password();
				await resetPassword(db, login, p, who);
				console.log(tIn(cliLang(), 'user.passwordSetSessionsEndedLogin', { login, p1: printed(p) }));
				return;
			}
			default:
				fail(tIn(cliLang(), 'user.unknownCommandUserP1User', { p1: sub ?? '', USER_HELP }), 2);
		}
	} catch (e) {
		if (e instanceof AccountError) fail(`${e.vi}\n(${e.message})`, 2);
		throw e;
	}
}
