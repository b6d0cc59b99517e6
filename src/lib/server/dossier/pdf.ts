/**
 * The scheme (Đề án) as PDF with pdfmake 0.3: the same blocks as the Word document (outline.ts, in the order and with
 * the words of docx.ts), on A4 with the margins and font sizes of the "dossier-format" settings, the page number
 * centred at the top from page 2 (Decree 30/2020), and the same map images (map-image.ts).
 *
 * Font: DejaVu Serif from the npm package dejavu-fonts-ttf (2.37): a TTF with every Vietnamese letter and tone mark,
 * installed with the application, so the PDF needs no system font. Times New Roman cannot be shipped, and no
 * Times-metric TTF with Vietnamese glyphs is on npm (@fontsource/tinos ships WOFF/WOFF2 only, which pdfmake cannot
 * read); DejaVu Serif is a serif face of the same family the maps already use. It is wider than Times, so the same
 * text takes a little more room than in the DOCX.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import pdfmake from 'pdfmake';
import type { DossierFormatSettings } from '../../domain/dossier/settings.ts';
import type { Dossier } from '../../domain/dossier/types.ts';
import { dossierFilename, writeDossierDocument } from './document.ts';
import type { DossierMap } from './map-image.ts';
import { dossierOutline, mapCaptions, type Block, type OutlineTable, type Run } from './outline.ts';
import type { DossierFile, Exporter } from './types.ts';
import { tIn } from '../../i18n/catalogue.ts';

const FONT = 'DejaVuSerif';
/** Tables use the condensed face: ten columns of figures fit an A4 line without breaking a number. */
const TABLE_FONT = 'DejaVuSerifCondensed';
const A4 = { widthMm: 210, heightMm: 297 };
const pt = (mm: number) => (mm * 72) / 25.4;

