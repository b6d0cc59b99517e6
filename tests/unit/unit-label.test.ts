import { describe, expect, it } from 'vitest';
import { districtNames, districtShortName, unitLabel } from '../../src/lib/domain/unit-label';

const units = [
	{ code: '672', name: 'Thành phố Đà Lạt', level: 'district', parentCode: '68' },
	{ code: '673', name: 'Thành phố Bảo Lộc', level: 'district', parentCode: '68' },
	{ code: '681', name: 'Huyện Đạ Huoai', level: 'district', parentCode: '68' },
	{ code: '24778', name: 'Phường 1', level: 'commune', parentCode: '672' },
	{ code: '24820', name: 'Phường 1', level: 'commune', parentCode: '673' },
	{ code: '25111', name: 'Xã Đạ Oai', level: 'commune', parentCode: '681' },
	{ code: '99999', name: 'Xã Lạc', level: 'commune', parentCode: '999' }
];
const names = districtNames(units);
const label = (code: string) =>
	unitLabel(
		units.find((u) => u.code === code)!,
		names
	);

describe('every unit with its district (issue 10 item 4: Lâm Đồng has two "Phường 1")', () => {
	it('names a commune with its district, city shortened to TP', () => {
		expect(label('24778')).toBe('Phường 1 — TP Đà Lạt');
		expect(label('24820')).toBe('Phường 1 — TP Bảo Lộc');
		expect(label('25111')).toBe('Xã Đạ Oai — Huyện Đạ Huoai');
	});
	it('tells the two "Phường 1" apart', () => {
		expect(label('24778')).not.toBe(label('24820'));
	});
	it('names a district by itself, and a commune of an unknown district by its name', () => {
		expect(label('672')).toBe('Thành phố Đà Lạt');
		expect(label('99999')).toBe('Xã Lạc');
	});
	it('shortens only city and town prefixes', () => {
		expect(districtShortName('Thị xã Buôn Hồ')).toBe('TX Buôn Hồ');
		expect(districtShortName('Huyện Lâm Hà')).toBe('Huyện Lâm Hà');
	});
});
