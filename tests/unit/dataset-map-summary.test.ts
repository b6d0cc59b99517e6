/**
 * The dataset map page's figures (src/lib/dataset-map/summary.ts): the toolbar's counts (a two-tier dataset counts
 * the population of its communes, having no districts), the legend's counts per status, the verdict fills, and the
 * notices of the verdicts a save changed (issue 10 item 7; NQ 35 Art. 1.2 and 1.3).
 */
import { describe, expect, it } from 'vitest';
import { NQ35_2023 } from '../../src/lib/domain/rules/index';
import { evaluateUnits } from '../../src/lib/domain/verdicts';
import { STATUS_COLORS } from '../../src/lib/map/verdict-colors';
import { changeNotices, datasetCounts, statusCounts, verdictFills } from '../../src/lib/dataset-map/summary';
import { CTX, UNITS } from '../fixtures/scenario';

const verdicts = evaluateUnits(UNITS, CTX, NQ35_2023);

describe('dataset map figures', () => {
	it('counts districts and communes, and the population of the districts', () => {
		expect(datasetCounts(UNITS, false)).toEqual({ districts: 3, communes: 9, population: 260_000 });
	});
	it('a two-tier dataset sums the population of its communes', () => {
		expect(datasetCounts(UNITS, true).population).toBe(64_000);
	});
	it('counts the statuses of the level shown (the fixture: 3 communes subject 2023–2025, 1 in 2026–2030)', () => {
		expect(statusCounts(UNITS, verdicts, 'commune')).toEqual({
			subject_2023_2025: 3,
			subject_2026_2030: 1,
			not_subject: 5
		});
		expect(statusCounts(UNITS, verdicts, 'district')).toEqual({ subject_2023_2025: 2, not_subject: 1 });
	});
	it('colours every unit by its verdict, per level', () => {
		const f = verdictFills(UNITS, verdicts);
		expect(f.district['001']).toBe(STATUS_COLORS.subject_2023_2025);
		expect(f.commune['00005']).toBe(STATUS_COLORS.subject_2026_2030);
		expect(f.commune['00009']).toBe(STATUS_COLORS.not_subject);
		expect(Object.keys(f.commune)).toHaveLength(9);
	});
	it('a save that lifts Xã B2 above every standard gives one notice naming it, from 2026–2030 to not subject', () => {
		const after = evaluateUnits(
			UNITS.map((u) => (u.code === '00005' ? { ...u, population: 9_000, areaOfficialKm2: 40 } : u)),
			CTX,
			NQ35_2023
		);
		const n = changeNotices(verdicts, after, (c) => (c === '00005' ? 'Xã B2 — Huyện B' : c), 'vi');
		expect(n).toHaveLength(1);
		expect(n[0].code).toBe('00005');
		expect(n[0].title).toMatch(/^Xã B2 — Huyện B: .*2026–2030.* → /);
	});
});
