/**
 * A MapLibre map as every map of the app starts it (the dataset and scenario maps, MapView; the after map, AfterMap):
 * our own worker file and style (no remote URL: office networks with no internet), fitted to the province, no
 * rotation or pitch, zoom buttons and a metric scale. On each idle the container's `data-idle` attribute gets the
 * time (the browser tests wait on it), and the map is `window.sapxepMap` (the tests read it).
 */
import {
	Map as MapLibreMap,
	NavigationControl,
	ScaleControl,
	getWorkerCount,
	setWorkerCount,
	setWorkerUrl,
	type StyleSpecification
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

export interface CreateMapOptions {
	/** The province's lon/lat box to open on; null opens on the style's default view. */
	bounds: [number, number, number, number] | null;
	/** Keep the drawing after each frame, so the browser's print and the tests can read it (costs some speed). */
	preserveDrawingBuffer: boolean;
	scalePosition: 'bottom-left' | 'bottom-right';
	/** Extra MapLibre options (e.g. no fade, no box zoom). */
	more?: Partial<ConstructorParameters<typeof MapLibreMap>[0]>;
}

/**
 * How many workers cut the tiles: MapLibre's default is one (outside Safari), so a country's six first tiles were
 * triangulated one after another while the other core waited. Two (three from six cores on), one on a single core;
 * set before the first map starts its workers (the pool is shared by every map of the page).
 */
const CORES = globalThis.navigator?.hardwareConcurrency ?? 2;
const TILE_WORKERS = CORES <= 1 ? 1 : Math.min(3, Math.max(2, Math.floor(CORES / 2)));

export function createMap(container: HTMLElement, style: StyleSpecification, o: CreateMapOptions): MapLibreMap {
	setWorkerUrl(workerUrl);
	if (getWorkerCount() < TILE_WORKERS) setWorkerCount(TILE_WORKERS);
	const b = o.bounds;
	const m = new MapLibreMap({
		container,
		style,
		bounds: b
			? [
					[b[0], b[1]],
					[b[2], b[3]]
				]
			: undefined,
		fitBoundsOptions: { padding: 24 },
		attributionControl: false,
		dragRotate: false,
		pitchWithRotate: false,
		canvasContextAttributes: { preserveDrawingBuffer: o.preserveDrawingBuffer },
		...o.more
	});
	m.addControl(new NavigationControl({ showCompass: false }), 'top-right');
	m.addControl(new ScaleControl({ unit: 'metric' }), o.scalePosition);
	m.on('idle', () => container.setAttribute('data-idle', String(Date.now())));
	(window as unknown as { sapxepMap?: MapLibreMap }).sapxepMap = m;
	return m;
}
