/**
 * The staffing-inputs table of a dataset (the "Biên chế" tab and its API): every unit with the inputs a specialist
 * enters (class of record, actual staff, non-professional workers, leader posts, offices) and, for communes, the
 * NQ 1211 class estimate offered beside the class. Saving validates a batch and writes it in one transaction with
 * an audit row per changed field (updateUnits).
 */
import type { Kysely } from 'kysely';
import type { DB } from './db/schema.ts';
import { getDataset } from './db/dataset.repository.ts';
import { listUnits, updateUnits, type UnitView } from './db/unit.repository.ts';
import { listActiveOverrides } from './db/rule-override.repository.ts';
import { userNames } from './db/user.repository.ts';
import {
	applyStaffingOverrides,
	CLASS_RULE_SET_IDS,
	defaultClassRuleSet,
	estimateCommuneClass,
	type ClassRuleSetId,
	STAFFING_SETTINGS,
	STAFFING_SETTINGS_ID,
	listStaffingValues,
	type StaffingSettings,
	type StaffingValueRow
} from '../domain/staffing/index.ts';
import {
	validateStaffingRows,
	type ClassEstimateCell,
	type StaffingInputError,
	type StaffingInputRow
} from '../domain/staffing/inputs.ts';
import type { Citation } from '../domain/rules/types.ts';
import { datasetContext, effectiveArea, terrainInForce, type CommuneKind } from '../domain/units.ts';

export type { ClassEstimateCell, StaffingInputRow };

/** Staffing settings in force: the legal values with the administrators' active overrides. */
export async function staffingSettingsInForce(db: Kysely<DB>): Promise<StaffingSettings> {
	const overrides = await listActiveOverrides(db, STAFFING_SETTINGS_ID);
	return overrides.length
		? applyStaffingOverrides(
				STAFFING_SETTINGS,
				overrides.map((o) => ({ key: o.key, value: o.value }))
			)
		: STAFFING_SETTINGS;
}

/** A staffing value an administrator corrected: the value in force, the legal one, and the source as entered. */
export interface StaffingCorrection extends StaffingValueRow {
	/** The reason the administrator gave, word for word (e.g. "Quyết định số 12/2025/QĐ-UBND của UBND tỉnh"). */
	reason: string;
	by: string;
	byName: string | null;
	at: string;
}

/** The administrators' corrections in force, each with the value's name and the source as they entered it. */
export async function staffingCorrections(db: Kysely<DB>): Promise<StaffingCorrection[]> {
	const overrides = await listActiveOverrides(db, STAFFING_SETTINGS_ID);
	if (!overrides.length) return [];
	const values = new Map(
		listStaffingValues(
			applyStaffingOverrides(
				STAFFING_SETTINGS,
				overrides.map((o) => ({ key: o.key, value: o.value }))
			)
		).map((v) => [v.key, v])
	);
	const names = await userNames(db, [...new Set(overrides.map((o) => o.created_by))]);
	return overrides.flatMap((o) => {
		const v = values.get(o.key);
		if (!v?.overridden) return []; // an override that cannot apply is reported on the standards page
		return [{ ...v, reason: o.reason, by: o.created_by, byName: names.get(o.created_by) ?? null, at: o.created_at }];
	});
}

function toRow(u: UnitView, districtName: string | null, estimate: ClassEstimateCell | null): StaffingInputRow {
	const area = effectiveArea(u);
	return {
		code: u.code,
		name: u.name,
		level: u.level,
		kind: u.kind,
		parentCode: u.parentCode,
		districtName,
		population: u.population,
		areaKm2: area.km2,
		areaSource: area.source,
		communeClass: u.communeClass,
		staffActual: u.staffActual ?? null,
		nonprofessionalActual: u.nonprofessionalActual ?? null,
		leaders: u.leaders ?? null,
		offices: u.offices ?? null,
		estimate
	};
}

/** The classification rule sets the table can estimate with (bands, label and citation), for the selector. */
export interface ClassRuleSetOption {
	id: ClassRuleSetId;
	label_vi: string;
	label_en: string;
	citation: Citation;
}

/**
 * The table of a dataset: communes and districts, ordered by code; undefined when there is no such dataset. The class
 * estimate uses `classRuleSet` when given, else the dataset's default (Decree 307/2025 for a two-tier dataset, one
 * with no district level; NQ 1211/2016 otherwise).
 */
