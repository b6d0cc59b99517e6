// The list of migrations, in order. An explicit list (not a folder scan) works the same under
// tsx (CLI), vitest and the production build, which does not ship this folder as files.
import type { Migration } from 'kysely';
import * as m001 from './2026-11-28_001_initial.ts';
import * as m002 from './2026-11-28_002_scenarios.ts';
import * as m003 from './2026-11-28_003_staffing_inputs.ts';
import * as m004 from './2026-11-28_004_scenario_staffing.ts';
import * as m005 from './2026-11-28_005_compactness.ts';
import * as m006 from './2026-12-02_006_two_tier_population_parts.ts';
import * as m010 from './2026-12-02_010_accounts.ts';
import * as m020 from './2026-12-02_020_exemption_reference.ts';
import * as m030 from './2026-12-02_030_review.ts';
import * as m040 from './2026-12-02_040_consultation.ts';
import * as m050 from './2026-12-02_050_import_jobs.ts';
import * as m055 from './2026-12-02_055_dataset_version.ts';
import * as m060 from './2026-12-02_060_export_cache.ts';
import * as m20261203_010 from './2026-12-03_010_scenario_op_log.ts';

export const migrations: Record<string, Migration> = {
	'2026-11-28_001_initial': m001,
	'2026-11-28_002_scenarios': m002,
	'2026-11-28_003_staffing_inputs': m003,
	'2026-11-28_004_scenario_staffing': m004,
	'2026-11-28_005_compactness': m005,
	'2026-12-02_006_two_tier_population_parts': m006,
	'2026-12-02_010_accounts': m010,
	'2026-12-02_020_exemption_reference': m020,
	'2026-12-02_030_review': m030,
	'2026-12-02_040_consultation': m040,
	'2026-12-02_050_import_jobs': m050,
	'2026-12-02_055_dataset_version': m055,
	'2026-12-02_060_export_cache': m060,
	'2026-12-03_010_scenario_op_log': m20261203_010
};
