/**
 * The scheme as DOCX (issue 12 item 2; Decree 30/2020 layout), read back from its XML: each new unit's name, its
 * population written 12.000, the clause of its standard and of its members' subjection (NQ 35 Art. 1.2.a), the
 * maps as word/media/*.png, the header block, the consultation placeholder, A4 with the margins of the settings
 * (and an administrator's correction of them), Times New Roman, page numbers in the header.
 */
import { unzipSync, strFromU8 } from 'fflate';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/lib/domain/dossier';
import {
	applyDossierFormatOverrides,
	DOSSIER_FORMAT_SETTINGS,
	listDossierFormatValues
} from '../../src/lib/domain/dossier/settings';
import { NQ35_2023 } from '../../src/lib/domain/rules';
import {
	emptyContent,
	evaluateScenarioOn,
	newGroup,
	scenarioBasis,
	scenarioCatalog,
	setExemption
} from '../../src/lib/domain/scenario';
import { defaultScenarioStaffingInputs, scenarioStaffing } from '../../src/lib/domain/staffing/scenario';
import { renderDocx } from '../../src/lib/server/dossier/docx';
import { dossierFilename } from '../../src/lib/server/dossier/document';
import { buildDossierMaps, type DossierMapData } from '../../src/lib/server/dossier/map-image';
import { ADJACENCY, CTX, UNITS } from '../fixtures/scenario';

const rules = NQ35_2023;
const catalog = scenarioCatalog(UNITS, rules.exemptionReasons);
const basis = scenarioBasis(UNITS, CTX, rules, ADJACENCY);
let content = emptyContent();
content = newGroup(content, catalog, { id: 'd1', level: 'district', members: ['001', '002'] });
content = newGroup(content, catalog, { id: 'g1', members: ['00001', '00004'], seatCode: '00004' });
content = setExemption(content, catalog, {
	code: '00003',
	reasonCode: 'isolated_location',
	justification: 'Đường đèo'
});
const evaluation = evaluateScenarioOn(content, basis);
const dossier = buildDossier({
	lang: 'vi',
	today: '2024-12-01',
	dataset: { id: 1, name: 'Tỉnh Thử 2022', provinceCode: '99', provinceName: 'Tỉnh Thử', referenceDate: '2022-12-31' },
	scenario: { id: 5, name: 'Phương án 1', description: null, version: 3, status: 'draft', ruleSetId: rules.id },
	evaluation,
	basis,
	staffing: scenarioStaffing(evaluation, basis, defaultScenarioStaffingInputs('2024-11-15'), { g1: '00004' })
});

function square(r: number, c: number, h = 1): Polygon {
	const x = 107 + c * 0.1;
	const y = 12 - r * 0.1;
	return {
		type: 'Polygon',
		coordinates: [
			[
				[x, y],
				[x + 0.1, y],
				[x + 0.1, y - 0.1 * h],
				[x, y - 0.1 * h],
				[x, y]
			]
		]
	};
}
const GRID = [
	['00001', '00002', '00003'],
	['00004', '00005', '00006'],
	['00007', '00008', '00009']
];
const data: DossierMapData = {
	units: new Map(UNITS.map((u) => [u.code, u])),
	geometry: {
		commune: new Map(GRID.flatMap((row, r) => row.map((code, c) => [code, square(r, c)] as const))),
		district: new Map([
			['001', square(0, 0, 3)],
			['002', square(0, 1, 3)],
			['003', square(0, 2, 3)]
		])
	}
};

async function docx(fmt = DOSSIER_FORMAT_SETTINGS) {
	const bytes = await renderDocx(dossier, buildDossierMaps(dossier, data), fmt);
	const files = unzipSync(bytes);
	return { bytes, files, xml: strFromU8(files['word/document.xml']) };
}

