/**
 * A picture of the map at a chosen pixel ratio, for the figure export (src/lib/figure/export.ts,
 * through `MapHandle.captureView`): its own module, loaded when first used.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { readView, type ViewCapture } from './handle';
// a named import: `m.` reads as the map in this folder (maplibre-contract.test.ts)
import { analyst_png_unsupported } from '$lib/paraglide/messages';

/**
 * Renders the map at `pixelRatio` and copies its canvas. No preserveDrawingBuffer: the copy is
 * made inside the `idle` event, which MapLibre fires in the same frame right after drawing
 * everything (all sources loaded, no fade in progress), before the buffer is cleared.
 */
export async function captureViewAt(map: MapLibreMap, pixelRatio: number): Promise<ViewCapture> {
	const own = map.getPixelRatio();
	if (own !== pixelRatio) map.setPixelRatio(pixelRatio);
	try {
		const image = await new Promise<HTMLCanvasElement>((resolve, reject) => {
			map.once('idle', () => {
				const source = map.getCanvas();
				const copy = document.createElement('canvas');
				copy.width = source.width;
				copy.height = source.height;
				const g = copy.getContext('2d');
				if (!g) return reject(new Error(analyst_png_unsupported()));
				g.drawImage(source, 0, 0);
				resolve(copy);
			});
			map.triggerRepaint();
		});
		const box = map.getContainer();
		return { image, width: box.clientWidth, height: box.clientHeight, view: readView(map) };
	} finally {
		// MapView sets no pixel ratio: null gives the map back to devicePixelRatio, as MapLibre
		// documents for setPixelRatio (its type says number only)
		if (own !== pixelRatio) map.setPixelRatio(null as unknown as number);
	}
}
