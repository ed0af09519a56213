/**
 * MapLibre 6 ships its worker as a separate module and must be told where it is before the
 * first map is created; without it the map never reaches `idle`. Vite emits the worker as
 * a chunk of our own origin, which the CSP's `worker-src 'self'` allows.
 */
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

let configured = false;

/** Sets the worker's URL and starts the worker now (`prewarm`): the first map finds it booted. */
export function ensureMapWorker(): void {
	if (configured) return;
	setWorkerUrl(workerUrl);
	prewarm();
	configured = true;
}
