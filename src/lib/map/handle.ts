/**
 * The small handle `MapView` gives to pages: the camera moves and read-outs they need, and
 * nothing else, so no page holds a MapLibre map or imports maplibre-gl. Tool overlays inside the
 * map reach MapLibre through `getMapContext()` instead.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Bbox, LonLat } from '$lib/geo/types';
import type { CameraView } from './view';

/** Room to leave around a fitted box: pixels on every side, or per side. */
export type Padding = number | { top: number; bottom: number; left: number; right: number };

export interface FitOptions {
	/** Zoom for a point (a box with no extent); default 8. */
	pointZoom?: number;
	padding?: Padding;
}

export interface MapHandle {
	/** Fits a [w, s, e, n] box, or centres a point box at `pointZoom`; animated unless the reader prefers reduced motion. */
	fitBbox(bbox: Bbox, opts?: FitOptions): void;
	/** Moves to a view at once (URL or host page). */
	jumpTo(view: CameraView): void;
	/** Flies to a point, zooming in to at least `minZoom`. */
	flyTo(center: LonLat, minZoom: number): void;
	/** The camera now. */
	view(): CameraView;
	/** Resolves when the map next becomes idle (everything loaded and drawn). */
	whenIdle(): Promise<void>;
	/** A PNG of the current view with `attribution` drawn into its corner. */
	exportPng(attribution: string): Promise<Blob>;
}

const reducedMotion = () =>
	typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Wraps a loaded MapLibre map (used by MapView only). */
export function createMapHandle(map: MapLibreMap): MapHandle {
	return {
		fitBbox(bbox, opts = {}) {
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
				{
					padding: opts.padding ?? { top: 110, bottom: 40, left: 40, right: 60 },
					maxZoom: 10,
					animate
				}
			);
		},
		jumpTo(view) {
			map.jumpTo({
				center: [view.lon, view.lat],
				zoom: view.zoom,
				bearing: view.bearing,
				pitch: view.pitch
			});
		},
		flyTo(center, minZoom) {
			map.flyTo({ center, zoom: Math.max(map.getZoom(), minZoom), animate: !reducedMotion() });
		},
		view() {
			const c = map.getCenter();
			return {
				zoom: map.getZoom(),
				lat: c.lat,
				lon: c.lng,
				bearing: map.getBearing(),
				pitch: map.getPitch()
			};
		},
		whenIdle() {
			return new Promise((resolve) => {
				map.once('idle', () => resolve());
				map.triggerRepaint();
			});
		},
		exportPng: (attribution) => exportViewPng(map, attribution)
	};
}

/** A PNG of the current view with the attribution drawn into it. */
async function exportViewPng(map: MapLibreMap, attribution: string): Promise<Blob> {
	// No preserveDrawingBuffer: read the canvas right after a frame is drawn.
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
