/** The camera as the URL and the postMessage API describe it. */
export type { CameraView } from '$lib/state/map-state';

/** Tajikistan with a margin: the default view when the URL gives none. */
export const TAJIKISTAN_BOUNDS: [[number, number], [number, number]] = [
	[67.3, 36.6],
	[75.2, 41.1]
];

/** Keeps the camera over the study area (the data covers lon 60–80, lat 33–44). */
export const MAX_BOUNDS: [[number, number], [number, number]] = [
	[55, 29],
	[85, 48]
];

/** Why the map, or part of it, cannot be shown; rendered as a notice. */
export interface MapProblem {
	kind: 'webgl' | 'data';
	message: string;
	/** The data file that failed, for `data` problems. */
	file?: string;
}
