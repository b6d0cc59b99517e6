/**
 * The scheme (Đề án) as one self-contained, printable HTML file: the same blocks as the Word document (outline.ts),
 * inline CSS with `@page { size: A4; margin: … }` from the "dossier-format" settings, Times New Roman (the font of
 * administrative documents, present on office PCs; serif fallbacks otherwise), the page number at the top from page 2
 * where the browser supports page-margin boxes, and the maps inlined as data: PNG, so the file opens and prints with
 * no server and no network. The print page of the app (/datasets/[id]/scenarios/[sid]/dossier/print) serves it.
 */
import type { DossierFormatSettings } from '../../domain/dossier/settings.ts';
import type { Dossier } from '../../domain/dossier/types.ts';
import { dossierFilename, writeDossierDocument } from './document.ts';
import type { DossierMap } from './map-image.ts';
import { dossierOutline, mapCaptions, type Block, type OutlineTable, type Run } from './outline.ts';
import type { DossierFile, Exporter } from './types.ts';
import { tIn } from '../../i18n/catalogue.ts';

/** Escape text for HTML. */
export function esc(s: string): string {
	return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const runs = (rs: Run[]) =>
	rs
		.map((r) => {
			let t = esc(r.text);
			if (r.italics) t = `<em>${t}</em>`;
			if (r.bold) t = `<strong>${t}</strong>`;
			return t;
		})
		.join('');

function table(t: OutlineTable): string {
	const head = t.columns.map((c) => `<th>${esc(c.label)}</th>`).join('');
	const row = (cells: string[], cls = '') =>
		`<tr${cls ? ` class="${cls}"` : ''}>${cells.map((v, i) => `<td class="${t.columns[i].align}">${esc(v)}</td>`).join('')}</tr>`;
	return [
		`<p class="caption">${esc(t.caption)}</p>`,
		`<table class="data" data-table="${esc(t.id)}" style="font-size:${t.sizePt}pt">`,
		`<thead><tr>${head}</tr></thead><tbody>`,
		...t.rows.map((r) => row(r)),
		t.total ? row(t.total, 'total') : '',
		'</tbody></table>',
		t.empty ? `<p class="empty" style="font-size:${t.sizePt}pt">${esc(t.empty)}</p>` : '',
		t.note ? `<p class="note" style="font-size:${t.sizePt}pt">${esc(t.note)}</p>` : ''
	].join('\n');
}

/** The HTML of an outline. */
export function htmlDocument(
	d: Dossier,
	blocks: readonly Block[],
	maps: readonly DossierMap[],
	fmt: DossierFormatSettings
): string {
	const byId = new Map(maps.map((m) => [m.id, m]));
	const parts: string[] = [];
	for (const b of blocks) {
		switch (b.kind) {
			case 'headerBlock':
				parts.push(
					`<table class="header-block"><tr><td class="left"><div class="issuer">${b.issuerLines.map(esc).join('<br>')}</div><hr class="short" style="width:25mm"><div class="number-line">${esc(b.numberLine)}</div></td>`,
					`<td class="right"><div class="country">${esc(b.country)}</div><div class="motto">${esc(b.motto)}</div><hr class="short" style="width:55mm"><div class="place-date">${esc(b.placeDateLine)}</div></td></tr></table>`
				);
				break;
			case 'space':
				parts.push(`<div style="height:${b.pt}pt"></div>`);
				break;
			case 'centred': {
				const text = b.bold ? `<strong>${esc(b.text)}</strong>` : esc(b.text);
				parts.push(
					`<p class="centred" style="font-size:${b.sizePt}pt;margin-bottom:${b.afterPt ?? 0}pt">${b.italics ? `<em>${text}</em>` : text}</p>`
				);
				break;
			}
			case 'rule':
				parts.push(`<hr class="short" style="width:${b.mm}mm">`);
				break;
			case 'heading':
				parts.push(`<h${b.level + 1} class="h${b.level}">${esc(b.text)}</h${b.level + 1}>`);
				break;
			case 'para':
				parts.push(`<p class="body">${runs(b.runs)}</p>`);
				break;
			case 'table':
				parts.push(table(b));
				break;
			case 'figure': {
				const m = byId.get(b.mapId);
				if (!m?.png) break;
				parts.push(
					`<figure data-map="${esc(m.id)}"><img src="data:image/png;base64,${Buffer.from(m.png).toString('base64')}" alt="${esc(m.caption)}" width="${m.width}" height="${m.height}"><figcaption>${esc(b.caption)}</figcaption></figure>`
				);
				break;
			}
			case 'notes':
				parts.push(
					`<div class="notes" style="font-size:${b.sizePt}pt"><p>${esc(b.lead)}</p>${b.items.map((a) => `<p style="font-size:${b.sizePt - 1}pt">${esc(a)}</p>`).join('')}</div>`
				);
				break;
			case 'signature':
				parts.push(
					`<table class="signature"><tr><td class="recipients"><p><strong><em>${esc(b.recipientsHeading)}</em></strong></p>${b.recipients.map((r) => `<p>${esc(r)}</p>`).join('')}</td><td class="signer"><strong>${esc(b.signer).replace(/\n/g, '<br>')}</strong></td></tr></table>`
				);
				break;
			case 'pageBreak':
				parts.push('<div class="page-break"></div>');
				break;
		}
	}
	const m = {
		top: fmt.marginTopMm.value,
		bottom: fmt.marginBottomMm.value,
		left: fmt.marginLeftMm.value,
		right: fmt.marginRightMm.value
	};
	const body = fmt.bodyPt.value;
	const title = `${d.title.documentKind} ${d.title.documentTitle}`;
	return `<!doctype html>
<html lang="${d.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="sapxep">
<title>${esc(title)} — ${esc(d.title.scenarioName)} (v${d.title.version})</title>
<style>
@page { size: A4; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; @top-center { content: counter(page); font: 13pt 'Times New Roman', Tinos, 'Liberation Serif', serif; } }
@page :first { @top-center { content: none; } }
html { background: #e5e7eb; }
body { font-family: 'Times New Roman', Tinos, 'Liberation Serif', 'DejaVu Serif', serif; font-size: ${body}pt; line-height: 1.25; color: #000; margin: 0; }
.sheet { background: #fff; width: 210mm; box-sizing: border-box; margin: 8mm auto; padding: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
p { margin: 0 0 6pt; }
p.body { text-align: justify; text-indent: 10mm; }
p.centred { text-align: center; margin-top: 0; }
h2, h3, h4 { font-size: ${body}pt; margin: 6pt 0; break-after: avoid; page-break-after: avoid; }
h2.h1 { margin-top: 12pt; }
h3.h2 { text-align: justify; text-indent: 10mm; }
h4.h3 { text-align: justify; text-indent: 10mm; font-style: italic; }
hr.short { border: 0; border-top: 0.6pt solid #000; margin: 2pt auto 6pt; }
table.header-block, table.signature { width: 100%; border-collapse: collapse; }
table.header-block td { vertical-align: top; text-align: center; }
table.header-block td.left { width: 40%; font-size: 13pt; }
table.header-block td.right { font-size: 13pt; }
.issuer, .motto { font-weight: bold; }
.number-line { white-space: pre; }
.country { font-weight: bold; font-size: 12pt; }
.place-date { font-style: italic; font-size: 14pt; }
p.caption { text-align: center; font-weight: bold; font-size: ${body - 1}pt; margin: 6pt 0 4pt; break-after: avoid; page-break-after: avoid; }
table.data { width: 100%; border-collapse: collapse; margin-bottom: 2pt; }
table.data th, table.data td { border: 0.5pt solid #000; padding: 1.5pt 3pt; vertical-align: middle; }
table.data th { background: #e7e6e6; text-align: center; font-weight: bold; }
table.data thead { display: table-header-group; }
table.data tr { break-inside: avoid; page-break-inside: avoid; }
table.data tr.total td { font-weight: bold; }
td.right { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.center { text-align: center; white-space: nowrap; }
p.note, p.empty { font-style: italic; margin-top: 3pt; }
p.empty { text-align: center; }
.notes { font-style: italic; margin-bottom: 6pt; }
.notes p { margin: 0 0 1pt; }
figure { margin: 6pt 0 10pt; text-align: center; break-inside: avoid; page-break-inside: avoid; }
figure img { max-width: 100%; height: auto; }
figcaption { font-style: italic; font-size: ${body - 1}pt; margin-top: 4pt; }
table.signature td { vertical-align: top; }
table.signature td.recipients { width: 45%; font-size: 11pt; }
table.signature td.recipients p { margin: 0; }
table.signature td.signer { text-align: center; font-size: 13pt; }
.page-break { break-after: page; page-break-after: always; }
@media print {
  html { background: none; }
  .sheet { width: auto; margin: 0; padding: 0; box-shadow: none; }
}
</style>
</head>
<body>
<main class="sheet">
${parts.join('\n')}
</main>
</body>
</html>
`;
}

/** Write a dossier and its maps as one HTML document. */
export function renderHtml(d: Dossier, maps: DossierMap[], fmt: DossierFormatSettings): string {
	return htmlDocument(d, dossierOutline(d, fmt, mapCaptions(maps)), maps, fmt);
}

/** The scheme as a printable HTML page, as a string (the print route serves it). */
export async function dossierHtml(req: Parameters<Exporter>[0]): Promise<{ dossier: Dossier; html: string }> {
	const { dossier, result } = await writeDossierDocument(
		req,
		tIn(req.lang, 'dossier.html.writingTheHtmlPage'),
		renderHtml
	);
	return { dossier, html: result };
}

/** The scheme as a self-contained HTML file (the Exporter of the registry, format 'html'). */
export const exportHtml: Exporter = async (req): Promise<DossierFile> => {
	const { dossier, html } = await dossierHtml(req);
	return {
		filename: dossierFilename(dossier, 'html'),
		contentType: 'text/html; charset=utf-8',
		bytes: new TextEncoder().encode(html)
	};
};
