import type { Kysely } from 'kysely';

// Frozen once landed: imports nothing from the app and works on Kysely<any>.

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('datasets')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('province_code', 'text', (c) => c.notNull())
		.addColumn('province_name', 'text', (c) => c.notNull())
		.addColumn('reference_date', 'text') // date of the figures, ISO (e.g. 2022-12-31)
		.addColumn('default_terrain', 'text', (c) => c.notNull().defaultTo('other'))
		.addColumn('source_notes', 'text')
		.addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('created_by', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('units')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('dataset_id', 'integer', (c) => c.notNull().references('datasets.id').onDelete('cascade'))
		.addColumn('code', 'text', (c) => c.notNull()) // GSO code as text: leading zeros kept
		.addColumn('level', 'text', (c) => c.notNull()) // district | commune
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('parent_code', 'text')
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('terrain', 'text') // null = dataset default
		.addColumn('ethnic_minority_share', 'real') // 0..1
		.addColumn('border', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('island', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('coastal_difficult', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('delta', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('population', 'integer') // persons
		.addColumn('population_date', 'text')
		.addColumn('population_source', 'text')
		.addColumn('area_official_km2', 'real')
		.addColumn('area_source', 'text')
		.addColumn('area_computed_km2', 'real') // geodesic, from the geometry
		.addColumn('commune_class', 'text') // I | II | III
		.addColumn('last_arranged_period', 'text') // 2019-2021 | 2023-2025
		.addColumn('exemption_code', 'text') // NQ 35 Art. 3.1 a-d, user-recorded
		.addColumn('exemption_note', 'text')
		.addColumn('geometry', 'text', (c) => c.notNull()) // GeoJSON Polygon/MultiPolygon, WGS84
		.addColumn('display_geometry', 'text', (c) => c.notNull()) // simplified for the map
		.addColumn('label_lon', 'real')
		.addColumn('label_lat', 'real')
		.addColumn('min_lon', 'real')
		.addColumn('min_lat', 'real')
		.addColumn('max_lon', 'real')
		.addColumn('max_lat', 'real')
		.addColumn('extra', 'text') // JSON of source properties not mapped to columns
		.execute();
	await db.schema.createIndex('units_dataset_code').on('units').columns(['dataset_id', 'code']).unique().execute();
	await db.schema.createIndex('units_dataset_level').on('units').columns(['dataset_id', 'level']).execute();

	await db.schema
		.createTable('adjacency')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('dataset_id', 'integer', (c) => c.notNull().references('datasets.id').onDelete('cascade'))
		.addColumn('level', 'text', (c) => c.notNull())
		.addColumn('a_code', 'text', (c) => c.notNull()) // a_code < b_code
		.addColumn('b_code', 'text', (c) => c.notNull())
		.addColumn('shared_km', 'real') // length of the shared border, km
		.addColumn('doubtful', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('source', 'text', (c) => c.notNull()) // computed | manual_add | manual_remove
		.addColumn('reason', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('created_by', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('adjacency_dataset').on('adjacency').columns(['dataset_id', 'level']).execute();

	await db.schema
		.createTable('data_quality')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('dataset_id', 'integer', (c) => c.notNull().references('datasets.id').onDelete('cascade'))
		.addColumn('check_kind', 'text', (c) => c.notNull())
		.addColumn('severity', 'text', (c) => c.notNull()) // info | warning | error
		.addColumn('codes', 'text', (c) => c.notNull()) // JSON array of unit codes
		.addColumn('value', 'real')
		.addColumn('value_unit', 'text')
		.addColumn('lon', 'real')
		.addColumn('lat', 'real')
		.addColumn('message_vi', 'text', (c) => c.notNull())
		.addColumn('message_en', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('data_quality_dataset').on('data_quality').column('dataset_id').execute();

	await db.schema
		.createTable('rule_overrides')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('rule_set_id', 'text', (c) => c.notNull())
		.addColumn('key', 'text', (c) => c.notNull())
		.addColumn('value', 'text', (c) => c.notNull()) // JSON: number, boolean or ISO date string
		.addColumn('reason', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('created_by', 'text', (c) => c.notNull())
		.addColumn('revoked_at', 'text')
		.addColumn('revoked_by', 'text')
		.execute();

	// Append-only trail of every change: who, when, what, before -> after.
	await db.schema
		.createTable('audit_log')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('at', 'text', (c) => c.notNull())
		.addColumn('who', 'text', (c) => c.notNull())
		.addColumn('dataset_id', 'integer')
		.addColumn('entity', 'text', (c) => c.notNull()) // dataset | unit | rule_override | adjacency | scenario | group
		.addColumn('entity_key', 'text') // e.g. unit code
		.addColumn('action', 'text', (c) => c.notNull()) // create | update | delete | import
		.addColumn('field', 'text')
		.addColumn('before', 'text') // JSON
		.addColumn('after', 'text') // JSON
		.addColumn('note', 'text')
		.execute();
	await db.schema.createIndex('audit_dataset').on('audit_log').columns(['dataset_id', 'entity']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const t of ['audit_log', 'rule_overrides', 'data_quality', 'adjacency', 'units', 'datasets']) {
		await db.schema.dropTable(t).ifExists().execute();
	}
}
