/**
 * The scheme (Đề án) as a Word document, in the layout of administrative documents (Decree 30/2020/NĐ-CP): A4,
 * Times New Roman, margins and font sizes from the "dossier-format" settings (defaults to verify, correctable on the
 * standards page), the header block (issuing body and number on the left, national motto, place and date on the
 * right), page numbers centred at the top from page 2, tables captioned "Bảng N." above, maps captioned "Hình N."
 * below, appendices with the maps before and after. Everything it says comes from the dossier model (model.ts).
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
	WidthType,
	type ParagraphChild
} from 'docx';
import { formatCell, docInteger, docPercent } from '../../domain/dossier/format.ts';
import { consultationTable, newUnitMembersTable, resolutionLines } from '../../domain/dossier/tables.ts';
import {
	applyDossierFormatOverrides,
	DOSSIER_FORMAT_SETTINGS_ID,
	type DossierFormatSettings
} from '../../domain/dossier/settings.ts';
import type { Dossier, DossierNewUnit, DossierTable } from '../../domain/dossier/types.ts';
import { foldVietnamese } from '../../domain/units.ts';
import { listActiveOverrides } from '../db/rule-override.repository.ts';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { dossierMaps, type DossierMap } from './map-image.ts';
import { loadDossier } from './model.ts';
import type { DossierFile, Exporter } from './types.ts';
import { tIn } from '../../i18n/catalogue.ts';

const FONT = 'Times New Roman';
const A4 = { widthMm: 210, heightMm: 297 };
const twip = (mm: number): number => Math.round((mm * 1440) / 25.4);

/** The page format in force: the defaults with the administrators' corrections. */
export async function dossierFormatInForce(db: Kysely<DB>): Promise<DossierFormatSettings> {
	const overrides = await listActiveOverrides(db, DOSSIER_FORMAT_SETTINGS_ID);
	return applyDossierFormatOverrides(overrides.map((o) => ({ key: o.key, value: o.value })));
}

/** Numbers the tables and figures as they appear. */
class Counter {
	table = 0;
	figure = 0;
}

