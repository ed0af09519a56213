/**
 * Range rings: geodesic circles on WGS84.
 *
 * @module
 */
import type { Polygon } from 'geojson';
import { assertLonLat, destination, type LonLat } from './geodesic';

/**
 * A geodesic circle: the polygon whose vertices all lie exactly `radiusMeters` from `center`
 * along geodesics of WGS84 (GeographicLib direct problem, at `steps` equally spaced bearings).
 *
 * The ring is counterclockwise (RFC 7946 §3.1.6: exterior rings counterclockwise), starts and ends
 * due north of the centre, and is closed. Edges between vertices are drawn straight on the map,
 * so with 128 steps the drawn circle is inside the true one by at most about
 * `radius · (1 − cos(π/steps))` (0.03 % of the radius). Rings around a pole or across the
 * antimeridian are not split; their coordinates stay finite.
 *
 * @param center `[lon, lat]` degrees
 * @param radiusMeters radius in metres (> 0)
 * @param steps number of vertices (integer ≥ 3, default 128)
 * @returns a GeoJSON Polygon with `steps + 1` positions (closed)
 * @throws {TypeError|RangeError} naming `center`, `radiusMeters` or `steps`
 * @example
 * rangeRing([68.55, 37.35], 40_000); // Kharbmaydon's ±40 km precision circle
 */
export function rangeRing(center: LonLat, radiusMeters: number, steps = 128): Polygon {
	assertLonLat(center, 'center');
	if (typeof radiusMeters !== 'number' || !Number.isFinite(radiusMeters)) {
		throw new TypeError(`radiusMeters must be a finite number, got ${String(radiusMeters)}`);
	}
	if (radiusMeters <= 0) throw new RangeError(`radiusMeters must be > 0, got ${radiusMeters}`);
	if (!Number.isInteger(steps) || steps < 3 || steps > 100_000) {
		throw new RangeError(`steps must be an integer in [3, 100000], got ${String(steps)}`);
	}
	const ring: LonLat[] = [];
	for (let i = 0; i < steps; i++) {
		// decreasing bearings: north, then west, south, east: counterclockwise
		ring.push(destination(center, (360 * (steps - i)) / steps, radiusMeters));
	}
	ring.push([ring[0]![0], ring[0]![1]]);
	return { type: 'Polygon', coordinates: [ring] };
}
