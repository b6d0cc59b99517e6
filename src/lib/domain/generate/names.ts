/**
 * Plausible Vietnamese place names for the synthetic province, built from common two-syllable patterns.
 * They are generated combinations, not a copy of any official list; some will coincide with real places.
 */
import type { Rng } from './random';

// Common first and second syllables of Kinh place names (Hán-Việt auspicious words).
const KINH_FIRST = [
	'Tân',
	'Phước',
	'Hòa',
	'An',
	'Bình',
	'Long',
	'Phú',
	'Thạnh',
	'Mỹ',
	'Vĩnh',
	'Đông',
	'Tây',
	'Nam',
	'Bắc',
	'Trung',
	'Quảng',
	'Hưng',
	'Thuận',
	'Lộc',
	'Hiệp',
	'Đức',
	'Gia',
	'Xuân',
	'Hải',
	'Lạc',
	'Minh',
	'Thanh',
	'Thái',
	'Phúc',
	'Kim',
	'Ninh',
	'Đại',
	'Hương',
	'Liên',
	'Đồng',
	'Tam',
	'Cát',
	'Sơn',
	'Lâm',
	'Hà',
	'Định',
	'Nghĩa',
	'Quế',
	'Tiên'
];
const KINH_SECOND = [
	'Bình',
	'An',
	'Phú',
	'Hòa',
	'Lợi',
	'Thành',
	'Hưng',
	'Thịnh',
	'Lộc',
	'Tiến',
	'Phát',
	'Hiệp',
	'Thuận',
	'Nghĩa',
	'Khánh',
	'Quý',
	'Lâm',
	'Sơn',
	'Hải',
	'Trung',
	'Tân',
	'Long',
	'Đức',
	'Mỹ',
	'Xuân',
	'Thạnh',
	'Phong',
	'Định',
	'Hội',
	'Châu',
	'Lập',
	'Tài',
	'Vinh',
	'Hà',
	'Yên',
	'Ninh',
	'Cường',
	'Trạch',
	'Tường',
	'Kiệt',
	'Điền',
	'Linh'
];
// Highland-style names (Central Highlands patterns: Đạ/Đắk/Ia/Krông/Ea + a second syllable).
const HIGHLAND_FIRST = ['Đạ', 'Đắk', 'Ia', 'Krông', 'Ea', 'Lơ', 'Ka', 'Rô', 'Đinh', 'Bờ', 'Kon', 'Ya', 'Păng', 'Đam'];
const HIGHLAND_SECOND = [
	'Lây',
	'Ploa',
	'Mrê',
	'Tông',
	'Rsal',
	'Nhar',
	'Pin',
	'Tro',
	'Sê',
	'Kmăng',
	'Hrông',
	'Đrăng',
	'Hlơ',
	'Bông',
	'Pơng',
	'Nông',
	'Ròn',
	'Kar',
	'Hdrang',
	'Sao',
	'Blé',
	'Mơr',
	'Rlấp',
	'Tih',
	'Juk',
	'Dam',
	'Hring',
	'Lốc'
];

/** A source of unique base names ("Tân Phú", "Đạ Ploa", then "Tân Phú 2", … once exhausted). */
export interface NamePool {
	/** Next unused base name. */
	take(): string;
}

/** Shuffle all combinations once (deterministically) and hand them out without repetition. */
export function createNamePool(rng: Rng): NamePool {
	const names: string[] = [];
	for (const a of KINH_FIRST) for (const b of KINH_SECOND) if (a !== b) names.push(`${a} ${b}`.normalize('NFC'));
	for (const a of HIGHLAND_FIRST) for (const b of HIGHLAND_SECOND) names.push(`${a} ${b}`.normalize('NFC'));
	const unique = [...new Set(names)];
	rng.shuffle(unique);
	let i = 0;
	return {
		take() {
			const round = Math.floor(i / unique.length);
			const base = unique[i % unique.length];
			i++;
			// Later rounds add a numeral, as real names do ("Phước Cát 1", "Phước Cát 2").
			return round === 0 ? base : `${base} ${round + 1}`;
		}
	};
}
