import type { Db } from '../lib/server/db/database.ts';

/** `evaluate <dataset>`: the verdict of every unit (filled in by the rules issue). */
export async function evaluateCommand(_db: Db, _args: string[], _opts: { json: boolean; csv: boolean; rules?: string }, fail: (m: string) => never): Promise<void> {
	fail('evaluate: not available yet');
}
