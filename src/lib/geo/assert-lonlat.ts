/**
 * The one check of a `[lon, lat]` input, shared by the geodesy (./geodesic.ts, which re-exports
 * it) and the coordinate formats (DD, DMS, MGRS): kept apart from GeographicLib so that the
 * pointer's coordinate readout can format a position without loading it.
 */
import type { Position } from 'geojson';

/**
 * Throws unless `p` is a finite `[lon, lat]` with latitude in [-90, 90].
 * Longitude may be any finite number (GeographicLib reduces it).
 *
 * @param p the position to check
 * @param name the parameter name used in the error message
 * @throws {TypeError} when `p` is not an array of two finite numbers
 * @throws {RangeError} when the latitude is outside [-90, 90]
 */
export function assertLonLat(p: unknown, name: string): asserts p is Position {
	if (!Array.isArray(p) || p.length < 2) {
		throw new TypeError(`${name} must be a [longitude, latitude] array`);
	}
	const lon: unknown = p[0];
	const lat: unknown = p[1];
	if (typeof lon !== 'number' || !Number.isFinite(lon)) {
		throw new TypeError(`${name}[0] (longitude) must be a finite number, got ${String(lon)}`);
	}
	if (typeof lat !== 'number' || !Number.isFinite(lat)) {
		throw new TypeError(`${name}[1] (latitude) must be a finite number, got ${String(lat)}`);
	}
	if (lat < -90 || lat > 90) {
		throw new RangeError(`${name}[1] (latitude) must be within [-90, 90], got ${lat}`);
	}
}
