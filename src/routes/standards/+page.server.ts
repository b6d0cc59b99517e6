import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/database';
import { listOverrideHistory, revokeOverride, setOverride } from '$lib/server/db/rule-override.repository';
import { loadRuleSet } from '$lib/server/rules';
import { applyOverrides, getRuleSet, listRuleValues, RULE_SETS, DEFAULT_RULE_SET_ID } from '$lib/domain/rules';
import { parseRuleValueInput } from '$lib/domain/rules-input';
import type { Actions, PageServerLoad } from './$types';

function ruleSetIdOf(url: URL): string {
	const id = url.searchParams.get('rules');
	return id && RULE_SETS[id] ? id : DEFAULT_RULE_SET_ID;
}

export const load: PageServerLoad = async ({ url }) => {
	const db = await getDb();
	const id = ruleSetIdOf(url);
	const { rules } = await loadRuleSet(db, id);
	return {
		ruleSetId: id,
		ruleSets: Object.values(RULE_SETS).map((r) => ({ id: r.id, document: r.document, title_vi: r.title_vi, title_en: r.title_en })),
		title: { vi: rules.title_vi, en: rules.title_en },
		status: rules.status,
		values: listRuleValues(rules),
		history: await listOverrideHistory(db, id)
	};
};

export const actions: Actions = {
	override: async ({ request, url, locals }) => {
		const form = await request.formData();
		const id = ruleSetIdOf(url);
		const key = String(form.get('key') ?? '');
		const reason = String(form.get('reason') ?? '').trim();
		const row = listRuleValues(getRuleSet(id)).find((r) => r.key === key);
		if (!row) return fail(400, { key, error: { vi: 'Không có giá trị này.', en: 'No such value.' } });
		const value = parseRuleValueInput(String(form.get('value') ?? ''), row.unit);
		if (value === null) return fail(400, { key, error: { vi: 'Giá trị không đọc được.', en: 'The value cannot be read.' } });
		if (!reason) return fail(400, { key, error: { vi: 'Cần ghi lý do điều chỉnh (văn bản, điều khoản).', en: 'A reason (document, article) is required.' } });
		// Let the engine validate (type, range) exactly as it will apply the value.
		const check = applyOverrides(getRuleSet(id), [{ key, value }]);
		if (check.overrideNotes?.some((n) => n.key === key)) return fail(400, { key, error: { vi: 'Giá trị không hợp lệ cho mục này.', en: 'The value is not valid for this item.' } });
		const db = await getDb();
		const { rules } = await loadRuleSet(db, id);
		const before = listRuleValues(rules).find((r) => r.key === key)?.value;
		await setOverride(db, id, key, value, reason, locals.user.id, before);
		return { saved: key };
	},
	revoke: async ({ request, url, locals }) => {
		const form = await request.formData();
		const id = ruleSetIdOf(url);
		const key = String(form.get('key') ?? '');
		await revokeOverride(await getDb(), id, key, locals.user.id, String(form.get('reason') ?? 'trả về giá trị theo văn bản'));
		return { revoked: key };
	}
};
