import type { Kysely } from 'kysely';

// Frozen once landed: imports nothing from the app and works on Kysely<any>.
// Issue 14 item 2: saving one click must not cost more in a big province. A scenario's content is no longer written
// whole at every version: a version row holds the change from the version before (`delta`: splices of the group and
// exemption lists, JSON) and, every so many versions, the whole content as a checkpoint (`checkpoint` = 1; `content`
// is '' on the other rows). The scenario row keeps no content at all (its lock and every update rewrote it), only
// the version of its latest checkpoint and the counts a list shows. Rows written before this migration hold the whole
// content each: they are checkpoints, and the current version's row holds the scenario row's content (made sure here
// before that column goes).
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('scenario_versions').addColumn('delta', 'text').execute();
	await db.schema
		.alterTable('scenario_versions')
		.addColumn('checkpoint', 'integer', (c) => c.notNull().defaultTo(1))
		.execute();
	for (const col of ['checkpoint_version', 'group_count', 'exemption_count'])
		await db.schema
			.alterTable('scenarios')
			.addColumn(col, 'integer', (c) => c.notNull().defaultTo(col === 'checkpoint_version' ? 1 : 0))
			.execute();
	const ids = await db.selectFrom('scenarios').select('id').orderBy('id').execute();
	for (const { id } of ids) {
		const s = await db
			.selectFrom('scenarios')
			.select(['version', 'content', 'state_version', 'updated_at', 'updated_by'])
			.where('id', '=', id)
			.executeTakeFirstOrThrow();
		let groups = 0;
		let exemptions = 0;
		try {
			const c = JSON.parse(s.content);
			groups = Array.isArray(c?.groups) ? c.groups.length : 0;
			exemptions = Array.isArray(c?.exemptions) ? c.exemptions.length : 0;
		} catch {
			/* not JSON: read as empty, as before */
		}
		const v = await db
			.selectFrom('scenario_versions')
			.select(['id', 'content'])
			.where('scenario_id', '=', id)
			.where('version', '=', s.version)
			.executeTakeFirst();
		if (!v)
			await db
				.insertInto('scenario_versions')
				.values({
					scenario_id: id,
					version: s.version,
					content: s.content,
					at: s.updated_at,
					who: s.updated_by,
					op: 'save',
					summary: null,
					state_version: s.state_version,
					parent_state: null
				})
				.execute();
		else if (v.content !== s.content)
			await db.updateTable('scenario_versions').set({ content: s.content }).where('id', '=', v.id).execute();
		await db
			.updateTable('scenarios')
			.set({ checkpoint_version: s.version, group_count: groups, exemption_count: exemptions })
			.where('id', '=', id)
			.execute();
	}
	await db.schema.alterTable('scenarios').dropColumn('content').execute();
}

/** Every version's whole content again (deltas replayed from their checkpoints), and the scenario row's. */
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable('scenarios')
		.addColumn('content', 'text', (c) => c.notNull().defaultTo('{"groups":[],"exemptions":[]}'))
		.execute();
	const ids = await db.selectFrom('scenarios').select(['id', 'version']).orderBy('id').execute();
	for (const s of ids) {
		const rows = await db
			.selectFrom('scenario_versions')
			.select(['id', 'version', 'content', 'delta', 'checkpoint'])
			.where('scenario_id', '=', s.id)
			.orderBy('version')
			.execute();
		let content: { groups: unknown[]; exemptions: unknown[] } = { groups: [], exemptions: [] };
		for (const r of rows) {
			if (r.checkpoint) content = JSON.parse(r.content);
			else {
				const d = JSON.parse(r.delta) as { g: [number, unknown[], unknown[]][]; e: [number, unknown[], unknown[]][] };
				const groups = content.groups.slice();
				for (const [at, del, ins] of d.g) groups.splice(at, del.length, ...ins);
				const exemptions = content.exemptions.slice();
				for (const [at, del, ins] of d.e) exemptions.splice(at, del.length, ...ins);
				content = { groups, exemptions };
				await db
					.updateTable('scenario_versions')
					.set({ content: JSON.stringify(content) })
					.where('id', '=', r.id)
					.execute();
			}
			if (r.version === s.version)
				await db
					.updateTable('scenarios')
					.set({ content: JSON.stringify(content) })
					.where('id', '=', s.id)
					.execute();
		}
	}
	await db.schema.alterTable('scenario_versions').dropColumn('delta').execute();
	await db.schema.alterTable('scenario_versions').dropColumn('checkpoint').execute();
	for (const col of ['checkpoint_version', 'group_count', 'exemption_count'])
		await db.schema.alterTable('scenarios').dropColumn(col).execute();
}
