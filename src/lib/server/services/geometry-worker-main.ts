/**
 * The geometry worker (a worker thread, see geometry-jobs.ts): the map endpoints' long geometry work, so the server's
 * event loop keeps answering while it runs (simplifying a country's communes for the after view took ~1.9 s of the
 * main thread, dissolving a scenario of 10,000 communes ~1.4 s). One job at a time, in order.
 */
import { parentPort } from 'node:worker_threads';
import type { MultiPolygon, Polygon } from 'geojson';
import { createHash } from 'node:crypto';
import { buildLayerTopology, dissolveLayer, type LayerTopology } from '../../domain/geo/dissolve.ts';
import { simplifiedLayerGeoJson } from './map-geometry.ts';
import type { GeometryJob, GeometryJobReply } from './geometry-jobs.ts';
import { runAsBackgroundThread } from '../background-thread.ts';

runAsBackgroundThread();

type Area = Polygon | MultiPolygon;

/**
 * The layers' snapped topologies, by their text's hash (a dataset version's simplified level), most recent last: the
 * topology is most of a dissolve (a country's communes: ~1 s of ~1.2 s), and every version of every scenario on the
 * dataset dissolves its groups on the same one.
 */
const topologies = new Map<string, LayerTopology>();
const TOPOLOGIES_KEPT = 2;

function topologyOf(text: string): LayerTopology {
	const key = createHash('sha1').update(text).digest('base64');
	let t = topologies.get(key);
	if (t) topologies.delete(key);
	else {
		const layer = JSON.parse(text) as { features: { properties: { code: string }; geometry: Area }[] };
		t = buildLayerTopology(layer.features.map((f) => ({ code: f.properties.code, geometry: f.geometry })));
		while (topologies.size >= TOPOLOGIES_KEPT) topologies.delete(topologies.keys().next().value!);
	}
	topologies.set(key, t);
	return t;
}

function run(job: GeometryJob): string {
	if (job.type === 'simplify') return simplifiedLayerGeoJson(job.rows);
	const parts: string[] = [];
	for (const { level, text } of job.layers) {
		const groupOf = job.groupOf[level] ?? {};
		for (const [groupId, r] of dissolveLayer(topologyOf(text), (code) => groupOf[code]))
			parts.push(
				`{"type":"Feature","properties":${JSON.stringify({ groupId, level })},"geometry":${JSON.stringify(r.geometry)}}`
			);
	}
	return `{"type":"FeatureCollection","features":[${parts.join(',')}]}`;
}

parentPort!.on('message', (job: GeometryJob) => {
	let reply: GeometryJobReply;
	try {
		reply = { id: job.id, text: run(job) };
	} catch (e) {
		reply = { id: job.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
	}
	parentPort!.postMessage(reply);
});
