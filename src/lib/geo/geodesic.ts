/**
 * Geodesic primitives on the WGS84 ellipsoid, computed with GeographicLib
 * (Karney 2013, "Algorithms for geodesics", J. Geodesy 87:43–55). Every length,
 * bearing and area the app shows goes through this module, so the method is the
 * same everywhere: ellipsoidal geodesics, accurate to about 15 nanometres, never
 * a spherical or planar approximation.
 *
 * Coordinates are GeoJSON order, `[longitude, latitude]` in decimal degrees.
 *
 * @module
 */
import geodesicLib from 'geographiclib-geodesic';
import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

import { assertLonLat } from './assert-lonlat';
import type { LonLat } from './types';

export type { LonLat } from './types';
// the check lives apart so that formatting a position does not load GeographicLib
export { assertLonLat } from './assert-lonlat';

/** The WGS84 ellipsoid geodesic solver shared by all of src/lib/geo. */
export const WGS84 = geodesicLib.Geodesic.WGS84;
const { Geodesic, PolygonArea } = geodesicLib;

/** Result of the inverse geodesic problem between two points. */
export interface InverseResult {
	/** Length of the shortest geodesic on WGS84, metres. */
	distanceMeters: number;
	/** Forward azimuth at the start, degrees clockwise from true north, in [0, 360). */
	initialBearingDeg: number;
	/** Forward azimuth at the end (direction of travel on arrival), degrees in [0, 360). */
	finalBearingDeg: number;
}

/** Normalises an angle in degrees to [0, 360). */
export function normalizeBearing(deg: number): number {
	const r = deg % 360;
	const n = r < 0 ? r + 360 : r;
	// -0 and values like 360 - 1e-14 that round to 360 map to 0
	return n >= 360 || Object.is(n, -0) ? 0 : n;
}

/**
 * Solves the inverse geodesic problem: the shortest path between two points on WGS84.
 *
 * Method: GeographicLib `Geodesic.WGS84.Inverse` (Karney 2013), accurate to ~15 nm;
 * handles nearly antipodal points.
 *
 * @param a start `[lon, lat]`, degrees
 * @param b end `[lon, lat]`, degrees
 * @returns distance in metres and the initial and final bearings in degrees [0, 360)
 *   (for identical points: 0 m; the bearings are then conventional, GeographicLib gives 180)
 * @throws {TypeError|RangeError} naming `a` or `b` when a coordinate is not a valid position
 * @example
 * inverse([68.7833, 38.5333], [68.55, 37.35]);
 * //=> { distanceMeters: 132932.06, initialBearingDeg: 188.946, finalBearingDeg: 188.803 }
 */
export function inverse(a: LonLat, b: LonLat): InverseResult {
	assertLonLat(a, 'a');
	assertLonLat(b, 'b');
	const r = WGS84.Inverse(a[1], a[0], b[1], b[0], Geodesic.DISTANCE | Geodesic.AZIMUTH);
	return {
		distanceMeters: r.s12 ?? NaN,
		initialBearingDeg: normalizeBearing(r.azi1 ?? NaN),
		finalBearingDeg: normalizeBearing(r.azi2 ?? NaN)
	};
}

/**
 * Geodesic distance in metres between two positions, without argument checks.
 * For hot loops inside src/lib/geo; callers must have validated the inputs.
 *
 * @internal
 */
export function distanceUnchecked(lon1: number, lat1: number, lon2: number, lat2: number): number {
	return WGS84.Inverse(lat1, lon1, lat2, lon2, Geodesic.DISTANCE).s12 ?? NaN;
}

/**
 * Solves the direct geodesic problem: where you arrive after travelling a distance on a
 * given initial bearing along a geodesic of WGS84.
 *
 * Method: GeographicLib `Geodesic.WGS84.Direct`, accurate to ~15 nm.
 *
 * @param from start `[lon, lat]`, degrees
 * @param bearingDeg initial azimuth, degrees clockwise from true north (any finite value)
 * @param distanceMeters distance along the geodesic, metres (negative goes backwards)
 * @returns the destination `[lon, lat]`, longitude normalised to [-180, 180]
 * @throws {TypeError|RangeError} naming `from`, `bearingDeg` or `distanceMeters`
 * @example
 * destination([68.7833, 38.5333], 180, 10_000); //=> [68.7833, 38.443215]
 */
export function destination(from: LonLat, bearingDeg: number, distanceMeters: number): LonLat {
	assertLonLat(from, 'from');
	if (typeof bearingDeg !== 'number' || !Number.isFinite(bearingDeg)) {
		throw new TypeError(`bearingDeg must be a finite number, got ${String(bearingDeg)}`);
	}
	if (typeof distanceMeters !== 'number' || !Number.isFinite(distanceMeters)) {
		throw new TypeError(`distanceMeters must be a finite number, got ${String(distanceMeters)}`);
	}
	const r = WGS84.Direct(
		from[1],
		from[0],
		bearingDeg,
		distanceMeters,
		Geodesic.LATITUDE | Geodesic.LONGITUDE
	);
	return [r.lon2 ?? NaN, r.lat2 ?? NaN];
}

/**
 * Geodesic length of each segment of a polyline on WGS84.
 *
 * @param coords the vertices, `[lon, lat, …]` (extra ordinates such as altitude are ignored)
 * @returns `coords.length - 1` lengths in metres (an empty array for fewer than two vertices)
 * @throws {TypeError|RangeError} naming `coords[i]` for an invalid vertex
 * @example
 * segmentLengthsMeters([[68.78, 38.53], [68.55, 37.35], [68.55, 37.0]]); //=> [≈132.5 km, ≈38.8 km]
 */
