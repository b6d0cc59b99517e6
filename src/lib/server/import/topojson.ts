/**
 * TopoJSON topologies to FeatureCollections, one per object (layer), with topojson-client's `feature()`
 * (which also undoes quantisation and delta encoding).
 */
import type { FeatureCollection } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { ImportError } from './errors.ts';
import { both } from '../../i18n/catalogue.ts';

/** One layer of a topology. */
export interface TopologyLayer {
	/** Name used in messages: "tinh.topojson#communes". */
	name: string;
	/** Names that say which level the layer is: the object's name, then (for a lone object) the file's. */
	hints: string[];
	fc: FeatureCollection;
}

/** Whether parsed JSON is a TopoJSON Topology. */
export function isTopology(json: unknown): boolean {
	return !!json && typeof json === 'object' && (json as { type?: unknown }).type === 'Topology';
}

/** Every object of a topology as a FeatureCollection; a malformed topology is an error naming the file and object. */
export function topologyLayers(file: string, json: unknown): TopologyLayer[] {
	const topo = json as Partial<Topology>;
	const objects = topo.objects;
	if (!objects || typeof objects !== 'object' || !Object.keys(objects).length || !Array.isArray(topo.arcs)) {
		throw new ImportError('bad_topology', both('import.topojson.isTopojsonButLacksObjects'), { file });
	}
	const names = Object.keys(objects);
	const fileBase = file.replace(/^.*[\\/]/, '').replace(/\.(topo)?json$/i, '');
	return names.map((name) => {
		const where = `${file}#${name}`;
		let decoded: ReturnType<typeof feature>;
		try {
			decoded = feature(topo as Topology, objects[name] as GeometryObject);
		} catch (e) {
			throw new ImportError(
				'bad_topology',
				both('import.topojson.layerNameCannotBeDecoded', { name, p1: (e as Error).message }),
				{ file: where }
			);
		}
		const fc: FeatureCollection =
			decoded.type === 'FeatureCollection' ? decoded : { type: 'FeatureCollection', features: [decoded] };
		if (!fc.features.length) throw new ImportError('empty', both('import.geojson.hasNoFeatures'), { file: where });
		return { name: where, hints: names.length === 1 ? [name, fileBase] : [name], fc };
	});
}
