/**
 * The scheme's layout as a list of blocks: header block, title, parts I–VI with their headings, paragraphs, numbered
 * tables ("Bảng N.") and figures ("Hình N."), notes, the signature block and the appendix maps. The Word document
 * (docx.ts), the PDF (pdf.ts) and the printable HTML (html.ts) each render these blocks, so all three say exactly the
 * same thing in the same order; a test compares the blocks' text with the DOCX's.
 * Pure: the dossier model, the page format and the ids of the maps that have an image.
 */
import { docInteger, docPercent, formatCell } from '../../domain/dossier/format.ts';
import { consultationTable, newUnitMembersTable, resolutionLines } from '../../domain/dossier/tables.ts';
import type { DossierFormatSettings } from '../../domain/dossier/settings.ts';
import type { Dossier, DossierCellKind, DossierNewUnit, DossierTable } from '../../domain/dossier/types.ts';
import { tIn } from '../../i18n/catalogue.ts';

export interface Run {
	text: string;
	bold?: boolean;
	italics?: boolean;
}
export type Align = 'left' | 'right' | 'center';

export interface OutlineTable {
	kind: 'table';
	id: string;
	/** "Bảng 3. Các đơn vị hợp thành …" */
	caption: string;
	/** weight: the DOCX's relative width; breaks: whether the cells may wrap between words (text) or not (figures). */
	columns: { label: string; align: Align; weight: number; breaks: boolean }[];
	rows: string[][];
	total?: string[];
	/** Written under an empty table ("(Không có đơn vị nào)"). */
	empty?: string;
	note?: string;
	/** Font size of the cells (pt). */
	sizePt: number;
}

export type Block =
	| {
			kind: 'headerBlock';
			issuerLines: string[];
			numberLine: string;
			country: string;
			motto: string;
			placeDateLine: string;
	  }
	| { kind: 'space'; pt: number }
	| { kind: 'centred'; text: string; sizePt: number; bold?: boolean; italics?: boolean; afterPt?: number }
	/** A short horizontal rule under a title, `mm` long, centred. */
	| { kind: 'rule'; mm: number }
	| { kind: 'heading'; level: 1 | 2 | 3; text: string }
	| { kind: 'para'; runs: Run[] }
	| OutlineTable
	| { kind: 'figure'; mapId: string; caption: string }
	/** A small italic note under a table: a lead line and its items ("- …") a point smaller. */
	| { kind: 'notes'; lead: string; items: string[]; sizePt: number }
	| { kind: 'signature'; recipientsHeading: string; recipients: string[]; signer: string }
	| { kind: 'pageBreak' };

const WEIGHT: Record<string, number> = { text: 2.6, code: 1.1, integer: 1.4, area: 1.5, percent: 1.4, date: 1.5 };
const HEAVY = new Set(['name', 'members', 'clause', 'treatment', 'verdict', 'reason', 'justification', 'newUnit']);
const NUMERIC = new Set<DossierCellKind>(['integer', 'area', 'percent']);

/**
 * Every block of the scheme, in document order. `maps` = the caption of each map that has an image, by map id
 * ('before', 'after', 'unit-<group id>'); a map without an image is left out, as the DOCX leaves it out.
 */
