/**
 * The map tile worker (a worker thread, see map-tiles.ts): holds, per dataset version and level, the units' outlines
 * snapped into one shared-arc topology and presimplified (topology-simplify.ts), and cuts a vector tile on request,
 * so the main thread never runs any geometry for the map. Messages are handled one at a time, in order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildTileSet, type TileSet } from './tile-set.ts';
import type { TileWorkerReply, TileWorkerRequest } from './tile-set.ts';
import { runAsBackgroundThread } from '../background-thread.ts';

runAsBackgroundThread();

const limit: number = (workerData as { sets?: number } | undefined)?.sets ?? 6;
/** Layers given by the main thread, built on their first tile; least recently used first. */
const sets = new Map<string, { text: string | null; set: TileSet | null }>();

function setOf(key: string): TileSet | null {
	const entry = sets.get(key);
	if (!entry) return null;
	sets.delete(key);
	sets.set(key, entry);
	if (!entry.set) {
		entry.set = buildTileSet(entry.text!);
		entry.text = null;
	}
	return entry.set;
}

parentPort!.on('message', (m: TileWorkerRequest) => {
	const reply = (r: TileWorkerReply, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(r, transfer);
	if (m.type === 'load') {
		if (!sets.has(m.key)) sets.set(m.key, { text: m.text, set: null });
		while (sets.size > limit) sets.delete(sets.keys().next().value!);
		return;
	}
	if (m.type === 'build') {
		try {
			setOf(m.key);
		} catch (e) {
			console.error('tile worker: building', m.key, e); // the first tile asked for will answer the error
		}
		return;
	}
	try {
		const set = setOf(m.key);
		if (!set) return reply({ id: m.id, missing: true });
		const bytes = set.tile(m.z, m.x, m.y);
		reply({ id: m.id, bytes }, [bytes.buffer as ArrayBuffer]);
	} catch (e) {
		reply({ id: m.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
	}
});
