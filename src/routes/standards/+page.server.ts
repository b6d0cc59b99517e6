import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import {
	listActiveOverrides,
	listOverrideHistory,
	revokeOverride,
	setOverride
} from '$lib/server/db/rule-override.repository';
import {
	applyOverrides,
	getRuleSet,
	listRuleValues,
	RULE_SETS,
	DEFAULT_RULE_SET_ID,
	type RuleOverride
} from '$lib/domain/rules';
import {
	applyStaffingOverrides,
	listStaffingValues,
	STAFFING_SETTINGS,
	STAFFING_SETTINGS_ID
} from '$lib/domain/staffing';
import { parseRuleValueInput } from '$lib/domain/rules-input';
import {
	applyDossierFormatOverrides,
	DOSSIER_FORMAT_SETTINGS_ID,
	listDossierFormatValues
} from '$lib/domain/dossier/settings';
import type { Actions, PageServerLoad } from './$types';
import { both } from '$lib/i18n/catalogue';

/**
 * The value sets an administrator can correct: each rule set, and the staffing settings (Decree 33/2023,
 * NQ 1211 scoring, leave payments). Each gives its values with overrides applied, and the problems an
 * override would have.
 */
const VALUE_SETS: Record<
	string,
	{
		document: string;
		title_vi: string;
		title_en: string;
		/** Which period the rule set governs (the rule-set switch), null for the staffing settings. */
		governs: { vi: string; en: string } | null;
		values: (o: RuleOverride[]) => ReturnType<typeof listRuleValues>;
		problems: (o: RuleOverride[]) => { key: string }[];
	}
> = {
	...Object.fromEntries(
		Object.values(RULE_SETS).map((r) => [
			r.id,
			{
				document: r.document,
				title_vi: r.title_vi,
				title_en: r.title_en,
				governs: r.governs,
				values: (o: RuleOverride[]) => listRuleValues(applyOverrides(getRuleSet(r.id), o)),
				problems: (o: RuleOverride[]) => applyOverrides(getRuleSet(r.id), o).overrideNotes ?? []
			}
		])
	),
	[STAFFING_SETTINGS_ID]: {
		document: 'NĐ 33/2023/NĐ-CP',
		title_vi:
			'Biên chế cấp xã, phân loại đơn vị, chính sách nghỉ và chi phí (Nghị định 33/2023/NĐ-CP, Nghị quyết 1211/2016, Nghị định 29/2023, 178/2024)',
		title_en:
			'Commune staff quotas, unit classes, leave payments and costs (Decree 33/2023, NQ 1211/2016, Decrees 29/2023 and 178/2024)',
		governs: null,
		values: (o) =>
			listStaffingValues(applyStaffingOverrides(STAFFING_SETTINGS, o)) as unknown as ReturnType<typeof listRuleValues>,
		problems: (o) => applyStaffingOverrides(STAFFING_SETTINGS, o).overrideNotes ?? []
	},
	// The page format of the exported scheme (margins, font sizes): defaults to verify against Decree 30/2020.
	[DOSSIER_FORMAT_SETTINGS_ID]: {
		document: 'NĐ 30/2020/NĐ-CP',
		title_vi: 'Thể thức văn bản của hồ sơ đề án: lề trang, cỡ chữ (Nghị định 30/2020/NĐ-CP)',
		title_en: 'Page format of the exported scheme: margins, font sizes (Decree 30/2020)',
		governs: null,
		values: (o) => listDossierFormatValues(applyDossierFormatOverrides(o)),
		problems: (o) => applyDossierFormatOverrides(o).overrideNotes ?? []
	}
};

function setIdOf(url: URL): string {
	const id = url.searchParams.get('rules');
	return id && VALUE_SETS[id] ? id : DEFAULT_RULE_SET_ID;
}

async function overridesOf(id: string) {
	return (await listActiveOverrides(await getDb(), id)).map((o) => ({ key: o.key, value: o.value }));
}

export const load: PageServerLoad = async ({ url }) => {
	const db = await getDb();
	const id = setIdOf(url);
	const set = VALUE_SETS[id];
	return {
		ruleSetId: id,
		ruleSets: Object.entries(VALUE_SETS).map(([k, r]) => ({ id: k, document: r.document, governs: r.governs })),
		title: { vi: set.title_vi, en: set.title_en },
		values: set.values(await overridesOf(id)),
		history: await listOverrideHistory(db, id)
	};
};

export const actions: Actions = {
	override: async ({ request, url, locals }) => {
		const form = await request.formData();
		const id = setIdOf(url);
		const set = VALUE_SETS[id];
		const key = String(form.get('key') ?? '');
		const reason = String(form.get('reason') ?? '').trim();
		const row = set.values([]).find((r) => r.key === key);
		if (!row) return fail(400, { key, error: both('standards.noSuchValue') });
		const value = parseRuleValueInput(String(form.get('value') ?? ''), row.unit);
		if (value === null) return fail(400, { key, error: both('standards.theValueCannotBeRead') });
		if (!reason)
			return fail(400, {
				key,
				error: both('standards.aReasonDocumentArticleIs')
			});
		// The engine validates (type, range) exactly as it will apply the value.
		if (set.problems([{ key, value }]).some((n) => n.key === key))
			return fail(400, {
				key,
				error: both('standards.theValueIsNotValid')
			});
		const before = set.values(await overridesOf(id)).find((r) => r.key === key)?.value;
		await setOverride(await getDb(), id, key, value, reason, locals.user.id, before);
		return { saved: key };
	},
	revoke: async ({ request, url, locals }) => {
		const form = await request.formData();
		await revokeOverride(
			await getDb(),
			setIdOf(url),
			String(form.get('key') ?? ''),
			locals.user.id,
			String(form.get('reason') ?? 'trả về giá trị theo văn bản')
		);
		return { revoked: String(form.get('key') ?? '') };
	}
};
