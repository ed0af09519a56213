/**
 * The small handle `MapView` gives to pages: the camera moves and read-outs they need, and
 * nothing else, so no page holds a MapLibre map or imports maplibre-gl. Tool overlays inside the
 * map reach MapLibre through `getMapContext()` instead.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Bbox, LonLat } from '$lib/geo/types';
import { bottomControlsHeight, sheetRoom, usesSheet } from './sheet';
import type { CameraView } from './view';

/** Room to leave around a fitted box: pixels on every side, or per side. */
export type Padding = number | { top: number; bottom: number; left: number; right: number };

export interface FitOptions {
	/** Zoom for a point (a box with no extent); default 8. */
	pointZoom?: number;
	padding?: Padding;
	/** Leave room for the selection's bottom sheet on a narrow map (default true). */
	sheetRoom?: boolean;
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
	/**
	 * The current view drawn at `pixelRatio` device pixels per CSS pixel, once everything has
	 * loaded: a copy of the map's canvas, its size in CSS pixels and the camera it shows. The
	 * map goes back to its own pixel ratio afterwards.
	 */
	captureView(pixelRatio: number): Promise<ViewCapture>;
}

/** A picture of the map (see `MapHandle.captureView`). */
export interface ViewCapture {
	/** `width × pixelRatio` by `height × pixelRatio` device pixels (fewer if the GPU caps the canvas). */
	image: HTMLCanvasElement;
	/** The map's size in CSS pixels. */
	width: number;
	height: number;
	view: CameraView;
}

/**
 * `p` shrunk so that at least a third of each dimension stays to fit into: padding meant for a
 * full page (or a sheet's room) must not leave a small map nothing, where MapLibre's fit breaks.
 */
export function fitInto(p: Padding, width: number, height: number): Padding {
	const s = toSides(p);
	const scale = (a: number, b: number, size: number) => {
		const most = (size * 2) / 3;
		return a + b > most ? most / (a + b) : 1;
	};
	const v = scale(s.top, s.bottom, height);
	const h = scale(s.left, s.right, width);
	if (v === 1 && h === 1) return p;
	return { top: s.top * v, bottom: s.bottom * v, left: s.left * h, right: s.right * h };
}

function toSides(p: Padding): { top: number; bottom: number; left: number; right: number } {
	return typeof p === 'number' ? { top: p, bottom: p, left: p, right: p } : { ...p };
}

const reducedMotion = () =>
	typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Wraps a loaded MapLibre map (used by MapView only). */
export function createMapHandle(map: MapLibreMap): MapHandle {
	return {
		fitBbox(bbox, opts = {}) {
			const [w, s, e, n] = bbox;
			const animate = !reducedMotion();
			const container = map.getContainer();
			const { clientWidth, clientHeight } = container;
			// On a narrow map the selection's card is a bottom sheet: frame above it.
			const sheet =
				opts.sheetRoom !== false && usesSheet(clientWidth)
					? sheetRoom(clientWidth, clientHeight, bottomControlsHeight(container))
					: 0;
			if (w === e && s === n) {
				// Put the point below the centre so the popup above it fits on screen, or above
				// the centre when the card is a sheet at the bottom.
				const room = sheet ? -sheet / 2 : Math.min(160, clientHeight * 0.22);
				map.flyTo({
					center: [w, s],
					zoom: Math.max(map.getZoom(), opts.pointZoom ?? 8),
					offset: [0, room],
					animate
				});
				return;
			}
			// extra room at the top for the search bar and the popup
			let padding: Padding = opts.padding ?? { top: 110, bottom: 40, left: 40, right: 60 };
			if (sheet) {
				const p = toSides(padding);
				const side = Math.min(p.left, p.right, 24);
				padding = { top: Math.min(p.top, 64), bottom: sheet + 12, left: side, right: side };
			}
			if (clientWidth <= 0 || clientHeight <= 0) {
				// Not laid out yet (a preview iframe): nothing to fit into, only a centre to keep.
				map.jumpTo({ center: [(w + e) / 2, (s + n) / 2] });
				return;
			}
			map.fitBounds(
				[
					[w, s],
					[e, n]
				],
				{ padding: fitInto(padding, clientWidth, clientHeight), maxZoom: 10, animate }
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
		view: () => readView(map),
		whenIdle() {
			return new Promise((resolve) => {
				map.once('idle', () => resolve());
				map.triggerRepaint();
			});
		},
		// the figure export's (the home page's analyst), loaded when first used
		captureView: (pixelRatio) =>
			import('./capture-view').then((c) => c.captureViewAt(map, pixelRatio))
	};
}

/** The camera of a MapLibre map. */
export function readView(map: MapLibreMap): CameraView {
	const c = map.getCenter();
	return {
		zoom: map.getZoom(),
		lat: c.lat,
		lon: c.lng,
		bearing: map.getBearing(),
		pitch: map.getPitch()
	};
}