export function segmentLengthsMeters(coords: Position[]): number[] {
	if (!Array.isArray(coords)) throw new TypeError('coords must be an array of positions');
	coords.forEach((p, i) => assertLonLat(p, `coords[${i}]`));
	const out: number[] = [];
	for (let i = 1; i < coords.length; i++) {
		const p = coords[i - 1] as Position;
		const q = coords[i] as Position;
		out.push(distanceUnchecked(p[0] as number, p[1] as number, q[0] as number, q[1] as number));
	}
	return out;
}

/**
 * Geodesic length of a polyline on WGS84: the sum of its segments' geodesic lengths.
 * Segments are geodesics between consecutive vertices (not rhumb lines, not great circles).
 *
 * @param coords the vertices, `[lon, lat, …]`
 * @returns length in metres (0 for fewer than two vertices)
 * @throws {TypeError|RangeError} naming `coords[i]` for an invalid vertex
 * @example
 * lineLengthMeters([[68.7833, 38.5333], [68.55, 37.35]]); //=> 132932.06
 */
export function lineLengthMeters(coords: Position[]): number {
	let total = 0;
	for (const s of segmentLengthsMeters(coords)) total += s;
	return total;
}

/**
 * Geodesic length of a LineString or MultiLineString geometry on WGS84 (sum over all parts;
 * the gaps between parts of a MultiLineString are not counted).
 *
 * @param geom a GeoJSON LineString or MultiLineString geometry
 * @returns length in metres
 * @throws {TypeError} naming `geom` when it is not a LineString/MultiLineString
 * @example
 * geodesicMultiLineLengthMeters({ type: 'MultiLineString', coordinates: [[[0, 0], [1, 0]], [[5, 5], [5, 6]]] });
 * //=> ≈ 221,904 m
 */
export function geodesicMultiLineLengthMeters(geom: LineString | MultiLineString): number {
	if (geom === null || typeof geom !== 'object')
		throw new TypeError('geom must be a GeoJSON geometry');
	if (geom.type === 'LineString') return lineLengthMeters(geom.coordinates);
	if (geom.type === 'MultiLineString') {
		let total = 0;
		geom.coordinates.forEach((part, i) => {
			if (!Array.isArray(part))
				throw new TypeError(`geom.coordinates[${i}] must be an array of positions`);
			total += lineLengthMeters(part);
		});
		return total;
	}
	throw new TypeError(
		`geom must be a LineString or MultiLineString, got ${String((geom as { type?: unknown }).type)}`
	);
}

/** Signed geodesic area of one linear ring (counterclockwise positive), square metres. */
function ringAreaSigned(ring: Position[], name: string): number {
	if (!Array.isArray(ring)) throw new TypeError(`${name} must be an array of positions`);
	ring.forEach((p, i) => assertLonLat(p, `${name}[${i}]`));
	const poly = new PolygonArea.PolygonArea(WGS84, false);
	const n = ring.length;
	// skip the closing vertex when it repeats the first one (GeoJSON rings are closed)
	const first = ring[0];
	const last = ring[n - 1];
	const closed =
		n > 1 &&
		first !== undefined &&
		last !== undefined &&
		first[0] === last[0] &&
		first[1] === last[1];
	const count = closed ? n - 1 : n;
	if (count < 3) return 0;
	for (let i = 0; i < count; i++) {
		const p = ring[i] as Position;
		poly.AddPoint(p[1] as number, p[0] as number);
	}
	return poly.Compute(false, true).area ?? 0;
}

function polygonRingsArea(rings: Position[][], name: string): number {
	if (!Array.isArray(rings)) throw new TypeError(`${name} must be an array of linear rings`);
	let area = 0;
	rings.forEach((ring, i) => {
		const a = Math.abs(ringAreaSigned(ring, `${name}[${i}]`));
		area += i === 0 ? a : -a;
	});
	return area;
}

/**
 * Geodesic area of a Polygon or MultiPolygon on the WGS84 ellipsoid.
 *
 * Method: GeographicLib `PolygonArea` (edges are geodesics; exact area on the ellipsoid,
 * Karney 2013 §6). Each ring's area is taken as an absolute value whatever its winding, holes
 * are subtracted from their outer ring, parts of a MultiPolygon are added.
 *
 * @param geom a GeoJSON Polygon or MultiPolygon geometry
 * @returns area in square metres (≥ 0)
 * @throws {TypeError|RangeError} naming `geom` or the offending `geom.coordinates[…]` vertex
 * @example
 * polygonAreaSquareMeters({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] });
 * //=> ≈ 12,308,778,361 m² (12,309 km²)
 */
export function polygonAreaSquareMeters(geom: Polygon | MultiPolygon): number {
	if (geom === null || typeof geom !== 'object')
		throw new TypeError('geom must be a GeoJSON geometry');
	let area: number;
	if (geom.type === 'Polygon') {
		area = polygonRingsArea(geom.coordinates, 'geom.coordinates');
	} else if (geom.type === 'MultiPolygon') {
		area = 0;
		geom.coordinates.forEach((poly, i) => {
			area += polygonRingsArea(poly, `geom.coordinates[${i}]`);
		});
	} else {
		throw new TypeError(
			`geom must be a Polygon or MultiPolygon, got ${String((geom as { type?: unknown }).type)}`
		);
	}
	return Math.abs(area);
}
