/** Reading boundary files into layers (GeoJSON, TopoJSON, Shapefile) and telling the district layer from the commune layer. */
import type { FeatureCollection } from 'geojson';
import type { DatasetStructure } from '../../domain/units.ts';
import { ImportError, warning, type ImportWarning } from './errors.ts';
import { detectFields } from './fields.ts';
import { asFeatureCollection, parseJson } from './geojson.ts';
import { SHAPEFILE_PART, shapefileLayersFromFiles, shapefileLayersFromZip } from './shapefile.ts';
import { isTopology, topologyLayers } from './topojson.ts';
import type { BoundaryLayer, ImportFile } from './types.ts';
import { both } from '../../i18n/catalogue.ts';

const LEVEL_VI: Record<'district' | 'commune', string> = { district: 'cấp huyện', commune: 'cấp xã' };

const baseName = (name: string) => name.replace(/^.*[\\/]/, '');

/** Read every boundary file into layers (GeoJSON, TopoJSON, zipped or loose Shapefiles); CSV files are set apart. */
function readBoundaryLayers(
	files: ImportFile[],
	warnings: ImportWarning[]
): { layers: BoundaryLayer[]; csv: ImportFile[] } {
	const layers: BoundaryLayer[] = [];
	const csv: ImportFile[] = [];
	const shapefileParts: ImportFile[] = [];
	for (const f of files) {
		const lower = f.name.toLowerCase();
		if (lower.endsWith('.csv')) csv.push(f);
		else if (lower.endsWith('.geojson') || lower.endsWith('.json') || lower.endsWith('.topojson')) {
			const json = parseJson(f.name, f.data);
			if (isTopology(json)) layers.push(...topologyLayers(f.name, json));
			else
				layers.push({
					name: f.name,
					hints: [baseName(f.name)],
					fc: asFeatureCollection(f.name, json),
					crsMember: (json as { crs?: unknown }).crs
				});
		} else if (lower.endsWith('.zip')) layers.push(...shapefileLayersFromZip(f, warnings));
		else if (SHAPEFILE_PART.test(lower)) shapefileParts.push(f);
		else
			throw new ImportError('unsupported_file', both('import.classify.unsupportedFileTypeUseGeojson'), {
				file: f.name
			});
	}
	if (shapefileParts.length) layers.push(...shapefileLayersFromFiles(shapefileParts, warnings));
	return { layers, csv };
}

const DISTRICT_NAME = /(district|huyen|cap_?huyen)/;
const COMMUNE_NAME = /(commune|ward|(^|[^a-z])xa([^a-z]|$)|cap_?xa)/;

/** The first hint that names a level: a topology object or .shp name before the file or archive name. */
function levelKey(l: BoundaryLayer): string | null {
	for (const h of l.hints) {
		const n = baseName(h).toLowerCase();
		if (DISTRICT_NAME.test(n) || COMMUNE_NAME.test(n)) return n;
	}
	return null;
}

/** Sort boundary layers into the district layer and the commune layer; attribute tables are set apart. */
export function classifyFiles(
	files: ImportFile[],
	structure?: DatasetStructure
): {
	districts?: BoundaryLayer;
	communes?: BoundaryLayer;
	csv: ImportFile[];
	warnings: ImportWarning[];
} {
	const warnings: ImportWarning[] = [];
	const { layers, csv } = readBoundaryLayers(files, warnings);
	const out: { districts?: BoundaryLayer; communes?: BoundaryLayer; csv: ImportFile[]; warnings: ImportWarning[] } = {
		csv,
		warnings
	};
	const byName = (re: RegExp) =>
		layers.filter((l) => {
			const key = levelKey(l);
			return key != null && re.test(key);
		});
	const districtFiles = byName(DISTRICT_NAME);
	const communeFiles = byName(COMMUNE_NAME);
	const pick = (list: BoundaryLayer[], level: 'district' | 'commune'): BoundaryLayer | undefined => {
		if (list.length <= 1) return list[0];
		// The folder layout of a prepared dataset: prefer the plain name (districts.geojson over districts_from_communes.geojson).
		const plain = list.filter((l) => /^(districts|communes)(\.(geo|topo)?json|\.shp)?$/i.test(levelKey(l) ?? ''));
		if (plain.length === 1) return plain[0];
		throw new ImportError(
			'ambiguous_files',
			both('import.classify.severalLevelBoundaryFilesP2', {
				p1: LEVEL_VI[level],
				p2: list.map((f) => f.name).join(', '),
				level
			})
		);
	};
	out.districts = pick(districtFiles, 'district');
	out.communes = pick(
		communeFiles.filter((f) => f !== out.districts),
		'commune'
	);
	for (const f of layers) {
		if (f !== out.districts && f !== out.communes) {
			if (!out.districts && !districtFiles.includes(f) && !communeFiles.includes(f)) {
				// Unnamed layer: decide later by content.
				continue;
			}
			out.warnings.push(
				warning('file_ignored', both('import.classify.fileIgnoredAnotherBoundaryFile'), { file: f.name })
			);
		}
	}
	// Layers whose names say nothing: a layer whose features carry a district code is the commune layer.
	for (const f of layers) {
		if (f === out.districts || f === out.communes || districtFiles.includes(f) || communeFiles.includes(f)) continue;
		const keys = Object.keys(f.fc.features[0]?.properties ?? {});
		const fields = detectFields(keys, 'commune');
		// A lone layer, or any layer of a dataset declared two-tier, is the commune layer of a two-tier dataset.
		const twoTier = structure === 'two-tier' || (layers.length === 1 && structure !== 'three-tier');
		if ((fields.parent || twoTier) && !out.communes) out.communes = f;
		else if (!out.districts) out.districts = f;
		else
			out.warnings.push(warning('file_ignored', both('import.classify.fileOfUnknownLevelIgnored'), { file: f.name }));
	}
	return out;
}

/** Property names found on a layer's features (the first 50). */
export function propKeys(fc: FeatureCollection): Set<string> {
	const keys = new Set<string>();
	for (const f of fc.features.slice(0, 50)) for (const k of Object.keys(f.properties ?? {})) keys.add(k);
	return keys;
}
