/**
 * Checking a user's edit of a unit's inputs (population, area, terrain, factors, class, exemption)
 * before it is saved. Returns field errors in both languages; an empty list means valid.
 */
import { type Bilingual } from './messages.ts';
import { POPULATION_PARTS_SOURCE, populationFromParts } from './units.ts';
import { both } from '../i18n/catalogue.ts';

/** The attributes of a unit that an editor or an attributes CSV may set (absent = leave as is). */
export interface UnitAttributePatch {
	population?: number | null;
	populationDate?: string | null;
	populationSource?: string | null;
	/** Parts of the population (domain.md §3): both or neither; when both, population is their sum. */
	populationPermanent?: number | null;
	populationTemporaryConverted?: number | null;
	areaOfficialKm2?: number | null;
	areaSource?: string | null;
	terrain?: 'mountainous' | 'other' | null;
	ethnicMinorityShare?: number | null;
	border?: boolean;
	island?: boolean;
	coastalDifficult?: boolean;
	delta?: boolean;
	communeClass?: 'I' | 'II' | 'III' | null;
	lastArrangedPeriod?: '2019-2021' | '2023-2025' | null;
}

/** What the unit editor sends: the attributes, and the recorded exemption. */
export interface UnitInputPatch extends UnitAttributePatch {
	exemptionCode?: string | null;
	exemptionNote?: string | null;
	exemptionRefNumber?: string | null;
	exemptionRefDate?: string | null;
}

export const UNIT_INPUT_FIELDS = [
	'population',
	'populationDate',
	'populationSource',
	'populationPermanent',
	'populationTemporaryConverted',
	'areaOfficialKm2',
	'areaSource',
	'terrain',
	'ethnicMinorityShare',
	'border',
	'island',
	'coastalDifficult',
	'delta',
	'communeClass',
	'lastArrangedPeriod',
	'exemptionCode',
	'exemptionNote',
	'exemptionRefNumber',
	'exemptionRefDate'
] as const satisfies readonly (keyof UnitInputPatch)[];

/** A real calendar date written yyyy-mm-dd. */
export function isIsoDate(v: unknown): boolean {
	if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
	const t = Date.parse(v + 'T00:00:00Z');
	return Number.isFinite(t) && new Date(t).toISOString().startsWith(v);
}

const isNullableNumber = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));

type PopulationFields = Pick<
	UnitInputPatch,
	'population' | 'populationSource' | 'populationPermanent' | 'populationTemporaryConverted'
>;

/**
 * A patch that gives both population parts also gives the total (their sum) when it has none, and a source that says
 * the total is made of the parts ("thường trú + tạm trú quy đổi"). Other patches are returned unchanged.
 */
export function withPopulationTotal<P extends Record<string, unknown>>(patch: P): P {
	const p = patch as PopulationFields;
	const total = populationFromParts(
		typeof p.populationPermanent === 'number' ? p.populationPermanent : null,
		typeof p.populationTemporaryConverted === 'number' ? p.populationTemporaryConverted : null
	);
	if (total == null) return patch;
	const source = typeof p.populationSource === 'string' ? p.populationSource.trim() : '';
	return {
		...patch,
		population: 'population' in patch && p.population != null ? p.population : total,
		populationSource: source.includes(POPULATION_PARTS_SOURCE.vi)
			? source
			: source
				? `${source} (${POPULATION_PARTS_SOURCE.vi})`
				: POPULATION_PARTS_SOURCE.vi
	};
}

/**
 * Field errors of a patch; `exemptionCodes` are the reason codes the rule set accepts. `current` holds the unit's
 * stored population figures, so a patch of one of them is checked against the others (the parts add up to the total).
 */