export function dossierOutline(d: Dossier, fmt: DossierFormatSettings, maps: ReadonlyMap<string, string>): Block[] {
	const lang = d.lang;
	const L = d.labels;
	const t = d.title;
	const bodyPt = fmt.bodyPt.value;
	let tableNo = 0;
	let figureNo = 0;
	const out: Block[] = [];
	const para = (text: string, o: { italics?: boolean; bold?: boolean } = {}) =>
		out.push({ kind: 'para', runs: [{ text, ...o }] });
	const heading = (text: string, level: 1 | 2 | 3) => out.push({ kind: 'heading', level, text });

	const table = (tb: DossierTable) => {
		tableNo++;
		const sizePt = tb.columns.length > 8 ? fmt.tablePt.value - 1 : fmt.tablePt.value;
		const cell = (kind: DossierCellKind, v: unknown) => formatCell(kind, (v ?? null) as never, lang);
		const rows = tb.rows.map((r) => tb.columns.map((c) => cell(c.kind, r[c.key])));
		const total = tb.total ? tb.columns.map((c) => cell(c.kind, tb.total![c.key])) : undefined;
		out.push({
			kind: 'table',
			id: tb.id,
			caption: `${L.table} ${tableNo}. ${tb.caption}`,
			columns: tb.columns.map((c) => ({
				label: c.label,
				align: NUMERIC.has(c.kind) ? 'right' : c.kind === 'code' || c.key === 'no' ? 'center' : 'left',
				weight: c.key === 'no' ? 0.7 : (WEIGHT[c.kind] ?? 1.5) * (HEAVY.has(c.key) ? 1.4 : 1),
				breaks: c.kind === 'text'
			})),
			rows,
			total,
			empty: tb.rows.length ? undefined : tIn(lang, 'dossier.docx.none'),
			note: tb.note,
			sizePt
		});
	};
	const figure = (id: string) => {
		const caption = maps.get(id);
		if (!caption) return;
		figureNo++;
		out.push({ kind: 'figure', mapId: id, caption: `${L.figure} ${figureNo}. ${caption}` });
	};

	const newUnit = (n: DossierNewUnit, number: string) => {
		heading(`${number} ${n.name}${tIn(lang, 'dossier.docx.new')}`, 3);
		para(n.planText);
		table(newUnitMembersTable(n, lang));
		out.push({
			kind: 'para',
			runs: [
				{ text: tIn(lang, 'dossier.docx.verdict'), bold: true },
				{
					text: `${n.verdictText}${n.clauseText ? ` (${tIn(lang, 'dossier.docx.standardOf')} ${n.clauseText})` : ''}.`
				}
			]
		});
		if (n.standardAreaKm2 != null && n.standardPopulation != null)
			para(
				tIn(lang, 'dossier.docx.standardsAppliedP1KmAnd', {
					p1: formatCell('area', n.standardAreaKm2, lang),
					p2: docInteger(n.standardPopulation, lang),
					p3: docPercent(n.areaRatio, lang),
					p4: docPercent(n.populationRatio, lang)
				})
			);
		if (n.justificationText) para(n.justificationText, { italics: true });
		para(n.seatText);
		if (n.code)
			para(
				tIn(lang, 'dossier.docx.codeKeptCodeP2', {
					code: n.code,
					p1: n.retiredCodes.length ? `; mã không còn sử dụng: ${n.retiredCodes.join(', ')}` : '',
					p2: n.retiredCodes.length ? `; codes retired: ${n.retiredCodes.join(', ')}` : ''
				})
			);
		for (const e of n.errors) para(`⚠ ${e}`, { italics: true });
		figure(`unit-${n.groupId}`);
	};

	return build();

	function build(): Block[] {
		out.push({
			kind: 'headerBlock',
			issuerLines: issuerLines(t.issuer),
			numberLine: t.numberLine,
			country: t.nationalMotto.country,
			motto: t.nationalMotto.motto,
			placeDateLine: t.placeDateLine
		});
		out.push({ kind: 'space', pt: 18 });
		out.push({ kind: 'centred', text: t.documentKind, bold: true, sizePt: 14 });
		out.push({ kind: 'centred', text: t.documentTitle, bold: true, sizePt: 14 });
		out.push({ kind: 'rule', mm: 40 });
		out.push({
			kind: 'centred',
			text: tIn(lang, 'dossier.docx.scenarioScenarionameVersionVersionStatus', {
				scenarioName: t.scenarioName,
				version: t.version,
				statusLabel: t.statusLabel,
				datasetName: t.datasetName
			}),
			italics: true,
			sizePt: bodyPt - 1,
			afterPt: 12
		});

		// Part I
		heading(L.part1, 1);
		heading(`1. ${L.legalBasisHeading}`, 2);
		for (const [i, b] of d.legalBasis.entries())
			para(`- ${b.text}${b.verified ? '' : ' (*)'}${i === d.legalBasis.length - 1 ? '.' : ';'}`);
		if (d.legalBasis.some((b) => !b.verified)) para(L.unverifiedNote, { italics: true });
		heading(`2. ${L.necessityHeading}`, 2);
		for (const p of d.necessity) para(p);

		// Part II
		heading(L.part2, 1);
		for (const p of d.currentState.paragraphs) para(p);
		table(d.currentState.table);

		// Part III
		heading(L.part3, 1);
		para(d.plan.summaryText);
		table(d.plan.table);
		let section = 0;
		for (const level of ['district', 'commune'] as const) {
			const units = d.plan.newUnits.filter((n) => n.level === level);
			if (!units.length) continue;
			section++;
			heading(
				`${section}. ${level === 'district' ? tIn(lang, 'dossier.docx.districtLevel') : tIn(lang, 'dossier.docx.communeLevel')}`,
				2
			);
			units.forEach((n, i) => newUnit(n, `${section}.${i + 1}.`));
		}
		section++;
		heading(`${section}. ${L.keptHeading}`, 2);
		if (d.plan.kept.length) {
			for (const k of d.plan.kept)
				para(`- ${k.label}: ${k.reasonText} (${k.clauseText})${k.justification ? `. ${k.justification}` : ''}.`);
			table(d.plan.keptTable);
		} else para(tIn(lang, 'dossier.docx.none2'));
		if (d.plan.left.length) {
			section++;
			heading(`${section}. ${L.leftHeading}`, 2);
			para(d.plan.left.map((u) => `${u.label} (${u.clauseText})`).join('; ') + '.', { italics: true });
		}

		// Part IV
		heading(L.staffingHeading, 1);
		if (d.staffing) {
			for (const p of d.staffing.paragraphs) para(p);
			table(d.staffing.table);
			if (d.staffing.assumptions.length)
				out.push({
					kind: 'notes',
					lead: tIn(lang, 'dossier.docx.noteTheFiguresAboveAssume'),
					items: d.staffing.assumptions.map((a) => `- ${a}`),
					sizePt: fmt.tablePt.value
				});
			if (d.staffing.planTable.rows.length) table(d.staffing.planTable);
			if (d.staffing.officesTable.rows.length) table(d.staffing.officesTable);
		} else para(tIn(lang, 'dossier.docx.staffingNotAvailable'), { italics: true });

		// Part V
		heading(L.residentsHeading, 1);
		for (const p of d.residents.paragraphs) para(p);
		table(d.residents.table);

		// Part VI
		heading(L.consultationHeading, 1);
		consultation();

		// Closing and appendix
		out.push({ kind: 'space', pt: 12 });
		out.push({
			kind: 'signature',
			recipientsHeading: `${L.recipients}:`,
			recipients: [tIn(lang, 'dossier.docx.asAbove'), tIn(lang, 'dossier.docx.fileOfficeDeptOfHome')],
			signer: L.signer
		});
		out.push({ kind: 'pageBreak' });
		out.push({ kind: 'centred', text: L.appendixHeading, bold: true, sizePt: 14, afterPt: 6 });
		out.push({
			kind: 'centred',
			text: tIn(lang, 'dossier.docx.mapsOfTheUnitsBefore'),
			bold: true,
			sizePt: 13,
			afterPt: 12
		});
		figure('before');
		figure('after');
		return out;
	}

	function consultation() {
		const cons = d.consultation;
		if (!cons) return para(L.consultationMissing, { italics: true });
		if (cons.summaryText) para(cons.summaryText);
		table(consultationTable(cons, lang));
		for (const line of resolutionLines(cons, lang)) para(line);
	}
}

