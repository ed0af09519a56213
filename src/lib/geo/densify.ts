/**
 * Points along a geodesic, so that a long segment exported to GIS software (which joins vertices
 * with straight lines in longitude/latitude) follows the geodesic it was measured along.
 *
 * @module
 */
import geodesicLib from 'geographiclib-geodesic';
import { assertLonLat, WGS84 } from './geodesic';
import type { LonLat } from './types';

const { Geodesic } = geodesicLib;

/** The longest step between exported vertices, metres (over the map, a straight lon/lat chord this long strays about 2 m at most from the geodesic). */
export const DENSIFY_STEP_METERS = 10_000;

/**
 * The vertices of the geodesic from `a` to `b`, equally spaced no more than `maxStepMeters`
 * apart, both ends included exactly as given.
 *
 * Method: GeographicLib `InverseLine` then `Position` at equal distances (Karney 2013).
 *
 * @param a start `[lon, lat]`, degrees
 * @param b end `[lon, lat]`, degrees
 * @param maxStepMeters the longest step, metres (> 0; default {@link DENSIFY_STEP_METERS})
 * @returns `[a, …, b]`: two vertices when the segment is no longer than one step
 * @throws {TypeError|RangeError} naming `a`, `b` or `maxStepMeters`
 * @example
 * densifyGeodesic([68.7833, 38.5333], [71.55583, 37.49167]).length; //=> 28 (269.5 km in 27 steps)
 */
export function densifyGeodesic(
	a: LonLat,
	b: LonLat,
	maxStepMeters: number = DENSIFY_STEP_METERS
): LonLat[] {
	assertLonLat(a, 'a');
	assertLonLat(b, 'b');
	if (typeof maxStepMeters !== 'number' || !(maxStepMeters > 0) || !Number.isFinite(maxStepMeters))
		throw new RangeError(`maxStepMeters must be a positive number, got ${String(maxStepMeters)}`);
	const line = WGS84.InverseLine(
		a[1],
		a[0],
		b[1],
		b[0],
		Geodesic.DISTANCE_IN | Geodesic.LATITUDE | Geodesic.LONGITUDE
	);
	const steps = Math.max(1, Math.ceil(line.s13 / maxStepMeters));
	const out: LonLat[] = [[a[0], a[1]]];
	for (let i = 1; i < steps; i++) {
		const p = line.Position((line.s13 * i) / steps, Geodesic.LATITUDE | Geodesic.LONGITUDE);
		out.push([p.lon2 ?? NaN, p.lat2 ?? NaN]);
	}
	out.push([b[0], b[1]]);
	return out;
}

/**
 * A path's vertices with every segment densified ({@link densifyGeodesic}), shared vertices once.
 *
 * @param points the path, `[lon, lat]` degrees
 * @example
 * densifyPath([[68.78, 38.53], [68.55, 37.35]], 50_000).length; //=> 4
 */
export function densifyPath(
	points: readonly LonLat[],
	maxStepMeters: number = DENSIFY_STEP_METERS
): LonLat[] {
	if (points.length < 2) return points.map((p) => [p[0], p[1]]);
	const out: LonLat[] = [];
	for (let i = 1; i < points.length; i++) {
		const part = densifyGeodesic(points[i - 1]!, points[i]!, maxStepMeters);
		out.push(...(i === 1 ? part : part.slice(1)));
	}
	return out;
}