export async function staffingInputTable(
	db: Kysely<DB>,
	datasetId: number,
	classRuleSet?: ClassRuleSetId | null
): Promise<
	| {
			communes: StaffingInputRow[];
			districts: StaffingInputRow[];
			classRuleSet: ClassRuleSetId;
			defaultClassRuleSet: ClassRuleSetId;
			classRuleSets: ClassRuleSetOption[];
	  }
	| undefined
> {
	const dataset = await getDataset(db, datasetId);
	if (!dataset) return undefined;
	const ctx = datasetContext(dataset);
	const settings = await staffingSettingsInForce(db);
	const units = await listUnits(db, datasetId);
	const defaultRules = defaultClassRuleSet({ twoTier: !units.some((u) => u.level === 'district') });
	const ruleSet = classRuleSet && CLASS_RULE_SET_IDS.includes(classRuleSet) ? classRuleSet : defaultRules;
	const districtName = new Map(units.filter((u) => u.level === 'district').map((u) => [u.code, u.name]));
	const communes: StaffingInputRow[] = [];
	const districts: StaffingInputRow[] = [];
	for (const u of units) {
		if (u.level === 'district') {
			districts.push(toRow(u, null, null));
			continue;
		}
		if (u.level !== 'commune') continue;
		const area = effectiveArea(u);
		const e = estimateCommuneClass(
			u.kind as CommuneKind,
			{
				population: u.population,
				areaKm2: area.km2,
				mountainous: terrainInForce(u, ctx).terrain === 'mountainous',
				border: u.border,
				island: u.island,
				ruleSet
			},
			settings
		);
		const missing: ClassEstimateCell['missing'] = [];
		if (e.populationPoints == null) missing.push('population');
		if (e.areaPoints == null) missing.push('area');
		communes.push(
			toRow(u, districtName.get(u.parentCode ?? '') ?? null, {
				communeClass: e.communeClass,
				points: e.points,
				populationPoints: e.populationPoints,
				areaPoints: e.areaPoints,
				lowerBound: e.lowerBound,
				highest: e.range?.highest ?? null,
				special: e.special,
				island: u.island,
				missing
			})
		);
	}
	const byCode = (a: StaffingInputRow, b: StaffingInputRow) => a.code.localeCompare(b.code);
	return {
		communes: communes.sort(byCode),
		districts: districts.sort(byCode),
		classRuleSet: ruleSet,
		defaultClassRuleSet: defaultRules,
		classRuleSets: CLASS_RULE_SET_IDS.map((id) => {
			const b = settings.classScoring.bands[id];
			return { id, label_vi: b.label_vi, label_en: b.label_en, citation: b.citation };
		})
	};
}

/** The stored inputs of some units after a save (what the table needs to refresh its cells). */
export type SavedInputs = Pick<
	StaffingInputRow,
	'code' | 'communeClass' | 'staffActual' | 'nonprofessionalActual' | 'leaders' | 'offices'
>;

/**
 * Validate and save a batch `{ rows: [{ code, patch }] }`: all or nothing, one transaction, an audit row per changed
 * field. Returns the errors (nothing written) or the number of units changed and their stored inputs.
 */
export async function saveStaffingInputs(
	db: Kysely<DB>,
	datasetId: number,
	body: unknown,
	who: string
): Promise<{ ok: false; errors: StaffingInputError[] } | { ok: true; updated: number; units: SavedInputs[] }> {
	const units = await listUnits(db, datasetId);
	const levelOf = new Map(units.map((u) => [u.code, u.level]));
	const { rows, errors } = validateStaffingRows(body, (code) => levelOf.get(code));
	if (errors.length) return { ok: false, errors };
	const note =
		typeof (body as { note?: unknown }).note === 'string'
			? (body as { note: string }).note.slice(0, 500)
			: 'Biên chế (bảng nhập)';
	const updated = await updateUnits(db, datasetId, rows, who, note);
	const codes = new Set(rows.map((r) => r.code));
	const after = (await listUnits(db, datasetId)).filter((u) => codes.has(u.code));
	return {
		ok: true,
		updated,
		units: after.map((u) => ({
			code: u.code,
			communeClass: u.communeClass,
			staffActual: u.staffActual ?? null,
			nonprofessionalActual: u.nonprofessionalActual ?? null,
			leaders: u.leaders ?? null,
			offices: u.offices ?? null
		}))
	};
}
