/**
 * GSO province codes (63 provinces and centrally-run cities, as in 2023) and a suggested default terrain.
 * The terrain default is only a suggestion shown at import: the official lists of mountainous and
 * highland communes decide per unit (domain.md §2), and the user can change the dataset default.
 */
export interface ProvinceInfo {
	code: string;
	name: string;
	/** Suggested dataset default: most of the province is mountainous/highland (verify per unit). */
	mostlyMountainous: boolean;
}

const P = (code: string, name: string, mostlyMountainous = false): ProvinceInfo => ({ code, name, mostlyMountainous });

export const PROVINCES: readonly ProvinceInfo[] = [
	P('01', 'Hà Nội'),
	P('02', 'Hà Giang', true),
	P('04', 'Cao Bằng', true),
	P('06', 'Bắc Kạn', true),
	P('08', 'Tuyên Quang', true),
	P('10', 'Lào Cai', true),
	P('11', 'Điện Biên', true),
	P('12', 'Lai Châu', true),
	P('14', 'Sơn La', true),
	P('15', 'Yên Bái', true),
	P('17', 'Hòa Bình', true),
	P('19', 'Thái Nguyên', true),
	P('20', 'Lạng Sơn', true),
	P('22', 'Quảng Ninh'),
	P('24', 'Bắc Giang'),
	P('25', 'Phú Thọ'),
	P('26', 'Vĩnh Phúc'),
	P('27', 'Bắc Ninh'),
	P('30', 'Hải Dương'),
	P('31', 'Hải Phòng'),
	P('33', 'Hưng Yên'),
	P('34', 'Thái Bình'),
	P('35', 'Hà Nam'),
	P('36', 'Nam Định'),
	P('37', 'Ninh Bình'),
	P('38', 'Thanh Hóa'),
	P('40', 'Nghệ An'),
	P('42', 'Hà Tĩnh'),
	P('44', 'Quảng Bình'),
	P('45', 'Quảng Trị'),
	P('46', 'Thừa Thiên Huế'),
	P('48', 'Đà Nẵng'),
	P('49', 'Quảng Nam'),
	P('51', 'Quảng Ngãi'),
	P('52', 'Bình Định'),
	P('54', 'Phú Yên'),
	P('56', 'Khánh Hòa'),
	P('58', 'Ninh Thuận'),
	P('60', 'Bình Thuận'),
	P('62', 'Kon Tum', true),
	P('64', 'Gia Lai', true),
	P('66', 'Đắk Lắk', true),
	P('67', 'Đắk Nông', true),
	P('68', 'Lâm Đồng', true),
	P('70', 'Bình Phước'),
	P('72', 'Tây Ninh'),
	P('74', 'Bình Dương'),
	P('75', 'Đồng Nai'),
	P('77', 'Bà Rịa - Vũng Tàu'),
	P('79', 'Thành phố Hồ Chí Minh'),
	P('80', 'Long An'),
	P('82', 'Tiền Giang'),
	P('83', 'Bến Tre'),
	P('84', 'Trà Vinh'),
	P('86', 'Vĩnh Long'),
	P('87', 'Đồng Tháp'),
	P('89', 'An Giang'),
	P('91', 'Kiên Giang'),
	P('92', 'Cần Thơ'),
	P('93', 'Hậu Giang'),
	P('94', 'Sóc Trăng'),
	P('95', 'Bạc Liêu'),
	P('96', 'Cà Mau')
];

/** Look up a province by GSO code ("68", or "6" → "06"? no: codes are kept as given, padded to 2 digits). */
export function provinceByCode(code: string | null | undefined): ProvinceInfo | undefined {
	if (!code) return undefined;
	const c = /^\d$/.test(code) ? '0' + code : code;
	return PROVINCES.find((p) => p.code === c);
}