/** The captions of the maps that have an image, by id, for dossierOutline. */
export function mapCaptions(maps: readonly { id: string; caption: string; png?: Uint8Array }[]): Map<string, string> {
	return new Map(maps.filter((m) => m.png).map((m) => [m.id, m.caption]));
}

/** The issuing body on two lines ("ỦY BAN NHÂN DÂN" / "TỈNH LÂM ĐỒNG"). */
export function issuerLines(issuer: string): string[] {
	const [first, ...rest] = issuer.split(/ (?=TỈNH|THÀNH PHỐ|OF )/);
	return [first, rest.join(' ')].filter(Boolean);
}

/** Every text of the outline in order (for tests comparing formats). */
export function outlineTexts(blocks: readonly Block[]): string[] {
	const out: string[] = [];
	for (const b of blocks) {
		if (b.kind === 'headerBlock') out.push(...b.issuerLines, b.numberLine, b.country, b.motto, b.placeDateLine);
		else if (b.kind === 'centred' || b.kind === 'heading') out.push(b.text);
		else if (b.kind === 'para') out.push(b.runs.map((r) => r.text).join(''));
		else if (b.kind === 'table') out.push(b.caption, ...b.columns.map((c) => c.label));
		else if (b.kind === 'figure') out.push(b.caption);
		else if (b.kind === 'notes') out.push(b.lead, ...b.items);
		else if (b.kind === 'signature') out.push(b.recipientsHeading, ...b.recipients, b.signer);
	}
	// A line break is a break inside a paragraph in every format: compare the lines.
	return out.flatMap((t) => t.split('\n'));
}
