/**
 * A dossier map as SVG text, without a browser: units drawn from their lon/lat geometry through a planar projection
 * of the province (a local equirectangular frame in km, geomeasures' localFrame), then d3-geo's geoIdentity with
 * reflectY(true) fitted to the page (planar: no spherical winding trap), with a title, labels (halo), a legend, a
 * scale bar and a north arrow. Pure: the server rasterises the text with resvg (src/lib/server/dossier/map-image.ts).
 */
import { geoIdentity, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Lang } from '../format.ts';
import { bboxOf, localFrame } from '../geo/measures.ts';
import { docInteger } from './format.ts';
import { tIn } from '../../i18n/catalogue.ts';

type Area = Polygon | MultiPolygon;

/** One shape on the map, drawn in list order (later on top). */
export interface MapShape {
	geometry: Area;
	fill: string | null;
	stroke: string;
	/** Stroke width in px of the output. */
	strokeWidth: number;
	/** Dashed outline (old borders). */
	dashed?: boolean;
}

/** A text label at a lon/lat point. */
export interface MapLabel {
	at: [number, number];
	text: string;
	/** Font size in px of the output. */
	size: number;
	bold?: boolean;
	color?: string;
	/** A small marker under the label (the seat of a new unit). */
	marker?: 'seat';
}

export interface MapLegendItem {
	fill: string | null;
	stroke: string;
	label: string;
	dashed?: boolean;
	/** Draw the seat marker instead of a swatch. */
	marker?: 'seat';
}

export interface MapSpec {
	title: string;
	subtitle?: string;
	width: number;
	height: number;
	shapes: MapShape[];
	labels: MapLabel[];
	legend: MapLegendItem[];
	/** Shapes whose extent the map is fitted to (default: all shapes). */
	fitTo?: Area[];
	/** Room left around the fitted extent, as a fraction of the map area on each side (default 0). */
	fitMargin?: number;
	lang: Lang;
	/** Font family available to the rasteriser. */
	fontFamily: string;
}

const esc = (s: string): string =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const r1 = (n: number): string => (Math.round(n * 10) / 10).toString();

/** Projects a geometry's coordinates into km east/north of (lon0, lat0). */
function projectArea(g: Area, toKm: (p: Position) => [number, number]): Area {
	const ring = (r: Position[]) => r.map(toKm);
	return g.type === 'Polygon'
		? { type: 'Polygon', coordinates: g.coordinates.map(ring) }
		: { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(ring)) };
}

/** A "nice" scale-bar length in km (1, 2 or 5 × 10ⁿ) not longer than `maxKm`. */
export function niceLength(maxKm: number): number {
	if (!(maxKm > 0)) return 1;
	const p = 10 ** Math.floor(Math.log10(maxKm));
	for (const m of [5, 2, 1]) if (m * p <= maxKm) return m * p;
	return p;
}

/** The extent [minLon, minLat, maxLon, maxLat] of several geometries. */
function extentOf(geoms: Area[]): [number, number, number, number] {
	let b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const g of geoms) {
		const [a, c, d, e] = bboxOf(g);
		b = [Math.min(b[0], a), Math.min(b[1], c), Math.max(b[2], d), Math.max(b[3], e)];
	}
	return b;
}