interface Ctx {
	dossier: Dossier;
	maps: Map<string, DossierMap>;
	fmt: DossierFormatSettings;
	n: Counter;
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
function para(c: Ctx, text: string | ParagraphChild[], o: { italics?: boolean; bold?: boolean } = {}): Paragraph {
	return new Paragraph({
		alignment: AlignmentType.JUSTIFIED,
		indent: { firstLine: twip(10) },
		spacing: { after: 120, line: 300 },
		children: typeof text === 'string' ? [run(text, { ...o, size: c.fmt.bodyPt.value })] : text
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

/** Header block of Decree 30: issuing body and number | national motto, place and date. */
function headerBlock(c: Ctx): Table {
	const t = c.dossier.title;
	const leftW = Math.round(c.widthTwip * 0.4);
	const rightW = c.widthTwip - leftW;
	const [issuer1, ...issuerRest] = t.issuer.split(/ (?=TỈNH|THÀNH PHỐ|OF )/);
	const cell = (w: number, children: Paragraph[]) =>
		new TableCell({ width: { size: w, type: WidthType.DXA }, borders: TableBorders.NONE, children });
	return new Table({
		width: { size: c.widthTwip, type: WidthType.DXA },
		columnWidths: [leftW, rightW],
		layout: TableLayoutType.FIXED,
		borders: TableBorders.NONE,
		rows: [
			new TableRow({
				children: [
					cell(leftW, [
						centred([issuer1, issuerRest.join(' ')].filter(Boolean).join('\n'), { bold: true, size: 13 }),
						shortRule(leftW, twip(25)),
						centred(t.numberLine, { size: 13 })
					]),
					cell(rightW, [
						centred(t.nationalMotto.country, { bold: true, size: 12 }),
						centred(t.nationalMotto.motto, { bold: true, size: 13 }),
						shortRule(rightW, twip(55)),
						centred(t.placeDateLine, { italics: true, size: 14 })
					])
				]
			})
		]
	});
}

const WEIGHT: Record<string, number> = { text: 2.6, code: 1.1, integer: 1.4, area: 1.5, percent: 1.4, date: 1.5 };
const HEAVY = new Set(['name', 'members', 'clause', 'treatment', 'verdict', 'reason', 'justification', 'newUnit']);

/** A captioned table: "Bảng N. caption" above, the note below. */
function table(c: Ctx, t: DossierTable): (Paragraph | Table)[] {
	const lang = c.dossier.lang;
	c.n.table++;
	const size = t.columns.length > 8 ? c.fmt.tablePt.value - 1 : c.fmt.tablePt.value;
	const weights = t.columns.map((col) =>
		col.key === 'no' ? 0.7 : (WEIGHT[col.kind] ?? 1.5) * (HEAVY.has(col.key) ? 1.4 : 1)
	);
	const sum = weights.reduce((a, b) => a + b, 0);
	const widths = weights.map((w) => Math.floor((w / sum) * c.widthTwip));
	const numeric = (k: string) => k === 'integer' || k === 'area' || k === 'percent';
	const cellOf = (text: string, i: number, o: { bold?: boolean; header?: boolean }) =>
		new TableCell({
			width: { size: widths[i], type: WidthType.DXA },
			verticalAlign: VerticalAlign.CENTER,
			shading: o.header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } : undefined,
			margins: { left: 60, right: 60, top: 30, bottom: 30 },
			children: [
				new Paragraph({
					alignment: o.header
						? AlignmentType.CENTER
						: numeric(t.columns[i].kind)
							? AlignmentType.RIGHT
							: t.columns[i].kind === 'code' || t.columns[i].key === 'no'
								? AlignmentType.CENTER
								: AlignmentType.LEFT,
					children: [run(text, { bold: o.bold || o.header, size })]
				})
			]
		});
	const rows = [
		new TableRow({
			tableHeader: true,
			cantSplit: true,
			children: t.columns.map((col, i) => cellOf(col.label, i, { header: true }))
		}),
		...t.rows.map(
			(r) =>
				new TableRow({
					cantSplit: true,
					children: t.columns.map((col, i) => cellOf(formatCell(col.kind, r[col.key] ?? null, lang), i, {}))
				})
		)
	];
	if (t.total)
		rows.push(
			new TableRow({
				cantSplit: true,
				children: t.columns.map((col, i) =>
					cellOf(formatCell(col.kind, t.total![col.key] ?? null, lang), i, { bold: true })
				)
			})
		);
	const out: (Paragraph | Table)[] = [
		new Paragraph({
			alignment: AlignmentType.CENTER,
			spacing: { before: 120, after: 80 },
			keepNext: true,
			children: [
				run(`${c.dossier.labels.table} ${c.n.table}. ${t.caption}`, { bold: true, size: c.fmt.bodyPt.value - 1 })
			]
		}),
		new Table({
			width: { size: c.widthTwip, type: WidthType.DXA },
			columnWidths: widths,
			layout: TableLayoutType.FIXED,
			rows
		})
	];
	if (!t.rows.length) out.push(centred(tIn(lang, 'dossier.docx.none'), { italics: true, size: size, after: 120 }));
	if (t.note)
		out.push(new Paragraph({ spacing: { before: 60, after: 120 }, children: [run(t.note, { italics: true, size })] }));
	else out.push(new Paragraph({ spacing: { after: 120 }, children: [] }));
	return out;
}

/** A map with its caption "Hình N. …" below. */
function figure(c: Ctx, id: string): Paragraph[] {
	const m = c.maps.get(id);
	if (!m?.png) return [];
	c.n.figure++;
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
			children: [
				run(`${c.dossier.labels.figure} ${c.n.figure}. ${m.caption}`, { italics: true, size: c.fmt.bodyPt.value - 1 })
			]
		})
	];
}

function newUnitSection(c: Ctx, n: DossierNewUnit, number: string): (Paragraph | Table)[] {
	const lang = c.dossier.lang;
	const out: (Paragraph | Table)[] = [heading(c, `${number} ${n.name}${tIn(lang, 'dossier.docx.new')}`, 3)];
	out.push(para(c, n.planText));
	const membersTable = newUnitMembersTable(n, lang);
	out.push(...table(c, membersTable));
	out.push(
		para(c, [
			run(tIn(lang, 'dossier.docx.verdict'), { bold: true, size: c.fmt.bodyPt.value }),
			run(`${n.verdictText}${n.clauseText ? ` (${tIn(lang, 'dossier.docx.standardOf')} ${n.clauseText})` : ''}.`, {
				size: c.fmt.bodyPt.value
			})
		])
	);
	if (n.standardAreaKm2 != null && n.standardPopulation != null)
		out.push(
			para(
				c,
				tIn(lang, 'dossier.docx.standardsAppliedP1KmAnd', {
					p1: formatCell('area', n.standardAreaKm2, lang),
					p2: docInteger(n.standardPopulation, lang),
					p3: docPercent(n.areaRatio, lang),
					p4: docPercent(n.populationRatio, lang)
				})
			)
		);
	if (n.justificationText) out.push(para(c, n.justificationText, { italics: true }));
	out.push(para(c, n.seatText));
	if (n.code)
		out.push(
			para(
				c,
				tIn(lang, 'dossier.docx.codeKeptCodeP2', {
					code: n.code,
					p1: n.retiredCodes.length ? `; mã không còn sử dụng: ${n.retiredCodes.join(', ')}` : '',
					p2: n.retiredCodes.length ? `; codes retired: ${n.retiredCodes.join(', ')}` : ''
				})
			)
		);
	for (const e of n.errors) out.push(para(c, `⚠ ${e}`, { italics: true }));
	out.push(...figure(c, `unit-${n.groupId}`));
	return out;
}

