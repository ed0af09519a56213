/** Tracks the pointer's lon/lat over the map; returns the teardown. */
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';

export function trackCursor(
	map: MapLibreMap,
	onmove: (lonLat: [number, number] | null) => void
): () => void {
	const move = (ev: MapMouseEvent) => onmove([ev.lngLat.lng, ev.lngLat.lat]);
	const out = () => onmove(null);
	map.on('mousemove', move);
	map.on('mouseout', out);
	return () => {
		map.off('mousemove', move);
		map.off('mouseout', out);
	};
}
