/**
 * The bare-MapLibre baseline of `npm run bench`: the same style (buildStyle, light theme, the
 * default layers), the same data URLs (/data/*.geojson on the same origin), the same label fonts
 * declared by the same @font-face file and loaded the same way before the map starts, and the same
 * camera and canvas options as MapView.svelte — with no framework, no router and no UI around it.
 * It sets `window.__frontierMap` on `load`, exactly as the app does, so both are timed alike.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import '../../src/lib/map/fonts.css';
import {
	AttributionControl,
	FullscreenControl,
	Map,
	NavigationControl,
	ScaleControl,
	setWorkerUrl
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { buildStyle } from '../../src/lib/layers';
import { lightTheme } from '../../src/lib/layers/theme';
import { DEFAULT_LAYER_IDS } from '../../src/lib/layers/layer-ids';
import { MAX_BOUNDS, TAJIKISTAN_BOUNDS } from '../../src/lib/map/view';

const LABEL_FACES = [
	'400 16px "Noto Sans Regular"',
	'700 16px "Noto Sans Bold"',
	'italic 400 16px "Noto Sans Italic"'
];

async function start(): Promise<void> {
	setWorkerUrl(workerUrl);
	await Promise.allSettled(LABEL_FACES.map((face) => document.fonts.load(face)));
	const map = new Map({
		container: 'map',
		style: buildStyle(lightTheme, `${location.origin}/data/`, DEFAULT_LAYER_IDS),
		bounds: TAJIKISTAN_BOUNDS,
		fitBoundsOptions: { padding: 20 },
		maxBounds: MAX_BOUNDS,
		maxZoom: 16,
		attributionControl: false,
		canvasContextAttributes: { antialias: true }
	});
	map.addControl(new AttributionControl({ compact: false }), 'bottom-right');
	map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
	// the embed's default controls: zoom and fullscreen
	map.addControl(new NavigationControl({ visualizePitch: true }), 'top-right');
	map.addControl(new FullscreenControl(), 'top-right');
	map.once('load', () => {
		(window as unknown as { __frontierMap?: Map }).__frontierMap = map;
	});
}

void start();