function body(c: Ctx): (Paragraph | Table)[] {
	const d = c.dossier;
	const lang = d.lang;
	const L = d.labels;
	const t = d.title;
	const out: (Paragraph | Table)[] = [headerBlock(c)];
	out.push(new Paragraph({ spacing: { before: 360 }, children: [] }));
	out.push(centred(t.documentKind, { bold: true, size: 14 }));
	out.push(centred(t.documentTitle, { bold: true, size: 14 }));
	out.push(shortRule(c.widthTwip, twip(40)));
	out.push(
		centred(
			tIn(lang, 'dossier.docx.scenarioScenarionameVersionVersionStatus', {
				scenarioName: t.scenarioName,
				version: t.version,
				statusLabel: t.statusLabel,
				datasetName: t.datasetName
			}),
			{ italics: true, size: c.fmt.bodyPt.value - 1, after: 240 }
		)
	);

	// Part I
	out.push(heading(c, L.part1, 1));
	out.push(heading(c, `1. ${L.legalBasisHeading}`, 2));
	for (const [i, b] of d.legalBasis.entries())
		out.push(para(c, `- ${b.text}${b.verified ? '' : ' (*)'}${i === d.legalBasis.length - 1 ? '.' : ';'}`));
	if (d.legalBasis.some((b) => !b.verified)) out.push(para(c, L.unverifiedNote, { italics: true }));
	out.push(heading(c, `2. ${L.necessityHeading}`, 2));
	for (const p of d.necessity) out.push(para(c, p));

	// Part II
	out.push(heading(c, L.part2, 1));
	for (const p of d.currentState.paragraphs) out.push(para(c, p));
	out.push(...table(c, d.currentState.table));

	// Part III
	out.push(heading(c, L.part3, 1));
	out.push(para(c, d.plan.summaryText));
	out.push(...table(c, d.plan.table));
	let section = 0;
	for (const level of ['district', 'commune'] as const) {
		const units = d.plan.newUnits.filter((n) => n.level === level);
		if (!units.length) continue;
		section++;
		out.push(
			heading(
				c,
				`${section}. ${level === 'district' ? tIn(lang, 'dossier.docx.districtLevel') : tIn(lang, 'dossier.docx.communeLevel')}`,
				2
			)
		);
		units.forEach((n, i) => out.push(...newUnitSection(c, n, `${section}.${i + 1}.`)));
	}
	section++;
	out.push(heading(c, `${section}. ${L.keptHeading}`, 2));
	if (d.plan.kept.length) {
		for (const k of d.plan.kept)
			out.push(
				para(c, `- ${k.label}: ${k.reasonText} (${k.clauseText})${k.justification ? `. ${k.justification}` : ''}.`)
			);
		out.push(...table(c, d.plan.keptTable));
	} else out.push(para(c, tIn(lang, 'dossier.docx.none2')));
	if (d.plan.left.length) {
		section++;
		out.push(heading(c, `${section}. ${L.leftHeading}`, 2));
		out.push(para(c, d.plan.left.map((u) => `${u.label} (${u.clauseText})`).join('; ') + '.', { italics: true }));
	}

	// Part IV
	out.push(heading(c, L.staffingHeading, 1));
	if (d.staffing) {
		for (const p of d.staffing.paragraphs) out.push(para(c, p));
		out.push(...table(c, d.staffing.table));
		if (d.staffing.assumptions.length) {
			out.push(
				new Paragraph({
					spacing: { after: 40 },
					children: [
						run(tIn(lang, 'dossier.docx.noteTheFiguresAboveAssume'), {
							italics: true,
							size: c.fmt.tablePt.value
						})
					]
				})
			);
			for (const a of d.staffing.assumptions)
				out.push(
					new Paragraph({
						spacing: { after: 20 },
						children: [run(`- ${a}`, { italics: true, size: c.fmt.tablePt.value - 1 })]
					})
				);
			out.push(new Paragraph({ spacing: { after: 120 }, children: [] }));
		}
		if (d.staffing.planTable.rows.length) out.push(...table(c, d.staffing.planTable));
		if (d.staffing.officesTable.rows.length) out.push(...table(c, d.staffing.officesTable));
	} else out.push(para(c, tIn(lang, 'dossier.docx.staffingNotAvailable'), { italics: true }));

	// Part V
	out.push(heading(c, L.residentsHeading, 1));
	for (const p of d.residents.paragraphs) out.push(para(c, p));
	out.push(...table(c, d.residents.table));

	// Part VI
	out.push(heading(c, L.consultationHeading, 1));
	if (!d.consultation) out.push(para(c, L.consultationMissing, { italics: true }));
	else {
		const cons = d.consultation;
		if (cons.summaryText) out.push(para(c, cons.summaryText));
		out.push(...table(c, consultationTable(cons, lang)));
		for (const line of resolutionLines(cons, lang)) out.push(para(c, line));
	}

	// Closing: recipients and signature block
	out.push(new Paragraph({ spacing: { before: 240 }, children: [] }));
	const half1 = Math.round(c.widthTwip * 0.45);
	const half2 = c.widthTwip - half1;
	out.push(
		new Table({
			width: { size: c.widthTwip, type: WidthType.DXA },
			columnWidths: [half1, half2],
			layout: TableLayoutType.FIXED,
			borders: TableBorders.NONE,
			rows: [
				new TableRow({
					children: [
						new TableCell({
							width: { size: half1, type: WidthType.DXA },
							borders: TableBorders.NONE,
							children: [
								new Paragraph({ children: [run(`${L.recipients}:`, { bold: true, italics: true, size: 12 })] }),
								new Paragraph({ children: [run(tIn(lang, 'dossier.docx.asAbove'), { size: 11 })] }),
								new Paragraph({
									children: [run(tIn(lang, 'dossier.docx.fileOfficeDeptOfHome'), { size: 11 })]
								})
							]
						}),
						new TableCell({
							width: { size: half2, type: WidthType.DXA },
							borders: TableBorders.NONE,
							children: [centred(L.signer, { bold: true, size: 13 })]
						})
					]
				})
			]
		})
	);

	// Appendix: maps before and after
	out.push(new Paragraph({ children: [new PageBreak()] }));
	out.push(centred(L.appendixHeading, { bold: true, size: 14, after: 120 }));
	out.push(
		centred(tIn(lang, 'dossier.docx.mapsOfTheUnitsBefore'), {
			bold: true,
			size: 13,
			after: 240
		})
	);
	out.push(...figure(c, 'before'));
	out.push(...figure(c, 'after'));
	return out;
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
		dossier,
		maps: new Map(maps.map((m) => [m.id, m])),
		fmt,
		n: new Counter(),
		widthTwip: twip(widthMm),
		widthPx: Math.floor((widthMm / 25.4) * 96) - 4
	};
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
				children: body(c)
			}
		]
	});
	return new Uint8Array(await Packer.toBuffer(doc));
}

