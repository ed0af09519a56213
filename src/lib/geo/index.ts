/**
 * Public API of src/lib/geo: pure geodesy and geometry on WGS84 (no DOM, MapLibre or Svelte).
 * Every length and area is geodesic on the WGS84 ellipsoid, computed with GeographicLib.
 *
 * @module
 */
export {
	assertLonLat,
	destination,
	geodesicMultiLineLengthMeters,
	inverse,
	lineLengthMeters,
	normalizeBearing,
	polygonAreaSquareMeters,
	segmentLengthsMeters,
	type InverseResult,
	type LonLat
} from './geodesic';
export {
	createBorderIndex,
	distanceToBorderMeters,
	nearestPointOnBorder,
	type BorderIndex,
	type NearestPointResult
} from './nearest-point-on-border';
export {
	distanceRange,
	formatDistanceRange,
	pointToBorderRange,
	pointToPointRange,
	type DistanceRange
} from './distance-range';
export {
	compassPoint,
	formatBearing,
	formatLength,
	formatLengthCompact,
	formatNumber,
	isLengthUnit,
	LENGTH_UNITS,
	lengthDisplay,
	METERS_PER_UNIT,
	metersTo,
	toMeters,
	UNIT_NAMES,
	type LengthDisplay,
	type LengthUnit
} from './units';
export { formatDD, wrapLongitude, type FormatDDOptions } from './format-dd';
export { formatDMS, toDMS, type FormatDMSOptions } from './format-dms';
export {
	formatMGRS,
	parseMGRS,
	type FormatMGRSOptions,
	type MgrsPrecision,
	type ParsedMGRS
} from './mgrs';
export {
	parseCoordinate,
	type CoordinateFormat,
	type ParseCoordinateResult
} from './parse-coordinate';
export { rangeRing } from './range-ring';
export {
	MEASURE_METHOD,
	measurePath,
	measurementToCSV,
	measurementToGeoJSON,
	type MeasuredSegment,
	type MeasurementProperties,
	type PathMeasurement
} from './measure-path';
export {
	checkDistanceClaim,
	type DistanceClaimCheck,
	type DistanceClaimInput
} from './claim-check';
