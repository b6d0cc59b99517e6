import type { ImportLimits } from './limits.ts';
/** The shapes the importer passes between its steps: input files, options, boundary layers, parsed units. */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { DatasetContext, DatasetStructure, Level, Terrain, UnitRecord } from '../../domain/units.ts';
import type { ImportWarning } from './errors.ts';
import type { FieldMap } from './fields.ts';
import type { UnitGeometryFacts } from './unit-geometry.ts';

/** One input file, from disk (CLI) or an upload (browser): the same code path for both. */
export interface ImportFile {
	name: string;
	data: Uint8Array | string;
}

export interface ImportOptions {
	name?: string;
	provinceCode?: string;
	provinceName?: string;
	referenceDate?: string | null;
	defaultTerrain?: Terrain;
	sourceNotes?: string;
	/** Property names forced by the user, per layer. */
	districtFields?: Partial<FieldMap>;
	communeFields?: Partial<FieldMap>;
	/**
	 * CRS of the boundary coordinates (`--crs` / upload field "crs"): "EPSG:3405", "vn2000-tm3:107.75", WKT…
	 * Wins over a .prj or GeoJSON `crs` member; without it, those are used, else lon/lat is required.
	 */
	crs?: string;
	/**
	 * 'two-tier' (communes only, parent = province: provinces' data since 1 July 2025) or 'three-tier' (districts and
	 * communes). Absent: two-tier when no district layer is given and the communes carry no district code.
	 */
	structure?: DatasetStructure;
	/**
	 * Encoding of text files that declare none and are not UTF-8 (a DBF without .cpg, a CSV): a TextDecoder label
	 * ("windows-1258", "1258", "latin1"). Without it such files are refused.
	 */
	encoding?: string;
	/** Import limits; default: importLimits() from the environment. */
	limits?: ImportLimits;
}

/** A boundary layer from any format (GeoJSON file, TopoJSON object, Shapefile), before its CRS is applied. */
export interface BoundaryLayer {
	/** Name in messages: "communes.geojson", "tinh.zip/communes.shp", "tinh.topojson#communes". */
	name: string;
	/** Names that may say the level (district / commune), most specific first. */
	hints: string[];
	fc: FeatureCollection;
	prj?: { file: string; text: string };
	crsMember?: unknown;
}

export interface ParsedUnit {
	record: UnitRecord;
	geometry: Polygon | MultiPolygon;
	facts: UnitGeometryFacts;
	extra: Record<string, unknown>;
}

export interface ParsedDataset {
	dataset: DatasetContext & { name: string; sourceNotes: string | null; structure: DatasetStructure };
	districts: ParsedUnit[];
	communes: ParsedUnit[];
	warnings: ImportWarning[];
	repairs: { code: string; level: Level; repairs: string[] }[];
}
