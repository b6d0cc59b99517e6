/**
 * The data-quality report's model (see quality.ts): the units it reads, its rows, its options with their defaults,
 * and the few things every check shares.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { AdjacencyEdge } from './adjacency';
import { DEFAULT_AREA_DIFFERENCE_WARN } from '../rules/common';

export type Geometry = Polygon | MultiPolygon;

export interface QualityUnit {
	code: string;
	name?: string;
	geometry: Geometry;
}

export interface QualityCommune extends QualityUnit {
	districtCode: string | null;
}

export type QualityKind =
	'ring-repaired' | 'overlap' | 'gap' | 'no-neighbour' | 'outside-district' | 'area-mismatch' | 'check-failed';

export type QualitySeverity = 'info' | 'warning' | 'error';

/** One finding. `value` is in `unit` (km², %, count); `location` is [lon, lat] to zoom to. */
export interface QualityRow {
	kind: QualityKind;
	severity: QualitySeverity;
	codes: string[];
	value: number | null;
	unit: 'km2' | 'percent' | 'count' | null;
	location?: [number, number];
	message_vi: string;
	message_en: string;
}

export interface QualityOptions {
	/** Overlaps between neighbours smaller than this are not reported, km². Default 0.05 (5 ha). */
	overlapMinKm2?: number;
	/** Overlap from which the row is a warning (else info), km². Default 0.5. */
	overlapWarnKm2?: number;
	/** Gaps (holes in the union of a level) smaller than this are not reported, km². Default 0.05. */
	gapMinKm2?: number;
	/** Gap from which the row is a warning (else info), km². Default 0.5. */
	gapWarnKm2?: number;
	/** Share of a commune's area outside its district that is reported. Default 0.01 (1 %). */
	outsideShare?: number;
	/**
	 * Relative difference computed vs official area that is reported. Default: the rule set's value
	 * `data.area_difference_warn` (5 %), the one threshold the verdicts and the unit panel use too.
	 */
	areaDiffShare?: number;
	/** Relative area difference from which the row is an error. Default 0.2 (20 %). */
	areaDiffErrorShare?: number;
}

export interface QualityInput {
	districts: QualityUnit[];
	communes: QualityCommune[];
	/**
	 * Adjacency edges (communes and/or districts, codes are unique across levels). Computed when missing; a level
	 * without any edge in the list is computed too.
	 */
	adjacency?: AdjacencyEdge[];
	/** Official natural areas by unit code, km². */
	officialAreas?: Record<string, number | null | undefined> | Map<string, number>;
	/** Repair notes from the importer (`repairPolygon`), by unit code. */
	repairs?: { code: string; repairs: string[] }[];
	options?: QualityOptions;
}

/** The options with their defaults filled in. */
export type ResolvedQualityOptions = Required<QualityOptions>;

export function resolveQualityOptions(o: QualityOptions = {}): ResolvedQualityOptions {
	return {
		overlapMinKm2: o.overlapMinKm2 ?? 0.05,
		overlapWarnKm2: o.overlapWarnKm2 ?? 0.5,
		gapMinKm2: o.gapMinKm2 ?? 0.05,
		gapWarnKm2: o.gapWarnKm2 ?? 0.5,
		outsideShare: o.outsideShare ?? 0.01,
		areaDiffShare: o.areaDiffShare ?? DEFAULT_AREA_DIFFERENCE_WARN,
		areaDiffErrorShare: o.areaDiffErrorShare ?? 0.2
	};
}

/** A unit as the messages name it: "Name (code)", or the code. */
export type UnitLabel = (code: string) => string;

/** A level as the Vietnamese messages say it. */
export const levelVi = (l: 'commune' | 'district') => (l === 'commune' ? 'cấp xã' : 'cấp huyện');