/** Render a map as an SVG document. */
export function renderMapSvg(spec: MapSpec): string {
	const { width: W, height: H, fontFamily: font } = spec;
	const fit = spec.fitTo?.length ? spec.fitTo : spec.shapes.map((s) => s.geometry);
	const [x0, y0, x1, y1] = extentOf(fit);
	const frame = localFrame((x0 + x1) / 2, (y0 + y1) / 2);
	const toKm = (p: Position): [number, number] => {
		const [x, y] = frame.toXY(p);
		return [x / 1000, y / 1000];
	};
	const titleH = spec.subtitle ? 96 : 70;
	const legendH = 30 + Math.ceil(spec.legend.length / 2) * 30;
	const pad = 24;
	const mx = (spec.fitMargin ?? 0) * (W - 2 * pad);
	const my = (spec.fitMargin ?? 0) * (H - legendH - titleH - pad);
	const box: [[number, number], [number, number]] = [
		[pad + mx, titleH + pad / 2 + my],
		[W - pad - mx, H - legendH - pad - my]
	];
	const fitFc: FeatureCollection<Area> = {
		type: 'FeatureCollection',
		features: fit.map((g) => ({ type: 'Feature', properties: {}, geometry: projectArea(g, toKm) }))
	};
	const projection = geoIdentity().reflectY(true).fitExtent(box, fitFc);
	const path = geoPath(projection);
	const pxPerKm = projection.scale();
	const pt = (lonlat: [number, number]): [number, number] => projection(toKm(lonlat)) as [number, number];

	const out: string[] = [];
	out.push(
		`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${esc(font)}">`
	);
	out.push(`<rect x="0" y="0" width="${W}" height="${H}" fill="#ffffff"/>`);
	out.push(
		`<clipPath id="mapclip"><rect x="0" y="${titleH}" width="${W}" height="${H - titleH - legendH}"/></clipPath>`
	);
	out.push(`<g clip-path="url(#mapclip)">`);
	for (const s of spec.shapes) {
		const f: Feature<Area> = { type: 'Feature', properties: {}, geometry: projectArea(s.geometry, toKm) };
		const d = path(f);
		if (!d) continue;
		out.push(
			`<path d="${d}" fill="${s.fill ?? 'none'}" fill-rule="evenodd" stroke="${s.stroke}" stroke-width="${s.strokeWidth}" stroke-linejoin="round"${s.dashed ? ' stroke-dasharray="8 6"' : ''}/>`
		);
	}
	for (const l of spec.labels) {
		const [x, y] = pt(l.at);
		if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
		if (l.marker === 'seat')
			out.push(
				`<circle cx="${r1(x)}" cy="${r1(y + l.size * 0.9)}" r="6" fill="#b91c1c" stroke="#ffffff" stroke-width="2"/>`
			);
		out.push(
			`<text x="${r1(x)}" y="${r1(y)}" font-size="${l.size}"${l.bold ? ' font-weight="bold"' : ''} text-anchor="middle" dominant-baseline="middle" fill="${l.color ?? '#111827'}" stroke="#ffffff" stroke-width="${Math.max(3, l.size / 4)}" stroke-linejoin="round" paint-order="stroke">${esc(l.text)}</text>`
		);
	}
	out.push(`</g>`);

	// Title
	out.push(
		`<text x="${W / 2}" y="40" font-size="30" font-weight="bold" text-anchor="middle" fill="#111827">${esc(spec.title)}</text>`
	);
	if (spec.subtitle)
		out.push(
			`<text x="${W / 2}" y="76" font-size="22" text-anchor="middle" fill="#374151">${esc(spec.subtitle)}</text>`
		);
	out.push(`<line x1="${pad}" y1="${titleH}" x2="${W - pad}" y2="${titleH}" stroke="#9ca3af" stroke-width="1"/>`);

	// North arrow (top right, inside the map area)
	const nx = W - pad - 30;
	const ny = titleH + 24;
	out.push(
		`<g><polygon points="${nx},${ny} ${nx - 16},${ny + 50} ${nx},${ny + 38} ${nx + 16},${ny + 50}" fill="#111827"/>` +
			`<text x="${nx}" y="${ny + 76}" font-size="22" font-weight="bold" text-anchor="middle" fill="#111827">${tIn(spec.lang, 'dossier.mapSvg.north')}</text></g>`
	);

	// Legend (bottom left, two columns)
	const ly = H - legendH + 10;
	out.push(`<line x1="${pad}" y1="${ly - 6}" x2="${W - pad}" y2="${ly - 6}" stroke="#9ca3af" stroke-width="1"/>`);
	const colW = (W - 2 * pad - 260) / 2;
	spec.legend.forEach((item, i) => {
		const x = pad + (i % 2) * colW;
		const y = ly + 8 + Math.floor(i / 2) * 30;
		out.push(
			item.marker === 'seat'
				? `<circle cx="${x + 17}" cy="${y + 10}" r="7" fill="#b91c1c" stroke="#ffffff" stroke-width="2"/>`
				: `<rect x="${x}" y="${y}" width="34" height="20" fill="${item.fill ?? 'none'}" stroke="${item.stroke}" stroke-width="2"${item.dashed ? ' stroke-dasharray="6 4"' : ''}/>`
		);
		out.push(
			`<text x="${x + 44}" y="${y + 10}" font-size="19" dominant-baseline="middle" fill="#111827">${esc(item.label)}</text>`
		);
	});

	// Scale bar (bottom right): a nice length up to 200 px
	const km = niceLength(200 / pxPerKm);
	const barPx = km * pxPerKm;
	const sx = W - pad - 230;
	const sy = ly + 22;
	out.push(
		`<g><rect x="${r1(sx)}" y="${sy}" width="${r1(barPx / 2)}" height="10" fill="#111827"/>` +
			`<rect x="${r1(sx + barPx / 2)}" y="${sy}" width="${r1(barPx / 2)}" height="10" fill="#ffffff" stroke="#111827" stroke-width="1.5"/>` +
			`<rect x="${r1(sx)}" y="${sy}" width="${r1(barPx)}" height="10" fill="none" stroke="#111827" stroke-width="1.5"/>` +
			`<text x="${r1(sx)}" y="${sy + 32}" font-size="18" text-anchor="middle" fill="#111827">0</text>` +
			`<text x="${r1(sx + barPx)}" y="${sy + 32}" font-size="18" text-anchor="middle" fill="#111827">${km >= 1 ? `${docInteger(km, spec.lang)} km` : `${docInteger(km * 1000, spec.lang)} m`}</text></g>`
	);
	out.push('</svg>');
	return out.join('\n');
}
