/**
 * The map's extent: the study box every data file is cut to (geodata/sources/README.md, "Study
 * box"), so the one area where the map has something to show. Typed coordinates outside it are
 * refused, and the camera may be bounded by it.
 *
 * @module
 */
import type { Bbox, LonLat } from './types';

/** Longitude 60° E to 80° E, latitude 33° N to 44° N, as `[west, south, east, north]`. */
export const MAP_EXTENT: Readonly<Bbox> = [60, 33, 80, 44];

/**
 * Whether a position lies inside a box (edges included).
 *
 * @example
 * inExtent([68.7833, 38.5333]); //=> true
 * inExtent([-91, 10]); //=> false
 */
export function inExtent(p: LonLat, extent: Readonly<Bbox> = MAP_EXTENT): boolean {
	const [w, s, e, n] = extent;
	return p[0] >= w && p[0] <= e && p[1] >= s && p[1] <= n;
}

const deg = (v: number, pos: string, neg: string) => `${Math.abs(v)}° ${v < 0 ? neg : pos}`;

/**
 * The box in words, latitude first as people read coordinates.
 *
 * @example
 * describeExtent(); //=> "latitude 33° N to 44° N, longitude 60° E to 80° E"
 */
export function describeExtent(extent: Readonly<Bbox> = MAP_EXTENT): string {
	const [w, s, e, n] = extent;
	return (
		`latitude ${deg(s, 'N', 'S')} to ${deg(n, 'N', 'S')}, ` +
		`longitude ${deg(w, 'E', 'W')} to ${deg(e, 'E', 'W')}`
	);
}
