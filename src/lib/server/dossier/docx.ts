/**
 * The scheme (Đề án) as a Word document, in the layout of administrative documents (Decree 30/2020/NĐ-CP): A4,
 * Times New Roman, margins and font sizes from the "dossier-format" settings (defaults to verify, correctable on the
 * standards page), the header block (issuing body and number on the left, national motto, place and date on the
 * right), page numbers centred at the top from page 2, tables captioned "Bảng N." above, maps captioned "Hình N."
 * below, appendices with the maps before and after. It renders the blocks of the outline (outline.ts), as the PDF and
 * the HTML do, so the three formats say the same words in the same order.
 */
import {
	AlignmentType,
	BorderStyle,
	Document,
	Header,
	ImageRun,
	Packer,
	PageBreak,
	PageNumber,
	Paragraph,
	ShadingType,
	Table,
	TableBorders,
	TableCell,
	TableLayoutType,
	TableRow,
	TextRun,
	VerticalAlign,
	WidthType
} from 'docx';
import type { DossierFormatSettings } from '../../domain/dossier/settings.ts';
import type { Dossier } from '../../domain/dossier/types.ts';
import { dossierFilename, writeDossierDocument } from './document.ts';
import type { DossierMap } from './map-image.ts';
import { dossierOutline, mapCaptions, type Align, type Block, type OutlineTable, type Run } from './outline.ts';
import type { DossierFile, Exporter } from './types.ts';
import { tIn } from '../../i18n/catalogue.ts';

const FONT = 'Times New Roman';
const A4 = { widthMm: 210, heightMm: 297 };
const twip = (mm: number): number => Math.round((mm * 1440) / 25.4);
/** Points to twips (spacing before and after a paragraph). */
const ptTwip = (pt: number): number => Math.round(pt * 20);

interface Ctx {
	maps: Map<string, DossierMap>;
	fmt: DossierFormatSettings;
	/** Text width in twips and in pixels at 96 dpi. */
	widthTwip: number;
	widthPx: number;
}

const half = (pt: number) => Math.round(pt * 2);

function run(text: string, o: { bold?: boolean; italics?: boolean; size?: number; break?: number } = {}): TextRun {
	return new TextRun({
		text,
		bold: o.bold,
		italics: o.italics,
		font: FONT,
		size: o.size ? half(o.size) : undefined,
		break: o.break
	});
}

/** A body paragraph: justified, first-line indent 1 cm, 6 pt after. */
function para(c: Ctx, runs: Run[]): Paragraph {
	return new Paragraph({
		alignment: AlignmentType.JUSTIFIED,
		indent: { firstLine: twip(10) },
		spacing: { after: 120, line: 300 },
		children: runs.map((r) => run(r.text, { bold: r.bold, italics: r.italics, size: c.fmt.bodyPt.value }))
	});
}

function heading(c: Ctx, text: string, level: 1 | 2 | 3): Paragraph {
	return new Paragraph({
		alignment: level === 1 ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
		indent: level === 1 ? undefined : { firstLine: twip(10) },
		spacing: { before: level === 1 ? 240 : 120, after: 120, line: 300 },
		keepNext: true,
		children: [run(text, { bold: true, italics: level === 3, size: c.fmt.bodyPt.value })]
	});
}

function centred(text: string, o: { bold?: boolean; italics?: boolean; size: number; after?: number }): Paragraph {
	return new Paragraph({
		alignment: AlignmentType.CENTER,
		spacing: { after: o.after ?? 0 },
		children: text
			.split('\n')
			.map((t, i) => run(t, { bold: o.bold, italics: o.italics, size: o.size, break: i ? 1 : 0 }))
	});
}

/** The short rule under the issuing body, the motto and the title (a bottom border on a narrow empty paragraph). */
function shortRule(widthTwip: number, lineTwip: number): Paragraph {
	const side = Math.max(0, Math.round((widthTwip - lineTwip) / 2));
	return new Paragraph({
		indent: { left: side, right: side },
		spacing: { after: 120 },
		border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
		children: []
	});
}

