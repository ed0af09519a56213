import { MAP_EXTENT } from '$lib/geo/extent';

/** The camera as the URL and the postMessage API describe it. */
export type { CameraView } from '$lib/state/map-state';

/** Tajikistan with a margin: the default view when the URL gives none. */
export const TAJIKISTAN_BOUNDS: [[number, number], [number, number]] = [
	[67.3, 36.6],
	[75.2, 41.1]
];

/** The map's extent as MapLibre bounds: the camera never shows ground outside it (camera-bounds.ts). */
export const MAX_BOUNDS: [[number, number], [number, number]] = [
	[MAP_EXTENT[0], MAP_EXTENT[1]],
	[MAP_EXTENT[2], MAP_EXTENT[3]]
];

/** Why the map, or part of it, cannot be shown; rendered as a notice. */
export interface MapProblem {
	kind: 'webgl' | 'data';
	message: string;
	/** The data file that failed, for `data` problems. */
	file?: string;
}
