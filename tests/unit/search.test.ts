import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchUnits } from '../../src/lib/domain/search';
import { foldVietnamese } from '../../src/lib/domain/units';

const units = [
	{ code: '682', name: 'Huyện Đạ Tẻh' },
	{ code: '25180', name: 'Thị trấn Phước Cát' },
	{ code: '24769', name: 'Phường 7' },
	{ code: '25141', name: 'Xã Đạ Lây' },
	{ code: '25096', name: "Thị trấn Đạ M'ri" },
	{ code: '681', name: 'Huyện Đạ Huoai' },
	{ code: '00012', name: 'Xã Hòa Bình' }
];
const index = buildSearchIndex(units);

describe('search by name, with or without diacritics', () => {
	it('folds Vietnamese letters including đ', () => {
		expect(foldVietnamese('Huyện Đạ Tẻh')).toBe('huyen da teh');
	});
	it.each([['Da Teh'], ['dai tẻh'], ['đạ tẻh'], ['DA TEH'], ['huyen da teh']])('"%s" finds Huyện Đạ Tẻh first', (q) => {
		expect(searchUnits(index, q)[0]?.code).toBe('682');
	});
	it('finds by apostrophe-less name', () => {
		expect(searchUnits(index, 'da mri')[0]?.code).toBe('25096');
	});
	it('finds by code, keeping leading zeros', () => {
		expect(searchUnits(index, '00012')[0]?.code).toBe('00012');
		expect(searchUnits(index, '12')).toEqual([]);
	});
	it('finds nothing for an unrelated word', () => {
		expect(searchUnits(index, 'Hà Nội')).toEqual([]);
	});
	it('hoa binh finds Hòa Bình', () => {
		expect(searchUnits(index, 'hoa binh')[0]?.code).toBe('00012');
	});
});
