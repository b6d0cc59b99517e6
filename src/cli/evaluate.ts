import type { Db } from '../lib/server/db/database.ts';
import { findDataset } from '../lib/server/db/dataset.repository.ts';
import { listUnits } from '../lib/server/db/unit.repository.ts';
import { loadRuleSet } from '../lib/server/rules.ts';
import { datasetContext } from '../lib/domain/units.ts';
import { evaluateUnits } from '../lib/domain/verdicts.ts';
import { checkDataset, RULE_SETS } from '../lib/domain/rules/index.ts';
import { describeReason, percentText } from '../lib/domain/rules/text.ts';
import { toCsv } from '../lib/server/export/csv.ts';
import { datasetDefaultRuleSetId } from '../lib/domain/rules/index.ts';
import { UNIT_VERDICT_COLUMNS, unitVerdictRecord } from '../lib/server/export/unit-verdicts.ts';
import { cliLang } from './common.ts';
import { pick } from '../lib/domain/messages.ts';
import { tIn } from '../lib/i18n/catalogue.ts';

/** `evaluate <dataset> [--rules id] [--json|--csv]`: the verdict of every unit. */
export async function evaluateCommand(
	db: Db,
	args: string[],
	opts: { json: boolean; csv: boolean; rules?: string },
	fail: (m: string) => never
): Promise<void> {
	const [ref] = args;
	if (!ref) fail(`Usage: evaluate <dataset> [--rules ${Object.keys(RULE_SETS).join('|')}] [--json|--csv]`);
	if (opts.rules && !RULE_SETS[opts.rules])
		fail(
			tIn(cliLang(), 'evaluate.unknownRuleSetRulesKnown', { rules: opts.rules, p1: Object.keys(RULE_SETS).join(', ') })
		);
	const ds = await findDataset(db, ref);
	if (!ds) fail(tIn(cliLang(), 'evaluate.noDatasetRef', { ref }));
	const lang = cliLang();
	// No --rules: the rule set made for the dataset's structure (two-tier: NQ 112/2025 when known).
	const { rules } = await loadRuleSet(db, opts.rules ?? datasetDefaultRuleSetId(ds.structure));
	const ctx = datasetContext(ds);
	const units = await listUnits(db, ds.id);
	const verdicts = evaluateUnits(units, ctx, rules);
	const records = units.map((u) => unitVerdictRecord(u, verdicts.get(u.code)!, lang));
	if (opts.json) {
		process.stdout.write(JSON.stringify(records, null, 2) + '\n');
		return;
	}
	if (opts.csv) {
		process.stdout.write(
			toCsv(
				UNIT_VERDICT_COLUMNS,
				records.map((r) =>
					UNIT_VERDICT_COLUMNS.map((c) =>
						c === 'warnings' ? r.warnings.join(' | ') : (r[c] as string | number | null)
					)
				)
			)
		);
		return;
	}
	const lines: string[] = [];
	lines.push(`${ds.name} — ${pick(lang, rules.title_vi, rules.title_en)}`);
	for (const r of checkDataset(ctx, rules)) lines.push(`  ! ${describeReason(r, lang)}`);
	const subject = records.filter((r) => r.phase);
	const byStatus = new Map<string, number>();
	for (const r of records) byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
	lines.push(`  ${[...byStatus].map(([s, n]) => `${s}: ${n}`).join(', ')}`);
	lines.push('');
	lines.push(['code', 'name', 'kind', 'area%', 'pop%', 'phase', 'criterion', 'status'].join('\t'));
	for (const r of subject) {
		lines.push(
			[
				r.code,
				r.name,
				r.kind,
				percentText(r.area_ratio, lang),
				percentText(r.population_ratio, lang),
				r.phase,
				r.criterion,
				r.status
			].join('\t')
		);
	}
	process.stdout.write(lines.join('\n') + '\n');
}
