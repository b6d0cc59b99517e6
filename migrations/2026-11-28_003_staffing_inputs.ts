import type { Kysely } from 'kysely';

// Frozen once landed: imports nothing from the app and works on Kysely<any>.
// Per-unit staffing inputs (domain.md §6): actual counts the Department enters, read by the staffing impact.
// All nullable: null = not entered (the impact then falls back to the quota of the unit's class).

const COLUMNS = [
	// Cadres and civil servants in post (cán bộ, công chức), posts. For a district: actual staff of its bodies.
	'staff_actual',
	// Non-professional workers (người hoạt động không chuyên trách), persons. Commune level only.
	'nonprofessional_actual',
	// Leader posts (chair and vice-chairs of the People's Committee), posts.
	'leaders',
	// Office buildings (trụ sở) the unit uses, count.
	'offices'
] as const;

export async function up(db: Kysely<any>): Promise<void> {
	for (const c of COLUMNS) await db.schema.alterTable('units').addColumn(c, 'integer').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	// SQLite ≥ 3.35 drops columns (better-sqlite3 12 bundles a newer one).
	for (const c of [...COLUMNS].reverse()) await db.schema.alterTable('units').dropColumn(c).execute();
}
