/**
 * The exports' column names (CSV headers, GeoJSON property names) in the page's language. English
 * names are the canonical ones the export functions are written with (and what scripts reading an
 * English export rely on); a Russian page writes Russian names for the same columns. `id` and
 * `WKT` are never renamed: GDAL and QGIS read the geometry from a column named `WKT`.
 */
import * as m from '$lib/paraglide/messages';

/** Canonical column → its name in the page's language (functions: called when exporting). */
const COLUMN_NAMES = {
	name: m.analyst_col_name,
	kind: m.analyst_col_kind,
	lon: m.analyst_col_lon,
	lat: m.analyst_col_lat,
	precision_m: m.analyst_col_precision_m,
	to_tj_af_border_m: m.analyst_col_to_tj_af_border_m,
	to_tj_af_border_min_m: m.analyst_col_to_tj_af_border_min_m,
	to_tj_af_border_max_m: m.analyst_col_to_tj_af_border_max_m,
	to_tj_kg_border_m: m.analyst_col_to_tj_kg_border_m,
	to_tj_kg_border_min_m: m.analyst_col_to_tj_kg_border_min_m,
	to_tj_kg_border_max_m: m.analyst_col_to_tj_kg_border_max_m,
	tj_kg_border_line_uncertainty_m: m.analyst_col_tj_kg_border_line_uncertainty_m,
	to_dushanbe_m: m.analyst_col_to_dushanbe_m,
	to_dushanbe_min_m: m.analyst_col_to_dushanbe_min_m,
	to_dushanbe_max_m: m.analyst_col_to_dushanbe_max_m,
	bearing_from_dushanbe_deg: m.analyst_col_bearing_from_dushanbe_deg,
	confidence: m.analyst_col_confidence,
	confidence_note: m.analyst_col_confidence_note,
	basis: m.analyst_col_basis,
	method: m.analyst_col_method,
	notes: m.analyst_col_notes,
	segment: m.analyst_col_segment,
	from_lon: m.analyst_col_from_lon,
	from_lat: m.analyst_col_from_lat,
	to_lon: m.analyst_col_to_lon,
	to_lat: m.analyst_col_to_lat,
	length_m: m.analyst_col_length_m,
	length_km: m.analyst_col_length_km,
	length_mi: m.analyst_col_length_mi,
	length_nmi: m.analyst_col_length_nmi,
	initial_bearing_deg: m.analyst_col_initial_bearing_deg,
	unit: m.analyst_col_unit,
	unitName: m.analyst_col_unit_name,
	totalMeters: m.analyst_col_total_meters,
	total: m.analyst_col_total,
	segmentLengthsMeters: m.analyst_col_segment_lengths_meters,
	segmentLengths: m.analyst_col_segment_lengths,
	segmentBearingsDeg: m.analyst_col_segment_bearings_deg,
	measuredPoints: m.analyst_col_measured_points,
	vertexSpacingMaxMeters: m.analyst_col_vertex_spacing_max_meters,
	inputPrecision: m.analyst_col_input_precision
} satisfies Record<string, () => string>;

/**
 * A column's name in the page's language; a column without a translation (`id`, `WKT`) keeps
 * its name.
 *
 * @example
 * columnName('to_dushanbe_m'); //=> "to_dushanbe_m" (English), "до_душанбе_м" (Russian)
 */
export function columnName(column: string): string {
	return Object.hasOwn(COLUMN_NAMES, column)
		? COLUMN_NAMES[column as keyof typeof COLUMN_NAMES]()
		: column;
}

/** The record with its keys renamed by {@link columnName}, in the same order. */
export function withColumnNames(record: object): Record<string, unknown> {
	return Object.fromEntries(Object.entries(record).map(([k, v]) => [columnName(k), v]));
}
