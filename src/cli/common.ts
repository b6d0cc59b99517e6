/**
 * What every command of the CLI shares: who acts (SAPXEP_USER), the options it parses, failing with a message and
 * an exit code, opening the database for one command, printing a refused import.
 */
import { parseArgs } from 'node:util';
import { openMigrated, type Db } from '../lib/server/db/database.ts';
import { ImportError } from '../lib/server/import/index.ts';
import { tIn } from '../lib/i18n/catalogue.ts';

export const WHO = process.env.SAPXEP_USER || `cli:${process.env.USER || 'local'}`;

/** The language the CLI writes in: English with SAPXEP_LANG=en, else Vietnamese. */
export const cliLang = (): 'vi' | 'en' => (process.env.SAPXEP_LANG === 'en' ? 'en' : 'vi');

const OPTIONS = {
	json: { type: 'boolean', default: false },
	csv: { type: 'boolean', default: false },
	name: { type: 'string' },
	'province-code': { type: 'string' },
	'province-name': { type: 'string' },
	'reference-date': { type: 'string' },
	terrain: { type: 'string' },
	'code-field': { type: 'string' },
	'name-field': { type: 'string' },
	'type-field': { type: 'string' },
	'parent-field': { type: 'string' },
	'population-field': { type: 'string' },
	crs: { type: 'string' },
	communes: { type: 'string' },
	seed: { type: 'string' },
	messy: { type: 'boolean', default: false },
	'two-tier': { type: 'boolean', default: false },
	structure: { type: 'string' },
	encoding: { type: 'string' },
	out: { type: 'string' },
	'no-import': { type: 'boolean', default: false },
	rules: { type: 'string' },
	phases: { type: 'string' },
	reason: { type: 'string' },
	inputs: { type: 'string' },
	to: { type: 'string' },
	from: { type: 'string' },
	yes: { type: 'boolean', default: false },
	format: { type: 'string' },
	level: { type: 'string' },
	help: { type: 'boolean', short: 'h', default: false }
} as const;

/** The options and positionals of a command that takes the common options. */
export function parseCli(args: string[]) {
	return parseArgs({ args, allowPositionals: true, options: OPTIONS });
}
export type CliValues = ReturnType<typeof parseCli>['values'];

/** Prints a JSON document with --json, else the text. */
export type Out = (obj: unknown, text: string) => void;

export function fail(message: string, code = 1): never {
	process.stderr.write(message.endsWith('\n') ? message : message + '\n');
	process.exit(code);
}

export async function withDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
	const db = await openMigrated();
	try {
		return await fn(db);
	} finally {
		await db.destroy();
	}
}

export function printError(e: unknown, json: boolean): never {
	if (e instanceof ImportError) {
		const lang = cliLang();
		if (json)
			process.stderr.write(
				JSON.stringify({ error: e.code, where: e.where, message: e.describe('en'), message_vi: e.describe('vi') }) +
					'\n'
			);
		else process.stderr.write(tIn(lang, 'cli.importError', { error: e.describe(lang) }));
		process.exit(2);
	}
	throw e;
}