describe('the DOCX of a scheme', () => {
	it('holds each new unit’s name, its population as 12.000, its clauses, and the maps as PNG media', async () => {
		const { bytes, files, xml } = await docx();
		expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // a zip
		for (const n of dossier.plan.newUnits) {
			expect(xml).toContain(n.name);
			expect(xml).toContain(n.clauseText);
		}
		expect(xml).toContain('12.000'); // Xã A2: 3.000 + 9.000 people
		expect(xml).toContain('Điểm a khoản 2 Điều 1 Nghị quyết số 35/2023/UBTVQH15');
		expect(xml).toContain('Điểm a khoản 1 Điều 3 Nghị quyết số 35/2023/UBTVQH15'); // the kept unit
		const media = Object.keys(files).filter((f) => /^word\/media\/.+\.png$/.test(f));
		// before, after and one per new unit
		expect(media.length).toBe(2 + dossier.plan.newUnits.length);
		for (const m of media) expect([...files[m].slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
	}, 60_000);

	it('has the Decree 30 header block, the title, numbered table and figure captions and the consultation placeholder', async () => {
		const { xml } = await docx();
		for (const s of [
			'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
			'Độc lập - Tự do - Hạnh phúc',
			'ỦY BAN NHÂN DÂN',
			'TỈNH THỬ',
			'/ĐA-UBND',
			'Thử, ngày 01 tháng 12 năm 2024',
			'ĐỀ ÁN',
			'Sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023–2025 của tỉnh Thử',
			'Bảng 1. Danh sách đơn vị hành chính thuộc diện sắp xếp giai đoạn 2023–2025',
			'Hình 1. Sơ đồ',
			'Chưa nhập kết quả lấy ý kiến cử tri',
			'PHỤ LỤC'
		])
			expect(xml, s).toContain(s);
	}, 60_000);

	it('is A4 in Times New Roman with the settings’ margins, page numbers in the header, and follows a correction', async () => {
		const { files, xml } = await docx();
		expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
		// 20 / 20 / 30 / 15 mm = 1134 / 1134 / 1701 / 850 twips
		expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
		expect(xml).toContain('<w:titlePg/>');
		expect(strFromU8(files['word/styles.xml'])).toContain('Times New Roman');
		const headers = Object.keys(files).filter((f) => /^word\/header\d+\.xml$/.test(f));
		expect(headers.some((h) => strFromU8(files[h]).includes('PAGE'))).toBe(true);

		const corrected = applyDossierFormatOverrides([{ key: 'dossier.margin.left_mm', value: 35 }]);
		expect(corrected.marginLeftMm).toMatchObject({ value: 35, overridden: true, original: 30 });
		expect((await docx(corrected)).xml).toMatch(/w:left="1984"/);
	}, 60_000);

	it('keeps the page format as data to verify (Decree 30/2020), with out-of-range corrections refused', () => {
		const rows = listDossierFormatValues();
		expect(rows.map((r) => r.key)).toContain('dossier.margin.top_mm');
		expect(rows.every((r) => r.verified === false && r.citation.document === 'NĐ 30/2020/NĐ-CP')).toBe(true);
		expect(applyDossierFormatOverrides([{ key: 'dossier.margin.top_mm', value: 500 }]).overrideNotes).toEqual([
			{ key: 'dossier.margin.top_mm', problem: 'invalid_value' }
		]);
	});

	it('reports the consultation when entered: voters’ agreement per unit (flagged when not above 50%) and council votes', async () => {
		const withConsultation = {
			...dossier,
			consultation: {
				units: [
					{
						code: '00001',
						name: 'Xã A1',
						voters: 2000,
						agreeing: 1500,
						ratePercent: 75,
						date: '2024-08-01',
						below50: false
					},
					{
						code: '00004',
						name: 'Xã A2',
						voters: 5000,
						agreeing: 2400,
						ratePercent: 48,
						date: '2024-08-01',
						below50: true
					}
				],
				resolutions: [
					{
						level: 'province' as const,
						number: '12/NQ-HĐND',
						date: '2024-08-20',
						votesFor: 50,
						votesAgainst: 1,
						votesAbstaining: 2
					}
				]
			}
		};
		const xml = strFromU8(
			unzipSync(await renderDocx(withConsultation, [], DOSSIER_FORMAT_SETTINGS))['word/document.xml']
		);
		expect(xml).not.toContain('Chưa nhập kết quả lấy ý kiến');
		for (const s of [
			'Kết quả lấy ý kiến cử tri',
			'1.500',
			'75%',
			'48%',
			'Không quá 50%',
			'Hội đồng nhân dân cấp tỉnh: Nghị quyết số 12/NQ-HĐND ngày 20/08/2024; tán thành 50, không tán thành 1, không biểu quyết 2.'
		])
			expect(xml, s).toContain(s);
	}, 60_000);

	it('writes English when the dossier is in English (numbers 12,000; “Table 1.”)', async () => {
		const en = buildDossier({
			lang: 'en',
			today: '2024-12-01',
			dataset: { id: 1, name: 'Test 2022', provinceCode: '99', provinceName: 'Tỉnh Thử', referenceDate: '2022-12-31' },
			scenario: { id: 5, name: 'Plan 1', description: null, version: 3, status: 'draft', ruleSetId: rules.id },
			evaluation,
			basis,
			staffing: null
		});
		const xml = strFromU8(unzipSync(await renderDocx(en, [], DOSSIER_FORMAT_SETTINGS))['word/document.xml']);
		for (const s of ['SOCIALIST REPUBLIC OF VIET NAM', 'SCHEME', 'Table 1.', '12,000', 'Staffing not available.'])
			expect(xml, s).toContain(s);
	}, 60_000);

	it('names the file in ASCII', () => {
		expect(dossierFilename(dossier, 'docx')).toBe('de-an-sap-xep-thu-s5-v3.docx');
	});
});
