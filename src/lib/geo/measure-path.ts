/**
 * Measuring a clicked path (the analyst's measure tool): geodesic length per segment and in total,
 * and its export as GeoJSON that opens in QGIS/GDAL with the method and precision stated (the CSV
 * export, which needs a CSV writer, is ./measurement-csv.ts: the map pages load this module at
 * once, the CSV writer only when an analyst exports).
 * Exported lines follow the geodesics (a vertex every ≤ 10 km, {@link DENSIFY_STEP_METERS}), not
 * straight lines between the clicked points.
 *
 * @module
 */
import type { Feature, LineString } from 'geojson';
import { DENSIFY_STEP_METERS, densifyGeodesic, densifyPath } from './densify';
import { assertLonLat, inverse, type LonLat } from './geodesic';
import * as m from '$lib/paraglide/messages';
import { metersTo, UNIT_NAMES, type LengthUnit } from './units';

/** How every length here is computed; stated in every export (English; see {@link measureMethod}). */
export const MEASURE_METHOD = 'geodesic on WGS84 (GeographicLib)';

/** {@link MEASURE_METHOD} in the page's language, as the exports write it. */
export function measureMethod(): string {
	return m.analyst_method();
}

/** One segment of a measured path. */
export interface MeasuredSegment {
	from: LonLat;
	to: LonLat;
	/** Geodesic length, metres. */
	lengthMeters: number;
	/** Forward azimuth at `from`, degrees clockwise from true north, [0, 360). */
	initialBearingDeg: number;
}

export interface PathMeasurement {
	segments: MeasuredSegment[];
	/** Sum of the segments, metres. */
	totalMeters: number;
}

export function checkPoints(points: unknown): asserts points is LonLat[] {
	if (!Array.isArray(points))
		throw new TypeError('points must be an array of [lon, lat] positions');
	points.forEach((p, i) => assertLonLat(p, `points[${i}]`));
}

/**
 * Measures a path of clicked points: each segment is the geodesic between consecutive points.
 *
 * @param points the path's vertices, `[lon, lat]` degrees (0 or 1 points give no segments)
 * @returns the segments with their lengths and initial bearings, and the total
 * @throws {TypeError|RangeError} naming `points[i]` for an invalid vertex
 * @example
 * measurePath([[68.7833, 38.5333], [68.78028, 37.83639], [68.55, 37.35]]);
 * //=> { segments: [{ …, lengthMeters: 77357.45, initialBearingDeg: 180.197 }, { …, lengthMeters: 57687.54, … }],
 * //     totalMeters: 135044.99 }
 */
export function measurePath(points: LonLat[]): PathMeasurement {
	checkPoints(points);
	const segments: MeasuredSegment[] = [];
	let totalMeters = 0;
	for (let i = 1; i < points.length; i++) {
		const from = points[i - 1] as LonLat;
		const to = points[i] as LonLat;
		const r = inverse(from, to);
		segments.push({
			from: [from[0], from[1]],
			to: [to[0], to[1]],
			lengthMeters: r.distanceMeters,
			initialBearingDeg: r.initialBearingDeg
		});
		totalMeters += r.distanceMeters;
	}
	return { segments, totalMeters };
}

/** Rounds to a fixed number of decimals for exports (mm for metres, 1e-7° ≈ 1 cm for degrees). */
export const round = (x: number, decimals: number) => {
	const f = 10 ** decimals;
	return Math.round(x * f) / f;
};

/** Properties of the Feature written by {@link measurementToGeoJSON}. */
export interface MeasurementProperties {
	kind: 'measurement';
	/** {@link measureMethod}. */
	method: string;
	/** The chosen display unit and its name (in the page's language). */
	unit: LengthUnit;
	unitName: string;
	totalMeters: number;
	/** Total in `unit`. */
	total: number;
	/** Segment lengths in metres and in `unit`, and initial bearings in degrees, in path order. */
	segmentLengthsMeters: number[];
	segmentLengths: number[];
	segmentBearingsDeg: number[];
	/** The measured points, `[lon, lat]`; the geometry adds vertices along the geodesics between them. */
	measuredPoints: LonLat[];
	/** The longest step between the geometry's vertices, metres. */
	vertexSpacingMaxMeters: number;
	/** What is known about the precision of the input points (free text). */
	inputPrecision: string;
}

/** Rounds a vertex for export: 1e-7° ≈ 1 cm. */
const roundVertex = (p: LonLat): LonLat => [round(p[0], 7), round(p[1], 7)];

/** A segment's vertices along its geodesic, the measured ends kept exactly. */
export function segmentVertices(from: LonLat, to: LonLat): LonLat[] {
	const v = densifyGeodesic(from, to);
	return v.map((p, i) => (i === 0 || i === v.length - 1 ? p : roundVertex(p)));
}

/**
 * A measured path as a GeoJSON Feature (RFC 7946), to download and open in QGIS.
 *
 * @param points the path, at least two `[lon, lat]` positions
 * @param unit the display unit whose values are added next to the metres
 * @param inputPrecisionNote what is known of the input precision (default: points as clicked)
 * @returns `Feature<LineString>` along the geodesics (a vertex every ≤ 10 km), whose properties
 *   give the measured points, per-segment and total lengths in metres and in `unit`, the method
 *   and the input precision
 * @throws {RangeError} naming `points` when it has fewer than two positions
 * @example
 * measurementToGeoJSON([[68.7833, 38.5333], [68.55, 37.35]], 'km', 'Kharbmaydon estimate ±40 km');
 */
export function measurementToGeoJSON(
	points: LonLat[],
	unit: LengthUnit,
	inputPrecisionNote: string = m.analyst_measure_default_precision()
): Feature<LineString, MeasurementProperties> {
	checkPoints(points);
	if (points.length < 2) throw new RangeError('points must have at least 2 positions');
	if (typeof inputPrecisionNote !== 'string')
		throw new TypeError('inputPrecisionNote must be a string');
	const path = measurePath(points);
	const measured = new Set(points.map((p) => `${p[0]},${p[1]}`));
	const vertices = densifyPath(points).map((p) =>
		measured.has(`${p[0]},${p[1]}`) ? p : roundVertex(p)
	);
	return {
		type: 'Feature',
		properties: {
			kind: 'measurement',
			method: measureMethod(),
			unit,
			unitName: UNIT_NAMES[unit],
			totalMeters: round(path.totalMeters, 3),
			total: round(metersTo(path.totalMeters, unit), 6),
			segmentLengthsMeters: path.segments.map((s) => round(s.lengthMeters, 3)),
			segmentLengths: path.segments.map((s) => round(metersTo(s.lengthMeters, unit), 6)),
			segmentBearingsDeg: path.segments.map((s) => round(s.initialBearingDeg, 3)),
			measuredPoints: points.map((p) => [p[0], p[1]]),
			vertexSpacingMaxMeters: DENSIFY_STEP_METERS,
			inputPrecision: inputPrecisionNote
		},
		geometry: { type: 'LineString', coordinates: vertices }
	};
}
