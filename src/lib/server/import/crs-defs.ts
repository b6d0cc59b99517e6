/** The CRSs the importer knows (WGS84, Web Mercator, UTM, VN-2000 geographic/UTM/TM-3) as proj4 definitions. */
import type { Bilingual } from '../../domain/messages.ts';
import { both } from '../../i18n/catalogue.ts';

/** Official VN-2000 → WGS84 parameters: dX, dY, dZ (m), rX, rY, rZ (arc-seconds), scale (ppm). */
export const VN2000_TOWGS84 = [
	-191.90441429, -39.30318279, -111.45032835, -0.00928836, 0.01975479, -0.00427372, 0.252906278
] as const;
export const VN2000_DATUM = `+ellps=WGS84 +towgs84=${VN2000_TOWGS84.join(',')}`;
export const WGS84_DATUM = '+datum=WGS84';

/** A CRS the importer can reproject from. */
export interface CrsDef {
	/** Canonical id: "EPSG:4326", "vn2000-tm3:107.75", "proj4:…". */
	id: string;
	label: Bilingual;
	/** proj4 definition string. */
	proj4: string;
	/** Longitude/latitude in degrees (true) or projected metres (false). */
	geographic: boolean;
	/** WGS84 lon/lat itself: nothing to do. */
	isWgs84LonLat: boolean;
	/** Remarks found while reading a WKT (a TOWGS84 other than the official one, …). */
	notes?: Bilingual[];
}

/** Where a layer's CRS came from. */
export type CrsSource = { kind: 'option' } | { kind: 'prj'; file: string } | { kind: 'geojson'; file: string };

export const WGS84: CrsDef = {
	id: 'EPSG:4326',
	label: both('import.crsDefs.wgs84LongitudeLatitudeEpsg4326'),
	proj4: `+proj=longlat ${WGS84_DATUM} +no_defs`,
	geographic: true,
	isWgs84LonLat: true
};

/** Degrees as 107°45′ (minutes kept when not whole degrees). */
export function dms(deg: number): string {
	const d = Math.trunc(deg);
	const m = Math.round(Math.abs(deg - d) * 60 * 1000) / 1000;
	return m ? `${d}°${String(m).replace('.', ',')}′` : `${d}°`;
}

export function utmZone(zone: number, vn2000: boolean): CrsDef {
	const epsg = vn2000 ? ({ 48: 3405, 49: 3406 } as Record<number, number>)[zone] : 32600 + zone;
	const code = epsg ? ` (EPSG:${epsg})` : '';
	return {
		id: epsg ? `EPSG:${epsg}` : `${vn2000 ? 'vn2000' : 'wgs84'}-utm${zone}`,
		label: vn2000
			? both('import.crsDefs.vn2000UtmZoneZone', { zone, code })
			: both('import.crsDefs.wgs84UtmZoneZoneN', { zone, code }),
		proj4: `+proj=utm +zone=${zone} ${vn2000 ? VN2000_DATUM : WGS84_DATUM} +units=m +no_defs`,
		geographic: false,
		isWgs84LonLat: false
	};
}

/** VN-2000 TM-3 with a provincial central meridian (degrees east): k = 0.9999, FE = 500 000 m, FN = 0. */
export function vn2000Tm3(centralMeridian: number): CrsDef {
	return {
		id: `vn2000-tm3:${centralMeridian}`,
		label: both('import.crsDefs.vn2000Tm3Central', { p1: dms(centralMeridian) }),
		proj4: `+proj=tmerc +lat_0=0 +lon_0=${centralMeridian} +k=0.9999 +x_0=500000 +y_0=0 ${VN2000_DATUM} +units=m +no_defs`,
		geographic: false,
		isWgs84LonLat: false
	};
}

export const VN2000_GEOGRAPHIC: CrsDef = {
	id: 'EPSG:4756',
	label: both('import.crsDefs.vn2000LongitudeLatitudeEpsg'),
	proj4: `+proj=longlat ${VN2000_DATUM} +no_defs`,
	geographic: true,
	isWgs84LonLat: false
};

export const WEB_MERCATOR: CrsDef = {
	id: 'EPSG:3857',
	label: both('import.crsDefs.webMercatorEpsg3857'),
	proj4: '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +no_defs',
	geographic: false,
	isWgs84LonLat: false
};

/** EPSG codes known by number. */
export function byEpsg(code: number): CrsDef | null {
	if (code === 4326) return WGS84;
	if (code === 4756) return VN2000_GEOGRAPHIC;
	if (code === 3857 || code === 900913) return WEB_MERCATOR;
	if (code === 3405) return utmZone(48, true);
	if (code === 3406) return utmZone(49, true);
	if (code >= 32601 && code <= 32660) return utmZone(code - 32600, false);
	return null;
}
