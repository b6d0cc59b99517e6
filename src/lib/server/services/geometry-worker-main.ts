/**
 * The geometry worker (a worker thread, see geometry-jobs.ts): the map endpoints' long geometry work, so the server's
 * event loop keeps answering while it runs (simplifying a country's communes for the after view took ~1.9 s of the
 * main thread, dissolving a scenario of 10,000 communes ~1.4 s). One job at a time, in order.
 */
import { parentPort } from 'node:worker_threads';
import type { MultiPolygon, Polygon } from 'geojson';
import { dissolveScenario } from '../../domain/geo/dissolve.ts';
import { simplifiedLayerGeoJson } from './map-geometry.ts';
import type { GeometryJob, GeometryJobReply } from './geometry-jobs.ts';

type Area = Polygon | MultiPolygon;

function run(job: GeometryJob): string {
	if (job.type === 'simplify') return simplifiedLayerGeoJson(job.rows);
	const parts: string[] = [];
	for (const { level, text } of job.layers) {
		const layer = JSON.parse(text) as { features: { properties: { code: string }; geometry: Area }[] };
		const groupOf = job.groupOf[level] ?? {};
		const units = layer.features.map((f) => ({ code: f.properties.code, geometry: f.geometry }));
		for (const [groupId, r] of dissolveScenario(units, (code) => groupOf[code]))
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
