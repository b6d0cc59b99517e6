/**
 * The workbook's consultation sheets (issue 12 item 4): the voters per unit as the scheme's own table (rate, the
 * "not above 50%" flag of NQ 35) and one row per People's Council resolution with its level, number, date and votes,
 * in Vietnamese and in English. Written from the dossier model, read back with exceljs.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/lib/domain/dossier';
import type { DossierConsultation } from '../../src/lib/domain/dossier/types';
import type { Lang } from '../../src/lib/domain/format';
import { NQ35_2023 } from '../../src/lib/domain/rules';
import {
	emptyContent,
	evaluateScenarioOn,
	newGroup,
	scenarioBasis,
	scenarioCatalog
} from '../../src/lib/domain/scenario';
import { modelTables, workbookBytes } from '../../src/lib/server/dossier/xlsx';
import { ADJACENCY, CTX, UNITS } from '../fixtures/scenario';

const rules = NQ35_2023;
const basis = scenarioBasis(UNITS, CTX, rules, ADJACENCY);
const content = newGroup(emptyContent(), scenarioCatalog(UNITS, rules.exemptionReasons), {
	id: 'g1',
	members: ['00001', '00004'],
	seatCode: '00004'
});
const evaluation = evaluateScenarioOn(content, basis);
const consultation: DossierConsultation = {
	units: [
		{ code: '00001', name: 'Xã A1', voters: 2000, agreeing: 1500, ratePercent: 75, date: '2024-08-01', below50: false },
		{ code: '00004', name: 'Xã A2', voters: 5000, agreeing: 2400, ratePercent: 48, date: '2024-08-01', below50: true }
	],
	resolutions: [
		{ level: 'province', number: '12/NQ-HĐND', date: '2024-08-20', votesFor: 50, votesAgainst: 1, votesAbstaining: 2 },
		{ level: 'commune', number: '3/NQ-HĐND', date: '2024-08-10', votesFor: 20, votesAgainst: 0, votesAbstaining: 1 }
	]
};

async function workbook(lang: Lang) {
	const dossier = buildDossier({
		lang,
		today: '2024-12-01',
		dataset: {
			id: 1,
			name: 'Tỉnh Thử 2022',
			provinceCode: '99',
			provinceName: 'Tỉnh Thử',
			referenceDate: '2022-12-31'
		},
		scenario: { id: 5, name: 'Phương án 1', description: null, version: 3, status: 'draft', ruleSetId: rules.id },
		evaluation,
		basis,
		staffing: null,
		consultation
	});
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load(
		Buffer.from(await workbookBytes(modelTables(dossier), { title: 't', creator: 'sapxep' })) as unknown as ArrayBuffer
	);
	return wb;
}

const values = (ws: ExcelJS.Worksheet, row: number) => (ws.getRow(row).values as unknown[]).slice(1);

describe('XLSX consultation sheets (NQ 35: more than 50% of voters; People’s Council resolutions)', () => {
	it('writes the voters per unit with the rate and the not-above-50% flag, and each resolution with its level', async () => {
		const wb = await workbook('vi');
		const units = wb.getWorksheet('Lấy ý kiến cử tri')!;
		expect(values(units, 2).slice(0, 5)).toEqual(['00001', 'Xã A1', 2000, 1500, 0.75]);
		expect(values(units, 3)[6]).toBe('Không quá 50%');
		const res = wb.getWorksheet('Nghị quyết HĐND')!;
		expect(values(res, 1)).toEqual([
			'Cấp',
			'Số nghị quyết',
			'Ngày',
			'Tán thành',
			'Không tán thành',
			'Không biểu quyết'
		]);
		expect(values(res, 2)).toEqual(['Cấp tỉnh', '12/NQ-HĐND', new Date(Date.UTC(2024, 7, 20)), 50, 1, 2]);
		expect(values(res, 3)[0]).toBe('Cấp xã');
	});

	it('names the levels in English in an English workbook', async () => {
		const res = (await workbook('en')).getWorksheet('Council resolutions')!;
		expect([values(res, 2)[0], values(res, 3)[0]]).toEqual(['Province', 'Commune']);
	});
});
