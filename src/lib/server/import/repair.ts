import type { MultiPolygon, Polygon } from 'geojson';
import { repairPolygon } from '../../domain/geo/repair.ts';
import { ImportError, type InputLocation } from './errors.ts';
import { both } from '../../i18n/catalogue.ts';

/** Repair a unit's geometry or reject it with a precise error naming the file, feature and unit. */
export function repairGeometry(
	g: Polygon | MultiPolygon,
	where: InputLocation
): { geometry: Polygon | MultiPolygon; repairs: string[] } {
	try {
		return repairPolygon(g);
	} catch (e) {
		throw new ImportError(
			'irreparable_geometry',
			both('import.repair.geometryCannotBeRepairedP1', { p1: (e as Error).message }),
			where
		);
	}
}
