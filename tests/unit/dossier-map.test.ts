/**
 * Dossier maps without a browser (issue 12 item 3): the hand-made 3×3 province drawn as SVG and rasterised by resvg
 * with the bundled DejaVu font (no system font): a PNG of the stated size, the before/after/per-unit maps, Vietnamese
 * labels actually drawn, a scale bar of a nice length.
 */
import { Resvg } from '@resvg/resvg-js';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/lib/domain/dossier';
import { niceLength, renderMapSvg } from '../../src/lib/domain/dossier/map-svg';
import { NQ35_2023 } from '../../src/lib/domain/rules';
import {
	emptyContent,
	evaluateScenarioOn,
	newGroup,
	scenarioBasis,
	scenarioCatalog
} from '../../src/lib/domain/scenario';
import { buildDossierMaps, mapFontFiles, svgToPng, type DossierMapData } from '../../src/lib/server/dossier/map-image';
import { ADJACENCY, CTX, UNITS } from '../fixtures/scenario';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const pngSize = (png: Uint8Array) => {
	const v = new DataView(png.buffer, png.byteOffset, png.byteLength);
	return { width: v.getUint32(16), height: v.getUint32(20) };
};

/** A square cell of 0.1° (about 11 km) at row r, column c of the grid, near Lâm Đồng's latitude. */
function cell(r: number, c: number, w = 1, h = 1): Polygon {
	const x = 107 + c * 0.1;
	const y = 12 - r * 0.1;
	return {
		type: 'Polygon',
		coordinates: [
			[
				[x, y],
				[x + 0.1 * w, y],
				[x + 0.1 * w, y - 0.1 * h],
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

function mapData(): DossierMapData {
	const commune = new Map<string, Polygon>();
	GRID.forEach((row, r) => row.forEach((code, c) => commune.set(code, cell(r, c))));
	const district = new Map<string, Polygon>([
		['001', cell(0, 0, 1, 3)],
		['002', cell(0, 1, 1, 3)],
		['003', cell(0, 2, 1, 3)]
	]);
	return { units: new Map(UNITS.map((u) => [u.code, { ...u, label: null }])), geometry: { commune, district } };
}

describe('a map as SVG and PNG', () => {
	it('rasterises to a PNG of the stated width and height', () => {
		const svg = renderMapSvg({
			title: 'Bản đồ thử',
			width: 800,
			height: 600,
			shapes: [{ geometry: cell(0, 0), fill: '#fde047', stroke: '#111827', strokeWidth: 2 }],
			labels: [{ at: [107.05, 11.95], text: 'Đạ Tẻh', size: 20 }],
			legend: [{ fill: '#fde047', stroke: '#111827', label: 'Thuộc diện sắp xếp' }],
			lang: 'vi',
			fontFamily: 'DejaVu Sans'
		});
		expect(svg).toContain('Đạ Tẻh');
		const png = svgToPng(svg);
		expect([...png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
		expect(pngSize(png)).toEqual({ width: 800, height: 600 });
	});

	it('draws Vietnamese text with the bundled TTF and no system fonts (text pixels appear)', () => {
		const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="80"><rect width="300" height="80" fill="#fff"/><text x="10" y="50" font-size="40" font-family="DejaVu Sans" fill="#000">Đạ Tẻh</text></svg>`;
		const dark = (fonts: string[]) => {
			const img = new Resvg(svg, { font: { fontFiles: fonts, loadSystemFonts: false } }).render();
			const px = img.pixels; // a getter that copies: read once
			let n = 0;
			for (let i = 0; i < px.length; i += 4) if (px[i] < 128) n++;
			return n;
		};
		expect(dark([])).toBe(0); // without a font file nothing is drawn: the map does not depend on system fonts
		expect(dark(mapFontFiles())).toBeGreaterThan(200);
	});

	it('picks a scale-bar length of 1, 2 or 5 × 10ⁿ km', () => {
		expect(niceLength(7.3)).toBe(5);
		expect(niceLength(23)).toBe(20);
		expect(niceLength(0.4)).toBe(0.2);
		expect(niceLength(100)).toBe(100);
	});
});

describe('the dossier maps of a scenario', () => {
	const rules = NQ35_2023;
	const catalog = scenarioCatalog(UNITS, rules.exemptionReasons);
	const basis = scenarioBasis(UNITS, CTX, rules, ADJACENCY);
	let c = emptyContent();
	c = newGroup(c, catalog, { id: 'g1', members: ['00001', '00004'], seatCode: '00004' });
	c = newGroup(c, catalog, { id: 'd1', level: 'district', members: ['001', '002'] });
	const dossier = buildDossier({
		lang: 'vi',
		today: '2024-12-01',
		dataset: { id: 1, name: 'Thử', provinceCode: '99', provinceName: 'Tỉnh Thử', referenceDate: '2022-12-31' },
		scenario: { id: 1, name: 'P', description: null, version: 1, status: 'draft', ruleSetId: rules.id },
		evaluation: evaluateScenarioOn(c, basis),
		basis,
		staffing: null
	});

	it('makes the map before, after and one per new unit, each a PNG of its size', () => {
		const maps = buildDossierMaps(dossier, mapData());
		expect(maps.map((m) => m.id)).toEqual(['before', 'after', 'unit-d1', 'unit-g1']);
		for (const m of maps) {
			expect([...m.png!.slice(0, 8)]).toEqual(PNG_SIGNATURE);
			expect(pngSize(m.png!)).toEqual({ width: m.width, height: m.height });
		}
		const g1 = maps.find((m) => m.id === 'unit-g1')!;
		expect(g1.svg).toContain('A2 (9.000 người)');
		expect(g1.caption).toBe('Sơ đồ Xã A2 sau sắp xếp');
		// The before map names the subject communes; the after map the new unit (dissolved outline).
		expect(maps[0].svg).toContain('>A1<');
		expect(maps[1].svg).toContain('>A2<');
	}, 30_000);

	it('gives SVG only when PNG is not wanted', () => {
		const maps = buildDossierMaps(dossier, mapData(), { png: false, only: ['after'] });
		expect(maps).toHaveLength(1);
		expect(maps[0].png).toBeUndefined();
		expect(maps[0].svg.startsWith('<svg')).toBe(true);
	});
});
