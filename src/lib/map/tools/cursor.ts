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

/** A PNG of the current view with the attribution drawn into it (the canvas keeps its buffer). */
export async function exportViewPng(map: MapLibreMap, attribution: string): Promise<Blob> {
	await new Promise<void>((resolve) => {
		map.once('render', () => resolve());
		map.triggerRepaint();
	});
	const source = map.getCanvas();
	const out = document.createElement('canvas');
	out.width = source.width;
	out.height = source.height;
	const g = out.getContext('2d');
	if (!g) throw new Error('This browser cannot draw a PNG.');
	g.drawImage(source, 0, 0);
	const scale = window.devicePixelRatio || 1;
	g.font = `${11 * scale}px "Frontier Sans", sans-serif`;
	const pad = 4 * scale;
	const width = g.measureText(attribution).width + pad * 2;
	const height = 16 * scale;
	g.fillStyle = 'rgba(255,255,255,0.85)';
	g.fillRect(out.width - width, out.height - height, width, height);
	g.fillStyle = '#222';
	g.textBaseline = 'middle';
	g.fillText(attribution, out.width - width + pad, out.height - height / 2);
	return new Promise((resolve, reject) =>
		out.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))),
			'image/png'
		)
	);
}
