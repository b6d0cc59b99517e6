import type { MultiPolygon, Polygon } from 'geojson';
import { repairPolygon } from '../../domain/geo/repair.ts';
import { bi, ImportError, type InputLocation } from './errors.ts';

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
			bi(
				`hình học không sửa được (${(e as Error).message}). Sửa ranh giới trong phần mềm GIS rồi nhập lại.`,
				`geometry cannot be repaired (${(e as Error).message}). Fix the boundary in a GIS program and import again.`
			),
			where
		);
	}
}
