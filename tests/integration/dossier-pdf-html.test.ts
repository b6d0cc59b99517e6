/**
 * Issue 12 item 5 on a real plan (Lâm Đồng, read from ../shared/data, never copied): the PDF (pdfmake, DejaVu Serif)
 * and the printable HTML say what the DOCX says, in the same order (one outline, outline.ts), with each new unit's
 * name and population written 12.345, the consultation records entered on the scenario, A4 and the document margins,
 * and the maps. pdftotext reads the PDF back; pdftoppm renders its pages (saved under tests/e2e/screenshots to look
 * at).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { importDataset } from '../../src/lib/server/import';
import { createScenario } from '../../src/lib/server/services/scenario.service';
import { lamDongFiles, tempDb, testDialect } from '../helpers/db';
import { loadDossier } from '../../src/lib/server/dossier/model';
import { dossierMaps } from '../../src/lib/server/dossier/map-image';
import { dossierFormatInForce } from '../../src/lib/server/dossier/document';
import { exportDocx } from '../../src/lib/server/dossier/docx';
import { exportPdf } from '../../src/lib/server/dossier/pdf';
import { exportHtml } from '../../src/lib/server/dossier/html';
import { dossierOutline, mapCaptions, outlineTexts } from '../../src/lib/server/dossier/outline';
import { addResolution, saveConsultationVotes } from '../../src/lib/server/services/consultation.service';
import { docInteger } from '../../src/lib/domain/dossier/format';
import type { Db } from '../../src/lib/server/db/database';

const SHOTS = join(process.cwd(), 'tests/e2e/screenshots');
// The run on PostgreSQL (npm test: in another worker, at the same time) reads back files of its own.
const TAG = testDialect === 'postgres' ? '-pg' : '';
let db: Db;
let cleanup: () => Promise<void>;
let scenarioId: number;
const actor = { id: 'lan', name: 'Nguyễn Thị Lan' };

// The district merger of NQ 1245/NQ-UBTVQH15 and one commune merger (Đạ Oai + Đạ Tồn).
const GROUPS = [
	{ id: 'd1', level: 'district', members: ['681', '682', '683'] },
	{ id: 'c1', level: 'commune', members: ['25111', '25108'], seatCode: '25111' }
];

beforeAll(async () => {
	const t = await tempDb();
	db = t.db;
	cleanup = t.cleanup;
	const ds = (await importDataset(db, lamDongFiles(), { name: 'Lâm Đồng 2023', createdBy: 'test' })).datasetId;
	scenarioId = (
		await createScenario(db, actor, {
			datasetId: ds,
			name: 'Phương án NQ 1245',
			content: { groups: GROUPS, exemptions: [] }
		})
	).id;
	// Consultation records: one unit at exactly 50% (flagged), a provincial resolution.
	await saveConsultationVotes(db, actor, scenarioId, {
		rows: [
			{ code: '25111', patch: { voters: 2400, agreeing: 2100, date: '05/04/2024' } },
			{ code: '25108', patch: { voters: 1800, agreeing: 900, date: '05/04/2024' } },
			{ code: '681', patch: { voters: 25000, agreeing: 23000, date: '06/04/2024' } }
		]
	});
	await addResolution(db, actor, scenarioId, {
		level: 'province',
		number: '15/NQ-HĐND',
		date: '20/08/2024',
		votesFor: 48,
		votesAgainst: 0,
		votesAbstaining: 1
	});
	mkdirSync(SHOTS, { recursive: true });
}, 180_000);
afterAll(async () => cleanup?.());

/** The text of a DOCX's body, runs joined, entities decoded. */
function docxText(bytes: Uint8Array): string {
	const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
	return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
		.map((m) => m[1])
		.join('')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');
}

