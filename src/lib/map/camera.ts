/** Camera moves the pages ask for, kept here so only src/lib/map talks to MapLibre. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapViewState } from './view';

const reducedMotion = () =>
	typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Fits a [w,s,e,n] box (a point box zooms to `pointZoom`), leaving room for the panel. */
export function fitBbox(
	map: MapLibreMap,
	bbox: [number, number, number, number],
	opts: {
		pointZoom?: number;
		padding?: number | { top: number; bottom: number; left: number; right: number };
	} = {}
): void {
	const [w, s, e, n] = bbox;
	const animate = !reducedMotion();
	if (w === e && s === n) {
		// Put the point below the centre so the popup above it fits on screen.
		const room = Math.min(160, map.getContainer().clientHeight * 0.22);
		map.flyTo({
			center: [w, s],
			zoom: Math.max(map.getZoom(), opts.pointZoom ?? 8),
			offset: [0, room],
			animate
		});
		return;
	}
	map.fitBounds(
		[
			[w, s],
			[e, n]
		],
		// extra room at the top for the search bar and the popup
		{ padding: opts.padding ?? { top: 110, bottom: 40, left: 40, right: 60 }, maxZoom: 10, animate }
	);
}

/** Jumps to a view given by the URL or a host page. */
export function jumpTo(map: MapLibreMap, view: MapViewState): void {
	map.jumpTo({
		center: [view.lon, view.lat],
		zoom: view.zoom,
		bearing: view.bearing,
		pitch: view.pitch
	});
}
