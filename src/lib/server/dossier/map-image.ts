/**
 * The dossier's maps, drawn on the server without a browser: the province before, after and one map per new unit
 * (drawn in map-drawings.ts). Each map is SVG text (src/lib/domain/dossier/map-svg.ts) rasterised to PNG by resvg with the DejaVu TTFs of the npm package
 * dejavu-fonts-ttf (Vietnamese glyphs; no system font needed). The same images go into the DOCX and the PDF.
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import type { Kysely } from 'kysely';
import type { Dossier } from '../../domain/dossier/types.ts';
import type { UnitView } from '../../domain/units.ts';
import type { DB } from '../db/schema.ts';
import { listGeometries, listUnits } from '../db/unit.repository.ts';
import type { DossierFile } from './types.ts';
import { afterMap, beforeMap, dissolved, FONT_FAMILY, unitMap, type Area, type Level } from './map-drawings.ts';

/** One map of the dossier: its SVG text and, when rasterised, its PNG. */
export interface DossierMap {
	/** 'before', 'after' or 'unit-<group id>'. */
	id: string;
	/** The caption as a figure is captioned ("Bản đồ hiện trạng …"); the renderer adds "Hình N.". */
	caption: string;
	/** For 'unit-…' maps: the group id. */
	groupId: string | null;
	width: number;
	height: number;
	svg: string;
	png?: Uint8Array;
}

/** Geometry and attributes of a dataset, as the maps need them. */
export interface DossierMapData {
	units: Map<string, UnitView>;
	geometry: Record<Level, Map<string, Area>>;
}

let fontFiles: string[] | null = null;
/** The TTFs resvg draws text with (DejaVu Sans regular and bold, from the npm package). */
export function mapFontFiles(): string[] {
	if (!fontFiles) {
		const require = createRequire(import.meta.url);
		fontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => require.resolve(`dejavu-fonts-ttf/ttf/${f}`));
	}
	return fontFiles;
}

/** Rasterise an SVG map to PNG at its own size (no system fonts: the bundled DejaVu only). */
export function svgToPng(svg: string): Uint8Array {
	const r = new Resvg(svg, {
		fitTo: { mode: 'original' },
		font: { fontFiles: mapFontFiles(), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
		background: '#ffffff'
	});
	return new Uint8Array(r.render().asPng());
}

/** Load the units and boundaries of a dataset for its maps. */
export async function loadMapData(db: Kysely<DB>, datasetId: number): Promise<DossierMapData> {
	const [units, district, commune] = await Promise.all([
		listUnits(db, datasetId),
		listGeometries(db, datasetId, 'district'),
		listGeometries(db, datasetId, 'commune')
	]);
	return {
		units: new Map(units.map((u) => [u.code, u])),
		geometry: {
			district: new Map(district.map((g) => [g.code, g.geometry])),
			commune: new Map(commune.map((g) => [g.code, g.geometry]))
		}
	};
}

/**
 * The dossier's maps: before, after and one per new unit, as SVG and (unless `png: false`) PNG. `only` limits the
 * maps made (ids as in DossierMap.id).
 */
export function buildDossierMaps(
	dossier: Dossier,
	data: DossierMapData,
	opts: { png?: boolean; only?: string[] } = {}
): DossierMap[] {
	const want = (id: string) => !opts.only || opts.only.includes(id);
	const outlines: Record<Level, Map<string, Area>> = {
		district: dissolved(dossier, data, 'district'),
		commune: dissolved(dossier, data, 'commune')
	};
	const maps: Omit<DossierMap, 'png'>[] = [];
	if (want('before')) maps.push(beforeMap(dossier, data));
	if (want('after')) maps.push(afterMap(dossier, data, outlines));
	for (const n of dossier.plan.newUnits) {
		if (!want(`unit-${n.groupId}`)) continue;
		const m = unitMap(dossier, data, n, outlines[n.level].get(n.groupId));
		if (m) maps.push(m);
	}
	return maps.map((m) => (opts.png === false ? m : { ...m, png: svgToPng(m.svg) }));
}

/** Load a dossier's data and draw its maps. */
export async function dossierMaps(
	db: Kysely<DB>,
	dossier: Dossier,
	opts: { png?: boolean; only?: string[] } = {}
): Promise<DossierMap[]> {
	return buildDossierMaps(dossier, await loadMapData(db, dossier.title.datasetId), opts);
}

/**
 * The maps as files of their own (PNG or the SVG variant), for a download or the CLI: "ban-do-truoc-sap-xep.png",
 * "ban-do-sau-sap-xep.svg", "so-do-<group id>.png".
 */
export function mapFiles(maps: DossierMap[], format: 'png' | 'svg'): DossierFile[] {
	const base = (m: DossierMap) =>
		m.id === 'before' ? 'ban-do-truoc-sap-xep' : m.id === 'after' ? 'ban-do-sau-sap-xep' : `so-do-${m.groupId ?? m.id}`;
	const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '-');
	return maps.map((m) =>
		format === 'svg'
			? { filename: `${safe(base(m))}.svg`, contentType: 'image/svg+xml', bytes: new TextEncoder().encode(m.svg) }
			: { filename: `${safe(base(m))}.png`, contentType: 'image/png', bytes: m.png ?? svgToPng(m.svg) }
	);
}