describe('one outline for DOCX, PDF and HTML', () => {
	it('every text of the outline is in the DOCX, in the same order (the DOCX and the outline say the same)', async () => {
		const d = await loadDossier(db, scenarioId, 'vi');
		const maps = await dossierMaps(db, d, { png: false });
		const fmt = await dossierFormatInForce(db);
		// Figures only appear for maps with an image: count them as the exporters do.
		const blocks = dossierOutline(d, fmt, mapCaptions(maps.map((m) => ({ ...m, png: new Uint8Array(1) }))));
		const text = docxText((await exportDocx({ db, scenarioId, level: 'commune', lang: 'vi' })).bytes);
		let at = 0;
		for (const s of outlineTexts(blocks)) {
			const found = text.indexOf(s, at);
			expect(found, `"${s}" after position ${at}`).toBeGreaterThanOrEqual(0);
			at = found;
		}
		expect(d.consultation?.units.map((u) => u.code)).toEqual(['681', '25111', '25108']);
		expect(d.consultation?.units.find((u) => u.code === '25108')?.below50).toBe(true);
		expect(d.consultation?.resolutions[0]).toMatchObject({ level: 'province', number: '15/NQ-HĐND', votesFor: 48 });
	}, 180_000);
});

describe('the PDF (pdfmake, DejaVu Serif from npm)', () => {
	it('pdftotext finds each new unit’s name and population as 12.345 and the consultation; pages rendered to PNG', async () => {
		const t0 = performance.now();
		const file = await exportPdf({ db, scenarioId, level: 'commune', lang: 'vi' });
		console.log(`Lâm Đồng PDF: ${file.bytes.length} bytes in ${Math.round(performance.now() - t0)} ms`);
		expect(file.filename).toMatch(/^de-an-sap-xep-lam-dong-s\d+-v1\.pdf$/);
		expect(file.contentType).toBe('application/pdf');
		expect(new TextDecoder().decode(file.bytes.slice(0, 5))).toBe('%PDF-');
		const pdf = join(SHOTS, `dossier-lamdong${TAG}.pdf`);
		writeFileSync(pdf, file.bytes);
		const info = execFileSync('pdfinfo', [pdf]).toString();
		expect(info).toMatch(/Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)/);
		const fonts = execFileSync('pdffonts', [pdf]).toString();
		expect(fonts).toContain('DejaVuSerif');
		// -raw keeps the words in content order (table cells do not interleave with the next column).
		const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-']).toString('utf8').replace(/\s+/g, ' ');
		const d = await loadDossier(db, scenarioId, 'vi');
		for (const n of d.plan.newUnits) {
			expect(text, n.name).toContain(n.name);
			expect(text, n.name).toContain(docInteger(n.population, 'vi'));
		}
		expect(text).toContain('112.696'); // the district merger: 33.998 + 43.415 + 35.283
		expect(text).toContain('ỦY BAN NHÂN DÂN');
		expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
		expect(text).toContain('Kết quả lấy ý kiến cử tri');
		expect(text).toContain('Không quá 50%');
		expect(text).toContain('Nghị quyết số 15/NQ-HĐND ngày 20/08/2024');
		const page = new RegExp(`^dossier-pdf-page${TAG}-\\d+\\.png$`);
		for (const f of readdirSync(SHOTS)) if (page.test(f)) rmSync(join(SHOTS, f));
		execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(SHOTS, `dossier-pdf-page${TAG}`)]);
		const pages = readdirSync(SHOTS).filter((f) => page.test(f));
		expect(pages.length).toBe(Number(/Pages:\s+(\d+)/.exec(info)![1]));
		expect(pages.length).toBeGreaterThan(4);
	}, 180_000);
});

describe('the printable HTML', () => {
	it('is one self-contained file: A4 @page with the document margins, maps inlined, no external resource', async () => {
		const file = await exportHtml({ db, scenarioId, level: 'commune', lang: 'vi' });
		expect(file.contentType).toBe('text/html; charset=utf-8');
		const html = new TextDecoder().decode(file.bytes);
		writeFileSync(join(SHOTS, 'dossier-lamdong.html'), html);
		const fmt = await dossierFormatInForce(db);
		expect(html).toContain(
			`@page { size: A4; margin: ${fmt.marginTopMm.value}mm ${fmt.marginRightMm.value}mm ${fmt.marginBottomMm.value}mm ${fmt.marginLeftMm.value}mm;`
		);
		expect(html.match(/<img src="data:image\/png;base64,/g)).toHaveLength(2 + GROUPS.length);
		expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
		expect(html).not.toMatch(/<script|<link /);
		const d = await loadDossier(db, scenarioId, 'vi');
		for (const n of d.plan.newUnits) {
			expect(html, n.name).toContain(n.name);
			expect(html, n.name).toContain(docInteger(n.population, 'vi'));
		}
		expect(html).toContain('<td class="right">50%</td>');
	}, 180_000);
});