let fontsReady = false;
/** Load the DejaVu Serif faces into pdfmake's virtual file system once; no URL or local file may be fetched. */
function ensureFonts(): void {
	if (fontsReady) return;
	const require = createRequire(import.meta.url);
	const faces = (base: string) => ({
		normal: `${base}.ttf`,
		bold: `${base}-Bold.ttf`,
		italics: `${base}-Italic.ttf`,
		bolditalics: `${base}-BoldItalic.ttf`
	});
	const fonts = { [FONT]: faces('DejaVuSerif'), [TABLE_FONT]: faces('DejaVuSerifCondensed') };
	for (const family of Object.values(fonts))
		for (const f of Object.values(family))
			pdfmake.virtualfs.writeFileSync(f, readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${f}`)));
	pdfmake.setFonts(fonts);
	pdfmake.setUrlAccessPolicy(() => false);
	pdfmake.setLocalAccessPolicy(() => false);
	fontsReady = true;
}

type Node = Record<string, unknown> | string;

const runs = (rs: Run[]): Node[] => rs.map((r) => ({ text: r.text, bold: r.bold, italics: r.italics }));

/** A short centred rule, `lenPt` long, in a box `boxPt` wide. */
const rule = (boxPt: number, lenPt: number, margin: number[] = [0, 2, 0, 6]): Node => ({
	canvas: [{ type: 'line', x1: (boxPt - lenPt) / 2, y1: 0, x2: (boxPt + lenPt) / 2, y2: 0, lineWidth: 0.6 }],
	margin
});

const CELL_PAD = 2.5; // pt of padding on each side of a cell
const MIN_TABLE_PT = 8;

/**
 * Width of a text in DejaVu Serif Condensed, estimated from its characters (em fractions measured on the face:
 * capitals are wide, punctuation narrow); bold adds about 8%.
 */
export function textWidthPt(text: string, sizePt: number, bold = false): number {
	let em = 0;
	for (const ch of text) {
		const base = ch.normalize('NFD')[0];
		em += /[A-ZĐ]/.test(base)
			? 0.7
			: /[mw]/.test(base)
				? 0.78
				: /[0-9]/.test(base)
					? 0.58
					: /[a-zđ]/.test(base)
						? /[iljtfr]/.test(base)
							? 0.34
							: 0.54
						: /[.,:;'’()/|\- ]/.test(base)
							? 0.32
							: base === '%'
								? 0.9
								: 0.62;
	}
	// 8% of safety: a column a hair too narrow breaks a figure in two.
	return em * sizePt * (bold ? 1.08 : 1) * 1.08;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Least and wanted width (pt, padding excluded) of each column at a font size. */
function columnNeeds(t: OutlineTable, sizePt: number): { min: number[]; want: number[] } {
	const cells = (i: number) => [...t.rows.map((r) => r[i]), ...(t.total ? [t.total[i]] : [])];
	const min = t.columns.map(
		(c, i) =>
			Math.max(
				...words(c.label).map((w) => textWidthPt(w, sizePt, true)),
				...cells(i)
					.flatMap((x) => (c.breaks ? words(x) : [x]))
					.map((x) => textWidthPt(x, sizePt)),
				4
			) + 1
	);
	const want = t.columns.map((c, i) => Math.max(0, ...cells(i).map((x) => textWidthPt(x, sizePt))) + 1);
	return { min, want };
}

/**
 * The font size and column widths (pt, padding excluded) of a table `widthPt` wide: the settings' size, or smaller
 * (down to 8 pt) until every column is as wide as its longest unbreakable piece (a figure, a code, a word); the spare
 * width goes to the columns whose longest cell wants more, then by the DOCX's weights.
 */
export function tableLayout(t: OutlineTable, widthPt: number): { sizePt: number; widths: number[] } {
	const inner = widthPt - (2 * CELL_PAD + 0.6) * t.columns.length;
	let sizePt = t.sizePt;
	const total = (s: number) => columnNeeds(t, s).min.reduce((a, b) => a + b, 0);
	while (sizePt > MIN_TABLE_PT && total(sizePt) > inner) sizePt -= 0.5;
	const { min, want } = columnNeeds(t, sizePt);
	const sumMin = min.reduce((a, b) => a + b, 0);
	if (sumMin >= inner) return { sizePt, widths: min.map((m) => (m / sumMin) * inner) };
	// Water-filling: the spare width is shared by the DOCX's weights, a column taking no more than its longest cell
	// wants; what a satisfied column leaves goes round again; the rest (every cell on one line) by weight.
	const w = [...min];
	let spare = inner - sumMin;
	let open = t.columns.map((_, i) => i).filter((i) => want[i] > w[i]);
	while (spare > 0.5 && open.length) {
		const weight = open.reduce((a, i) => a + t.columns[i].weight, 0);
		let used = 0;
		for (const i of open) {
			const give = Math.min((t.columns[i].weight / weight) * spare, want[i] - w[i]);
			w[i] += give;
			used += give;
		}
		spare -= used;
		open = open.filter((i) => want[i] - w[i] > 0.5);
	}
	const sumWeight = t.columns.reduce((a, c) => a + c.weight, 0);
	if (spare > 0) t.columns.forEach((c, i) => (w[i] += (c.weight / sumWeight) * spare));
	return { sizePt, widths: w };
}

function tableNode(t: OutlineTable, widthPt: number, captionPt: number): Node[] {
	const { sizePt, widths } = tableLayout(t, widthPt);
	const header = t.columns.map((c) => ({ text: c.label, bold: true, alignment: 'center', fillColor: '#E7E6E6' }));
	const body: Node[][] = [header, ...t.rows.map((r) => r.map((v, i) => ({ text: v, alignment: t.columns[i].align })))];
	if (t.total) body.push(t.total.map((v, i) => ({ text: v, bold: true, alignment: t.columns[i].align })));
	const out: Node[] = [
		{ text: t.caption, bold: true, alignment: 'center', margin: [0, 6, 0, 4], headlineLevel: 1, fontSize: captionPt },
		{
			table: { headerRows: 1, dontBreakRows: true, widths, body },
			layout: {
				hLineWidth: () => 0.5,
				vLineWidth: () => 0.5,
				paddingLeft: () => CELL_PAD,
				paddingRight: () => CELL_PAD,
				paddingTop: () => 1.5,
				paddingBottom: () => 1.5
			},
			font: TABLE_FONT,
			fontSize: sizePt,
			lineHeight: 1.05
		}
	];
	if (t.empty)
		out.push({ text: t.empty, italics: true, alignment: 'center', fontSize: t.sizePt, margin: [0, 2, 0, 6] });
	out.push(
		t.note
			? { text: t.note, italics: true, fontSize: t.sizePt, margin: [0, 3, 0, 6] }
			: { text: '', margin: [0, 0, 0, 6] }
	);
	return out;
}

/** The pdfmake document of an outline. */
export function pdfDocument(
	d: Dossier,
	blocks: readonly Block[],
	maps: readonly DossierMap[],
	fmt: DossierFormatSettings
): Record<string, unknown> {
	const margin = {
		top: pt(fmt.marginTopMm.value),
		bottom: pt(fmt.marginBottomMm.value),
		left: pt(fmt.marginLeftMm.value),
		right: pt(fmt.marginRightMm.value)
	};
	const widthPt = pt(A4.widthMm) - margin.left - margin.right;
	const body = fmt.bodyPt.value;
	const byId = new Map(maps.map((m) => [m.id, m]));
	const content: Node[] = [];
	for (const b of blocks) {
		switch (b.kind) {
			case 'headerBlock': {
				const left = widthPt * 0.4;
				const right = widthPt - left;
				content.push({
					columns: [
						{
							width: left,
							stack: [
								{ text: b.issuerLines.join('\n'), bold: true, fontSize: 12, alignment: 'center' },
								rule(left, pt(25)),
								{ text: b.numberLine, fontSize: 12, alignment: 'center' }
							]
						},
						{
							width: right,
							stack: [
								{ text: b.country, bold: true, fontSize: 11, alignment: 'center' },
								{ text: b.motto, bold: true, fontSize: 12, alignment: 'center' },
								rule(right, pt(55)),
								{ text: b.placeDateLine, italics: true, fontSize: 13, alignment: 'center' }
							]
						}
					],
					columnGap: 0
				});
				break;
			}
			case 'space':
				content.push({ text: '', margin: [0, b.pt, 0, 0] });
				break;
			case 'centred':
				content.push({
					text: b.text,
					bold: b.bold,
					italics: b.italics,
					fontSize: b.sizePt,
					alignment: 'center',
					margin: [0, 0, 0, b.afterPt ?? 0]
				});
				break;
			case 'rule':
				content.push(rule(widthPt, pt(b.mm)));
				break;
			case 'heading':
				content.push({
					text: b.text,
					bold: true,
					italics: b.level === 3,
					alignment: b.level === 1 ? 'left' : 'justify',
					leadingIndent: b.level === 1 ? 0 : pt(10),
					margin: [0, b.level === 1 ? 12 : 6, 0, 6],
					headlineLevel: 1
				});
				break;
			case 'para':
				content.push({ text: runs(b.runs), alignment: 'justify', leadingIndent: pt(10), margin: [0, 0, 0, 6] });
				break;
			case 'table':
				content.push(...tableNode(b, widthPt, body - 1));
				break;
			case 'figure': {
				const m = byId.get(b.mapId);
				if (!m?.png) break;
				content.push({
					stack: [
						{
							image: `data:image/png;base64,${Buffer.from(m.png).toString('base64')}`,
							width: widthPt,
							alignment: 'center'
						},
						{ text: b.caption, italics: true, alignment: 'center', fontSize: body - 1, margin: [0, 4, 0, 10] }
					],
					unbreakable: true
				});
				break;
			}
			case 'notes':
				content.push({
					stack: [
						{ text: b.lead, italics: true, fontSize: b.sizePt, margin: [0, 0, 0, 2] },
						...b.items.map((a) => ({ text: a, italics: true, fontSize: b.sizePt - 1, margin: [0, 0, 0, 1] }))
					],
					margin: [0, 0, 0, 6]
				});
				break;
			case 'signature':
				content.push({
					columns: [
						{
							width: widthPt * 0.45,
							stack: [
								{ text: b.recipientsHeading, bold: true, italics: true, fontSize: 12 },
								...b.recipients.map((r) => ({ text: r, fontSize: 11 }))
							]
						},
						{ width: '*', text: b.signer, bold: true, fontSize: 13, alignment: 'center' }
					],
					unbreakable: true
				});
				break;
			case 'pageBreak':
				content.push({ text: '', pageBreak: 'after' });
				break;
		}
	}
	return {
		pageSize: 'A4',
		pageMargins: [margin.left, margin.top, margin.right, margin.bottom],
		info: {
			title: `${d.title.documentKind} ${d.title.documentTitle}`,
			subject: `${d.title.scenarioName} (v${d.title.version})`,
			creator: 'sapxep'
		},
		defaultStyle: { font: FONT, fontSize: body, lineHeight: 1.15 },
		// Decree 30: the page number centred at the top margin, not on the first page.
		header: (page: number) =>
			page > 1 ? { text: String(page), alignment: 'center', fontSize: 13, margin: [0, pt(10), 0, 0] } : null,
		// A heading or a table caption never ends a page: it moves to the next one with what it introduces.
		pageBreakBefore: (node: { headlineLevel?: number }, q: { getFollowingNodesOnPage: () => unknown[] }) =>
			node.headlineLevel === 1 && q.getFollowingNodesOnPage().length === 0,
		content
	};
}

/** Write a dossier and its maps as PDF bytes. */
export async function renderPdf(d: Dossier, maps: DossierMap[], fmt: DossierFormatSettings): Promise<Uint8Array> {
	ensureFonts();
	const blocks = dossierOutline(d, fmt, mapCaptions(maps));
	const buf = await pdfmake.createPdf(pdfDocument(d, blocks, maps, fmt)).getBuffer();
	return new Uint8Array(buf);
}

/** The scheme as PDF (the Exporter of the registry, format 'pdf'). */
export const exportPdf: Exporter = async (req): Promise<DossierFile> => {
	const { dossier, result } = await writeDossierDocument(req, tIn(req.lang, 'dossier.pdf.writingThePdf'), renderPdf);
	return { filename: dossierFilename(dossier, 'pdf'), contentType: 'application/pdf', bytes: result };
};
