/** The level of a national administrative-unit code (QĐ 124/2004/QĐ-TTg: 2 digits province, 3 district, 5 commune). */
import { describe, expect, it } from 'vitest';
import { levelOfCode } from '../../src/lib/domain/units';

describe('levelOfCode', () => {
	const cases: [string, ReturnType<typeof levelOfCode>][] = [
		['68', 'province'], // Lâm Đồng
		['681', 'district'], // Huyện Đạ Huoai
		['25111', 'commune'], // Xã Đạ Oai
		['00004', 'commune'], // leading zeros are part of the code
		['6810', null],
		['', null],
		['68a', null]
	];
	for (const [code, level] of cases) it(`"${code}" → ${level}`, () => expect(levelOfCode(code)).toBe(level));
});
