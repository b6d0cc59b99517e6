/**
 * The command line: `npm run cli -- <command> ...`. Same domain and db code as the web app.
 * Errors go to stderr with a non-zero exit; `--json` prints one JSON document on stdout.
 * One module a command group: database.ts, datasets.ts, evaluate.ts, scenario.ts, plan.ts, export.ts, staffing.ts,
 * user.ts; what they share is in common.ts.
 */
import { databaseFault } from '../lib/server/db/faults.ts';
import { cliLang, fail, parseCli, WHO, withDb } from './common.ts';
import { DATABASE_COMMANDS, DATABASE_HELP, databaseCommand } from './database.ts';
import { ADJACENCY_HELP, DATASET_COMMANDS, DATASET_HELP, datasetCommand } from './datasets.ts';
import { evaluateCommand } from './evaluate.ts';
import { EXPORT_HELP, exportCommand } from './export.ts';
import { staffingCommand } from './staffing.ts';
import { SCENARIO_HELP, scenarioCommand } from './scenario.ts';
import { USER_HELP, userCommand } from './user.ts';
import { PLAN_HELP, planCommand } from './plan.ts';
import { tIn } from '../lib/i18n/catalogue.ts';

const HELP = `sapxep CLI — npm run cli -- <command> [options]

${DATABASE_HELP}
${DATASET_HELP}
  evaluate <dataset> [--rules nq35-2023|nq76-2025|…] [--json|--csv]
                                       the verdict of every unit (default rules: NQ 35/2023; for a two-tier
                                       dataset the rule set made for it, NQ 112/2025 when present)
${SCENARIO_HELP}
${PLAN_HELP}
${EXPORT_HELP}
  staffing <scenario> [--inputs inputs.json] [--json]
                                       staff before, quota after, surplus, leaders, offices, 5-year plan, cost
                                       and saving per merger group and in total (--inputs saves the plan inputs)
${ADJACENCY_HELP}
${USER_HELP}

Database: DATABASE_URL=postgres://… selects PostgreSQL; otherwise the SQLite file DATABASE_PATH
(default data/sapxep.db).`;

const isOneOf = <T extends string>(list: readonly T[], s: string | undefined): s is T =>
	s !== undefined && (list as readonly string[]).includes(s);

async function main(argv: string[]): Promise<void> {
	const [command, ...rest] = argv;
	// Accounts have options of their own.
	if (command === 'user') return withDb((db) => userCommand(db, rest, WHO, fail));
	if (command === 'plan') return withDb((db) => planCommand(db, rest, WHO, fail));
	const { values, positionals } = parseCli(rest);
	const json = values.json;
	const out = (obj: unknown, text: string) =>
		process.stdout.write(json ? JSON.stringify(obj, null, 2) + '\n' : text + '\n');

	if (isOneOf(DATABASE_COMMANDS, command)) return databaseCommand(command, positionals, values, out);
	if (isOneOf(DATASET_COMMANDS, command)) return datasetCommand(command, positionals, values, out);
	switch (command) {
		case undefined:
		case 'help':
		case '--help':
		case '-h':
			console.log(HELP);
			return;
		case 'staffing':
			await withDb((db) => staffingCommand(db, positionals, { json, inputs: values.inputs, who: WHO }, fail));
			return;
		case 'evaluate':
			await withDb((db) => evaluateCommand(db, positionals, { json, csv: values.csv, rules: values.rules }, fail));
			return;
		case 'scenario':
			await withDb((db) =>
				scenarioCommand(
					db,
					positionals,
					{ json, name: values.name, rules: values.rules, phases: values.phases, out: values.out, who: WHO },
					fail
				)
			);
			return;
		case 'export':
			await withDb((db) =>
				exportCommand(db, positionals, { json, format: values.format, level: values.level, out: values.out }, fail)
			);
			return;
		default:
			fail(tIn(cliLang(), 'main.unknownCommandCommandHelp', { command, HELP }));
	}
}

main(process.argv.slice(2)).catch((e) => {
	// The disk is full, the file is read-only, the server is down: say so and what to do, not a stack trace.
	const fault = databaseFault(e);
	if (fault) {
		const lang = cliLang();
		process.stderr.write(tIn(lang, 'cli.databaseError', { error: fault.message[lang], detail: (e as Error).message }));
		process.exit(3);
	}
	process.stderr.write(`${(e as Error).stack ?? e}\n`);
	process.exit(1);
});