export function validateUnitPatch(
	patch: Record<string, unknown>,
	exemptionCodes: readonly string[],
	current: PopulationFields = {}
): { field: string; message: Bilingual }[] {
	const errors: { field: string; message: Bilingual }[] = [];
	const err = (field: string, m: Bilingual) => errors.push({ field, message: m });
	for (const k of Object.keys(patch)) {
		if (!(UNIT_INPUT_FIELDS as readonly string[]).includes(k)) err(k, both('unitEdit.fieldKCannotBeEdited', { k }));
	}
	const p = patch as UnitInputPatch;
	if (
		'population' in p &&
		(!isNullableNumber(p.population) || (p.population != null && (!Number.isInteger(p.population) || p.population < 0)))
	) {
		err('population', both('unitEdit.populationMustBeAWhole'));
	}
	const countOk = (v: unknown) => v === null || (typeof v === 'number' && Number.isInteger(v) && v >= 0);
	for (const f of ['populationPermanent', 'populationTemporaryConverted'] as const) {
		if (f in p && !countOk(p[f])) err(f, both('unitEdit.theNumberOfPeopleMust'));
	}
	if (!errors.length) {
		const pick = <K extends keyof PopulationFields>(k: K) => (k in p ? p[k] : current[k]) ?? null;
		const permanent = pick('populationPermanent');
		const temporary = pick('populationTemporaryConverted');
		const population = pick('population');
		if ((permanent == null) !== (temporary == null)) {
			err(
				permanent == null ? 'populationPermanent' : 'populationTemporaryConverted',
				both('unitEdit.giveBothPermanentAndConverted')
			);
		} else if (permanent != null && temporary != null && population !== permanent + temporary) {
			err('population', both('unitEdit.populationMustEqualPermanentConverted', { p1: permanent + temporary }));
		}
	}
	if (
		'areaOfficialKm2' in p &&
		(!isNullableNumber(p.areaOfficialKm2) || (p.areaOfficialKm2 != null && p.areaOfficialKm2 <= 0))
	) {
		err('areaOfficialKm2', both('unitEdit.areaMustBeAPositive'));
	}
	if (
		'ethnicMinorityShare' in p &&
		(!isNullableNumber(p.ethnicMinorityShare) ||
			(p.ethnicMinorityShare != null && (p.ethnicMinorityShare < 0 || p.ethnicMinorityShare > 1)))
	) {
		err('ethnicMinorityShare', both('unitEdit.ethnicMinorityShareMustBe'));
	}
	if ('terrain' in p && p.terrain !== null && p.terrain !== 'mountainous' && p.terrain !== 'other')
		err('terrain', both('unitEdit.invalidTerrain'));
	for (const f of ['border', 'island', 'coastalDifficult', 'delta'] as const) {
		if (f in p && typeof p[f] !== 'boolean') err(f, both('unitEdit.mustBeYesNo'));
	}
	if ('communeClass' in p && p.communeClass !== null && !['I', 'II', 'III'].includes(p.communeClass as string))
		err('communeClass', both('staffing.inputs.classMustBeIIi'));
	if (
		'lastArrangedPeriod' in p &&
		p.lastArrangedPeriod !== null &&
		!['2019-2021', '2023-2025'].includes(p.lastArrangedPeriod as string)
	) {
		err('lastArrangedPeriod', both('unitEdit.periodMustBe20192021'));
	}
	for (const f of [
		'populationDate',
		'populationSource',
		'areaSource',
		'exemptionNote',
		'exemptionRefNumber'
	] as const) {
		if (f in p && p[f] !== null && typeof p[f] !== 'string') err(f, both('unitEdit.mustBeText'));
	}
	if ('exemptionRefDate' in p && p.exemptionRefDate != null && !isIsoDate(p.exemptionRefDate))
		err('exemptionRefDate', both('unitEdit.theLetterSDateMust'));
	if ('exemptionCode' in p && p.exemptionCode != null) {
		if (!exemptionCodes.includes(p.exemptionCode)) err('exemptionCode', both('unitEdit.reasonIsNotOneOf'));
		if (!p.exemptionNote || !String(p.exemptionNote).trim()) {
			err('exemptionNote', both('unitEdit.aJustificationIsRequiredFor'));
		}
	}
	return errors;
}
