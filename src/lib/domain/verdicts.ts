/**
 * Verdicts of a whole dataset under a rule set: builds, for each unit, what the evaluator needs
 * from its neighbours in the hierarchy (parent kind, number and kinds of sub-units, recorded
 * exemption) and evaluates. The same function serves the map (in the browser), the CLI and exports.
 */
import { evaluateUnit } from './rules/evaluate-unit.ts';
import type { RuleSet, RulesContext, UnitVerdict } from './rules/types.ts';
import type { UnitKind, UnitView } from './units.ts';

/** Verdict of every unit, by code. 10,000 units evaluate in a few ms (see bench). */
export function evaluateUnits(units: readonly UnitView[], ctx: RulesContext, rules: RuleSet): Map<string, UnitVerdict> {
	const kindOf = new Map<string, UnitKind>();
	const children = new Map<string, { count: number; thiTran: boolean }>();
	for (const u of units) {
		kindOf.set(u.code, u.kind);
		if (u.parentCode) {
			const c = children.get(u.parentCode) ?? { count: 0, thiTran: false };
			c.count++;
			if (u.kind === 'thi_tran') c.thiTran = true;
			children.set(u.parentCode, c);
		}
	}
	const out = new Map<string, UnitVerdict>();
	for (const u of units) {
		const c = u.level === 'district' ? children.get(u.code) : undefined;
		out.set(
			u.code,
			evaluateUnit(u, ctx, rules, {
				parentKind: u.parentCode ? kindOf.get(u.parentCode) : undefined,
				childCount: c?.count,
				hasThiTranChild: c?.thiTran,
				exemption: u.exemptionCode ? { reasonCode: u.exemptionCode, justification: u.exemptionNote ?? '' } : null
			})
		);
	}
	return out;
}
