import { describe, expect, it } from 'vitest';
import { parseDateInput, parseNumberInput } from '../../src/lib/domain/number-input';
import { sourceNoteText } from '../../src/lib/domain/source-text';
import { parseRuleValueInput } from '../../src/lib/domain/rules-input';

const value = (t: string) => {
	const r = parseNumberInput(t);
	return r.ok ? r.value : 'bad';
};

describe('number inputs accept Vietnamese formats (issue 10 item 8)', () => {
	it.each([
		['3.512', 3512],
		['23,27', 23.27],
		['1.448,48', 1448.48],
		['146.064', 146064],
		['146 064', 146064],
		['1,448.48', 1448.48],
		['23.27', 23.27],
		['7', 7]
	])('"%s" reads as %d', (t, n) => expect(value(t)).toBe(n));
	it('an ambiguous "3,512" is read in the reader\'s language', () => {
		expect(parseNumberInput('3,512', 'en')).toEqual({ ok: true, value: 3512 });
		expect(parseNumberInput('3,512', 'vi')).toEqual({ ok: true, value: 3.512 });
		expect(parseNumberInput('23,27', 'en')).toEqual({ ok: true, value: 23.27 });
	});
	it('an empty field is no value', () => expect(value('  ')).toBeNull());
	it('an unreadable value says what is expected, in both languages', () => {
		const r = parseNumberInput('ba nghìn');
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.message.vi).toContain('3.512');
		expect(r.message.vi).toContain('dấu phẩy trước phần thập phân');
		expect(r.message.en).toContain('not a number');
	});
	it.each([['1.2.3'], ['12,3,4'], ['3,5.1']])('"%s" is refused', (t) => expect(value(t)).toBe('bad'));
});

describe('dates entered as dd/mm/yyyy (issue 10 item 8)', () => {
	it('reads day/month/year into ISO', () => {
		expect(parseDateInput('31/12/2022')).toEqual({ ok: true, value: '2022-12-31' });
		expect(parseDateInput('1/4/2019')).toEqual({ ok: true, value: '2019-04-01' });
		expect(parseDateInput('2019-04-01')).toEqual({ ok: true, value: '2019-04-01' });
	});
	it('refuses an impossible date with the expected form', () => {
		const r = parseDateInput('31/02/2022');
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.message.vi).toContain('31/12/2022');
		expect(parseDateInput('12/31/2022').ok).toBe(false);
	});
});

describe('dataset source notes in Vietnamese (issue 10 item 8: no "GSO 2019 census", "pre-merger figure")', () => {
	it('translates the known phrases', () => {
		expect(sourceNoteText('GSO 2019 census (1/4/2019), district total', 'vi')).toBe(
			'Tổng điều tra dân số và nhà ở năm 2019 (Tổng cục Thống kê) (1/4/2019), tổng của cấp huyện'
		);
		expect(sourceNoteText('Res. 1245/NQ-UBTVQH15 (24/10/2024), pre-merger figure', 'vi')).toBe(
			'Nghị quyết 1245/NQ-UBTVQH15 (24/10/2024), số liệu trước khi nhập'
		);
		expect(sourceNoteText('derived from Res. 1245/NQ-UBTVQH15: 1448.48 - 426.71 - 526.73', 'vi')).toBe(
			'suy ra từ Nghị quyết 1245/NQ-UBTVQH15: 1448,48 - 426,71 - 526,73'
		);
		expect(
			sourceNoteText(
				"GSO 2019 census (1/4/2019); sum of 2019 units Thị trấn Đạ M'ri (25096) + Xã Đạ M'ri (25102) (merged 2020)",
				'vi'
			)
		).toBe(
			"Tổng điều tra dân số và nhà ở năm 2019 (Tổng cục Thống kê) (1/4/2019); cộng các đơn vị năm 2019: Thị trấn Đạ M'ri (25096) + Xã Đạ M'ri (25102) (nhập năm 2020)"
		);
	});
	it('keeps what a user typed, and English as written', () => {
		expect(sourceNoteText('Báo cáo của UBND huyện', 'vi')).toBe('Báo cáo của UBND huyện');
		expect(sourceNoteText('GSO 2019 census', 'en')).toBe('GSO 2019 census');
	});
});

describe('the standards page reads rule values with the same parser (issue 10 item 8)', () => {
	it('reads persons, km², percentages and dates the Vietnamese way', () => {
		expect(parseRuleValueInput('3.512', 'persons')).toBe(3512);
		expect(parseRuleValueInput('23,27', 'km2')).toBe(23.27);
		expect(parseRuleValueInput('70 %', 'ratio')).toBe(0.7);
		expect(parseRuleValueInput('31/12/2022', 'date')).toBe('2022-12-31');
		expect(parseRuleValueInput('31/02/2022', 'date')).toBeNull();
		expect(parseRuleValueInput('-5', 'persons')).toBeNull();
		expect(parseRuleValueInput('nhiều', 'persons')).toBeNull();
	});
});
