/**
 * `db copy`: move a department's SQLite data into PostgreSQL (a ministry-wide install). Both databases are migrated
 * to the same latest version first, so their tables and columns are the same. Every table is copied in foreign-key
 * order (parents first; rows in rowid order, so a scenario copied from another comes after its original), in ONE
 * transaction on the target, identity counters are moved past the copied ids, and the row count of every table is
 * compared with the source's before the commit: a difference rolls everything back.
 */
import { sql, type Kysely } from 'kysely';
import { dialectOf } from './dialect.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- every table, whatever migrations added it
type AnyDb = Kysely<any>;

export interface TableCount {
	table: string;
	source: number;
	target: number;
}

/** The app's tables of a SQLite database, parents before children (Kysely's own bookkeeping left out). */
export async function sqliteTablesInDependencyOrder(db: AnyDb): Promise<string[]> {
	const tables = (
		await sql<{ name: string }>`select name from sqlite_master where type = 'table' order by name`.execute(db)
	).rows
		.map((r) => r.name)
		.filter((n) => !n.startsWith('sqlite_') && !n.startsWith('kysely_'));
	const parents = new Map<string, string[]>();
	for (const t of tables) {
		const fks = await sql<{ table: string }>`select "table" from pragma_foreign_key_list(${t})`.execute(db);
		parents.set(
			t,
			fks.rows.map((r) => r.table).filter((p) => p !== t)
		);
	}
	const order: string[] = [];
	const seen = new Set<string>();
	const visit = (t: string, path: string[]) => {
		if (seen.has(t)) return;
		if (path.includes(t)) throw new Error(`Foreign keys form a cycle: ${[...path, t].join(' → ')}`);
		for (const p of parents.get(t) ?? []) if (tables.includes(p)) visit(p, [...path, t]);
		seen.add(t);
		order.push(t);
	};
	for (const t of tables) visit(t, []);
	return order;
}

async function count(db: AnyDb, table: string): Promise<number> {
	const r = await db
		.selectFrom(table)
		.select((e) => e.fn.countAll().as('n'))
		.executeTakeFirstOrThrow();
	return Number(r.n);
}

/**
 * Copy every row of `source` (SQLite) into `target` (PostgreSQL, migrated, with no rows in the app's tables) in one
 * transaction; returns the per-table counts, equal on both sides (else it throws and the target is unchanged).
 */
export async function copyDatabase(
	source: AnyDb,
	target: AnyDb,
	opts: { onTable?: (t: TableCount) => void } = {}
): Promise<TableCount[]> {
	if (dialectOf(source) !== 'sqlite') throw new Error('db copy reads a SQLite database');
	if (dialectOf(target) !== 'postgres') throw new Error('db copy writes to a PostgreSQL database (--to postgres://…)');
	const tables = await sqliteTablesInDependencyOrder(source);
	const nonEmpty: string[] = [];
	for (const t of tables) if ((await count(target, t)) > 0) nonEmpty.push(t);
	if (nonEmpty.length)
		throw new Error(`The target already holds data (${nonEmpty.join(', ')}): copy into an empty database`);

	return target.transaction().execute(async (trx) => {
		const counts: TableCount[] = [];
		for (const table of tables) {
			const cols = (await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(source)).rows
				.length;
			// PostgreSQL takes at most 65,535 parameters per statement.
			const chunk = Math.max(1, Math.min(1000, Math.floor(60_000 / Math.max(1, cols))));
			for (let offset = 0; ; offset += chunk) {
				const rows = (
					await sql<
						Record<string, unknown>
					>`select * from ${sql.table(table)} order by rowid limit ${chunk} offset ${offset}`.execute(source)
				).rows;
				if (!rows.length) break;
				await trx.insertInto(table).values(rows).execute();
				if (rows.length < chunk) break;
			}
			// Identity columns: the next generated id follows the largest copied one.
			const identity = await sql<{ column_name: string }>`
				select column_name from information_schema.columns
				where table_schema = current_schema() and table_name = ${table} and is_identity = 'YES'`.execute(trx);
			for (const { column_name: c } of identity.rows)
				await sql`select setval(pg_get_serial_sequence(${table}, ${c}), coalesce((select max(${sql.ref(c)}) from ${sql.table(table)}), 0) + 1, false)`.execute(
					trx
				);
			const t = { table, source: await count(source, table), target: await count(trx, table) };
			if (t.source !== t.target)
				throw new Error(`Counts differ for ${table}: ${t.source} in the source, ${t.target} copied`);
			counts.push(t);
			opts.onTable?.(t);
		}
		return counts;
	});
}