/** An ASCII file name: "de-an-sap-xep-lam-dong-s12-v4.docx". */
export function dossierFilename(dossier: Dossier, ext: string): string {
	const slug = foldVietnamese(dossier.title.provinceName)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `de-an-sap-xep-${slug || 'tinh'}-s${dossier.title.scenarioId}-v${dossier.title.version}.${ext}`;
}

/** The scheme as DOCX (the Exporter of the registry, format 'docx'). */
export const exportDocx: Exporter = async (req): Promise<DossierFile> => {
	const lang = req.lang;
	req.onProgress?.(tIn(lang, 'dossier.docx.readingTheScenario'), 0.05);
	const dossier = await loadDossier(req.db, req.scenarioId, lang);
	const fmt = await dossierFormatInForce(req.db);
	req.onProgress?.(tIn(lang, 'dossier.docx.drawingTheMaps'), 0.25);
	const maps = await dossierMaps(req.db, dossier);
	req.onProgress?.(tIn(lang, 'dossier.docx.writingTheWordDocument'), 0.8);
	const bytes = await renderDocx(dossier, maps, fmt);
	req.onProgress?.(tIn(lang, 'dossier.docx.done'), 1);
	return {
		filename: dossierFilename(dossier, 'docx'),
		contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		bytes
	};
};
