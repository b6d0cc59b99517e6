/**
 * The Hồ sơ tab's preview: per level, the units before and after and the new units (code, name, kind, area,
 * population, members), the same figures the exports write.
 */
import type { Kysely } from 'kysely';
import { unitsAfterCollection } from '../../domain/dossier/units-after.ts';
import type { Lang } from '../../domain/messages.ts';
import type { DB } from '../db/schema.ts';
import { loadDataBasis } from './geodata.ts';
import type { DossierLevel } from './types.ts';

export interface PreviewUnit {
	code: string;
	name: string;
	kindName: string | null;
	areaKm2: number | null;
	population: number | null;
	members: { code: string; name: string }[];
}

export interface DossierPreview {
	levels: DossierLevel[];
	byLevel: Partial<Record<DossierLevel, { before: number; after: number; newUnits: PreviewUnit[] }>>;
}

export async function dossierPreview(db: Kysely<DB>, scenarioId: number, lang: Lang): Promise<DossierPreview> {
	const basis = await loadDataBasis({ db, scenarioId, level: 'commune', lang });
	const names = new Map(basis.workspace.units.map((u) => [u.code, u.name]));
	const ev = basis.input.evaluation;
	const levels: DossierLevel[] = basis.workspace.units.some((u) => u.level === 'district')
		? ['commune', 'district']
		: ['commune'];
	const out: DossierPreview = { levels, byLevel: {} };
	for (const level of levels) {
		const fc = unitsAfterCollection({ ...basis.input, level }, null);
		out.byLevel[level] = {
			before: ev.unitCount.before[level],
			after: ev.unitCount.after[level],
			newUnits: fc.features
				.filter((f) => f.properties.group)
				.map((f) => ({
					code: f.properties.code,
					name: f.properties.name,
					kindName: f.properties.kind_name,
					areaKm2: f.properties.area_km2,
					population: f.properties.population,
					members: f.properties.members.map((c) => ({ code: c, name: names.get(c) ?? c }))
				}))
		};
	}
	return out;
}
