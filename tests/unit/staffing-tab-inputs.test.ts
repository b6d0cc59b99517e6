/** The staffing tab's edits of a scenario's staffing inputs (plan years, age bands, surplus offices). */
import { describe, expect, it } from 'vitest';
import { bandCount, countOf, setBand, setOffice, setYear } from '../../src/lib/staffing/scenario-inputs-edit';
import {
	defaultScenarioStaffingInputs,
	validateStaffingInputs,
	type ScenarioStaffingInputs
} from '../../src/lib/domain/staffing/scenario';

const fresh = (): ScenarioStaffingInputs => defaultScenarioStaffingInputs('2024-11-15');

describe('staffing tab edits', () => {
	it('a plan-year count fills the five years with blanks around it; a bad count clears the year', () => {
		const x = fresh();
		setYear(x, 'g1', 'retirements', 2, '3');
		expect(x.groups.g1.retirements).toEqual([null, null, 3, null, null]);
		setYear(x, 'g1', 'retirements', 2, '2,5');
		expect(x.groups.g1.retirements).toEqual([null, null, null, null, null]);
		expect(validateStaffingInputs(x)).toEqual([]);
	});

	it('counts: whole numbers ≥ 0 only', () => {
		expect(['', '0', '7', '-1', '1.5', 'ba'].map(countOf)).toEqual([null, 0, 7, null, null, null]);
	});

	it('age bands: set, read back, and a blank removes the band', () => {
		const x = fresh();
		setBand(x, 'g1', [58, 59], 'female', '4');
		expect(bandCount(x.groups.g1, 58, 'female')).toBe('4');
		expect(x.groups.g1.ageProfile).toEqual([{ fromAge: 58, toAge: 59, count: 4, sex: 'female' }]);
		setBand(x, 'g1', [58, 59], 'female', '');
		expect(x.groups.g1.ageProfile).toEqual([]);
	});

	it('an office use keeps an entered date, and does not write a default date back as entered', () => {
		const x = fresh();
		const office = { id: '25108#1', use: null, targetDate: '2027-12-01', targetDateSource: 'default' as const };
		setOffice(x, 'g1', office, { use: 'disposal' });
		expect(x.groups.g1.officePlans).toEqual([{ officeId: '25108#1', use: 'disposal', targetDate: null }]);
		setOffice(x, 'g1', office, { targetDate: '2026-06-01' });
		setOffice(x, 'g1', office, { use: 'other_agency' });
		expect(x.groups.g1.officePlans).toEqual([{ officeId: '25108#1', use: 'other_agency', targetDate: '2026-06-01' }]);
	});
});
