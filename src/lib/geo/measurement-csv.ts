/**
 * A measured path as CSV, for spreadsheets, GDAL and QGIS. Its own module because it needs a CSV
 * writer (Papa Parse), which the map pages should not load until an analyst exports.
 *
 * @module
 */
import Papa from 'papaparse';
import { columnName } from '$lib/analyst/exports/columns';
import { checkPoints, measureMethod, measurePath, round, segmentVertices } from './measure-path';
import { metersTo, type LengthUnit } from './units';
import type { LonLat } from './geodesic';

const wktLine = (vertices: LonLat[]) =>
	`LINESTRING (${vertices.map((p) => `${p[0]} ${p[1]}`).join(', ')})`;

/**
 * A measured path as CSV: a header row and one row per segment, nothing else, so a spreadsheet's
 * sum of `length_m` is the total and GDAL reads every row as a feature (the total is in the
 * panel and in the GeoJSON's `totalMeters`). Each row carries its segment as WKT in a column named
 * `WKT` (which GDAL's CSV driver and QGIS's "Delimited text" layer pick up as the geometry, CRS
 * EPSG:4326), with a vertex every ≤ 10 km along the geodesic, and its ends as lon/lat columns.
 *
 * Columns (named in the page's language: src/lib/analyst/exports/columns.ts; English names here):
 * `segment` (1-based), `from_lon`, `from_lat`, `to_lon`, `to_lat`, `length_m`,
 * `length_<unit>`, `initial_bearing_deg`, `method`, `WKT`.
 *
 * @param points the path, at least two `[lon, lat]` positions
 * @param unit the unit of the `length_<unit>` column
 * @returns CSV text (RFC 4180, CRLF line ends)
 * @throws {RangeError} naming `points` when it has fewer than two positions
 * @example
 * measurementToCSV([[68.7833, 38.5333], [68.55, 37.35]], 'km');
 * //=> "segment,from_lon,…,WKT\r\n1,68.7833,38.5333,68.55,37.35,132932.058,132.932058,188.946,…,LINESTRING (…)"
 */
export function measurementToCSV(points: LonLat[], unit: LengthUnit): string {
	checkPoints(points);
	if (points.length < 2) throw new RangeError('points must have at least 2 positions');
	const path = measurePath(points);
	const method = measureMethod();
	const fields = [
		'segment',
		'from_lon',
		'from_lat',
		'to_lon',
		'to_lat',
		'length_m',
		`length_${unit}`,
		'initial_bearing_deg',
		'method',
		'WKT'
	].map(columnName);
	const rows: (string | number)[][] = path.segments.map((s, i) => [
		i + 1,
		s.from[0],
		s.from[1],
		s.to[0],
		s.to[1],
		round(s.lengthMeters, 3),
		round(metersTo(s.lengthMeters, unit), 6),
		round(s.initialBearingDeg, 3),
		method,
		wktLine(segmentVertices(s.from, s.to))
	]);
	return Papa.unparse({ fields, data: rows }, { newline: '\r\n', quotes: false });
}