/** Two borderless cells side by side, `leftShare` of the width on the left. */
function twoCells(c: Ctx, leftShare: number, left: Paragraph[], right: Paragraph[]): Table {
	const leftW = Math.round(c.widthTwip * leftShare);
	const rightW = c.widthTwip - leftW;
	const cell = (w: number, children: Paragraph[]) =>
		new TableCell({ width: { size: w, type: WidthType.DXA }, borders: TableBorders.NONE, children });
	return new Table({
		width: { size: c.widthTwip, type: WidthType.DXA },
		columnWidths: [leftW, rightW],
		layout: TableLayoutType.FIXED,
		borders: TableBorders.NONE,
		rows: [new TableRow({ children: [cell(leftW, left), cell(rightW, right)] })]
	});
}

/** Header block of Decree 30: issuing body and number | national motto, place and date. */
function headerBlock(c: Ctx, b: Extract<Block, { kind: 'headerBlock' }>): Table {
	const leftW = Math.round(c.widthTwip * 0.4);
	const rightW = c.widthTwip - leftW;
	return twoCells(
		c,
		0.4,
		[
			centred(b.issuerLines.join('\n'), { bold: true, size: 13 }),
			shortRule(leftW, twip(25)),
			centred(b.numberLine, { size: 13 })
		],
		[
			centred(b.country, { bold: true, size: 12 }),
			centred(b.motto, { bold: true, size: 13 }),
			shortRule(rightW, twip(55)),
			centred(b.placeDateLine, { italics: true, size: 14 })
		]
	);
}

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
	left: AlignmentType.LEFT,
	right: AlignmentType.RIGHT,
	center: AlignmentType.CENTER
};

/** A captioned table: "Bảng N. caption" above, the note below. */
function table(c: Ctx, t: OutlineTable): (Paragraph | Table)[] {
	const size = t.sizePt;
	const sum = t.columns.reduce((a, col) => a + col.weight, 0);
	const widths = t.columns.map((col) => Math.floor((col.weight / sum) * c.widthTwip));
	const cellOf = (text: string, i: number, o: { bold?: boolean; header?: boolean }) =>
		new TableCell({
			width: { size: widths[i], type: WidthType.DXA },
			verticalAlign: VerticalAlign.CENTER,
			shading: o.header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } : undefined,
			margins: { left: 60, right: 60, top: 30, bottom: 30 },
			children: [
				new Paragraph({
					alignment: o.header ? AlignmentType.CENTER : ALIGN[t.columns[i].align],
					children: [run(text, { bold: o.bold || o.header, size })]
				})
			]
		});
	const row = (cells: string[], o: { bold?: boolean; header?: boolean } = {}) =>
		new TableRow({ tableHeader: o.header, cantSplit: true, children: cells.map((v, i) => cellOf(v, i, o)) });
	const rows = [
		row(
			t.columns.map((col) => col.label),
			{ header: true }
		),
		...t.rows.map((r) => row(r))
	];
	if (t.total) rows.push(row(t.total, { bold: true }));
	const out: (Paragraph | Table)[] = [
		new Paragraph({
			alignment: AlignmentType.CENTER,
			spacing: { before: 120, after: 80 },
			keepNext: true,
			children: [run(t.caption, { bold: true, size: c.fmt.bodyPt.value - 1 })]
		}),
		new Table({
			width: { size: c.widthTwip, type: WidthType.DXA },
			columnWidths: widths,
			layout: TableLayoutType.FIXED,
			rows
		})
	];
	if (t.empty) out.push(centred(t.empty, { italics: true, size, after: 120 }));
	if (t.note)
		out.push(new Paragraph({ spacing: { before: 60, after: 120 }, children: [run(t.note, { italics: true, size })] }));
	else out.push(new Paragraph({ spacing: { after: 120 }, children: [] }));
	return out;
}

/** A map with its caption "Hình N. …" below. */
function figure(c: Ctx, b: Extract<Block, { kind: 'figure' }>): Paragraph[] {
	const m = c.maps.get(b.mapId);
	if (!m?.png) return [];
	const w = c.widthPx;
	const h = Math.round((w * m.height) / m.width);
	return [
		new Paragraph({
			alignment: AlignmentType.CENTER,
			spacing: { before: 120 },
			keepNext: true,
			children: [
				new ImageRun({
					type: 'png',
					data: m.png,
					transformation: { width: w, height: h },
					altText: { name: m.id, title: m.caption, description: m.caption }
				})
			]
		}),
		new Paragraph({
			alignment: AlignmentType.CENTER,
			spacing: { after: 200 },
			children: [run(b.caption, { italics: true, size: c.fmt.bodyPt.value - 1 })]
		})
	];
}

