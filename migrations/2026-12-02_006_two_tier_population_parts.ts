import type { Kysely } from 'kysely';

// Frozen once landed: imports nothing from the app and works on Kysely<any>.
// 1. datasets.structure: 'three-tier' (province → districts → communes, the 2023–2025 data) or 'two-tier' (province →
//    communes and wards, no district level, as provinces hold their data since 1 July 2025). Existing datasets are
//    three-tier.
// 2. The two parts of a unit's population (domain.md §3): permanent residents and temporary residents converted by the
//    official rule, persons. Both null = only the total is known; when given, units.population is their sum.

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable('datasets')
		.addColumn('structure', 'text', (c) => c.notNull().defaultTo('three-tier'))
		.execute();
	await db.schema.alterTable('units').addColumn('population_permanent', 'integer').execute();
	await db.schema.alterTable('units').addColumn('population_temporary_converted', 'integer').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('units').dropColumn('population_temporary_converted').execute();
	await db.schema.alterTable('units').dropColumn('population_permanent').execute();
	await db.schema.alterTable('datasets').dropColumn('structure').execute();
}