/** The DOCX of one block of the outline. */
function blockNodes(c: Ctx, b: Block): (Paragraph | Table)[] {
	switch (b.kind) {
		case 'headerBlock':
			return [headerBlock(c, b)];
		case 'space':
			return [new Paragraph({ spacing: { before: ptTwip(b.pt) }, children: [] })];
		case 'centred':
			return [centred(b.text, { bold: b.bold, italics: b.italics, size: b.sizePt, after: ptTwip(b.afterPt ?? 0) })];
		case 'rule':
			return [shortRule(c.widthTwip, twip(b.mm))];
		case 'heading':
			return [heading(c, b.text, b.level)];
		case 'para':
			return [para(c, b.runs)];
		case 'table':
			return table(c, b);
		case 'figure':
			return figure(c, b);
		case 'notes':
			return [
				new Paragraph({ spacing: { after: 40 }, children: [run(b.lead, { italics: true, size: b.sizePt })] }),
				...b.items.map(
					(a) => new Paragraph({ spacing: { after: 20 }, children: [run(a, { italics: true, size: b.sizePt - 1 })] })
				),
				new Paragraph({ spacing: { after: 120 }, children: [] })
			];
		case 'signature':
			return [
				twoCells(
					c,
					0.45,
					[
						new Paragraph({ children: [run(b.recipientsHeading, { bold: true, italics: true, size: 12 })] }),
						...b.recipients.map((r) => new Paragraph({ children: [run(r, { size: 11 })] }))
					],
					[centred(b.signer, { bold: true, size: 13 })]
				)
			];
		case 'pageBreak':
			return [new Paragraph({ children: [new PageBreak()] })];
	}
}

/** Write a dossier and its maps as DOCX bytes. */
export async function renderDocx(
	dossier: Dossier,
	maps: DossierMap[],
	fmt: DossierFormatSettings
): Promise<Uint8Array> {
	const margin = {
		top: fmt.marginTopMm.value,
		bottom: fmt.marginBottomMm.value,
		left: fmt.marginLeftMm.value,
		right: fmt.marginRightMm.value
	};
	const widthMm = A4.widthMm - margin.left - margin.right;
	const c: Ctx = {
		maps: new Map(maps.map((m) => [m.id, m])),
		fmt,
		widthTwip: twip(widthMm),
		widthPx: Math.floor((widthMm / 25.4) * 96) - 4
	};
	const blocks = dossierOutline(dossier, fmt, mapCaptions(maps));
	const doc = new Document({
		creator: 'sapxep',
		title: `${dossier.title.documentKind} ${dossier.title.documentTitle}`,
		description: `${dossier.title.scenarioName} (v${dossier.title.version})`,
		styles: {
			default: {
				document: { run: { font: FONT, size: half(fmt.bodyPt.value) } }
			}
		},
		sections: [
			{
				properties: {
					titlePage: true,
					page: {
						size: { width: twip(A4.widthMm), height: twip(A4.heightMm) },
						margin: {
							top: twip(margin.top),
							bottom: twip(margin.bottom),
							left: twip(margin.left),
							right: twip(margin.right),
							header: twip(10),
							footer: twip(10)
						}
					}
				},
				headers: {
					// Decree 30: the page number centred at the top, not on the first page.
					default: new Header({
						children: [
							new Paragraph({
								alignment: AlignmentType.CENTER,
								children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: half(13) })]
							})
						]
					}),
					first: new Header({ children: [new Paragraph({ children: [] })] })
				},
				children: blocks.flatMap((b) => blockNodes(c, b))
			}
		]
	});
	return new Uint8Array(await Packer.toBuffer(doc));
}

/** The scheme as DOCX (the Exporter of the registry, format 'docx'). */
export const exportDocx: Exporter = async (req): Promise<DossierFile> => {
	const { dossier, result } = await writeDossierDocument(
		req,
		tIn(req.lang, 'dossier.docx.writingTheWordDocument'),
		renderDocx
	);
	return {
		filename: dossierFilename(dossier, 'docx'),
		contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		bytes: result
	};
};
