/**
 * The sites table's exports: CSV and GeoJSON points (RFC 7946) with the same columns and the same
 * numbers — distances in metres (the unit is in every column name), the method and the Kyrgyz
 * line's caveat in every row. The CSV carries each point as WKT in a `WKT` column, which GDAL's
 * CSV driver and QGIS read as the geometry (EPSG:4326), besides plain lon/lat columns. Column
 * names follow the page's language (./columns.ts); the numbers are the same in every language.
 */
import Papa from 'papaparse';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { lineUncertaintyDataNote } from '$lib/data/line-uncertainty';
import { measureMethod } from '$lib/geo/measure-path';
import { KYRGYZ_BORDER_ID, type SiteRow } from '../sites-table';
import { withColumnNames } from './columns';

/** The notes field of an exported row: the Kyrgyz line's caveat, or ''. */
function notesOf(r: SiteRow): string {
	return (
		lineUncertaintyDataNote(KYRGYZ_BORDER_ID, {
			name: KYRGYZ_BORDER_ID,
			lineUncertaintyMeters: r.kyrgyzLineUncertaintyMeters
		}) ?? ''
	);
}

const whole = (x: number) => Math.round(x);

/** The numbers of a row, metres and degrees, as both exports write them (null: not applicable). */
function measuresOf(r: SiteRow) {
	return {
		precision_m: r.precisionMeters,
		to_tj_af_border_m: whole(r.toAfghanBorder.value),
		to_tj_af_border_min_m: whole(r.toAfghanBorder.min),
		to_tj_af_border_max_m: whole(r.toAfghanBorder.max),
		to_tj_kg_border_m: whole(r.toKyrgyzBorder.value),
		to_tj_kg_border_min_m: whole(r.toKyrgyzBorder.min),
		to_tj_kg_border_max_m: whole(r.toKyrgyzBorder.max),
		tj_kg_border_line_uncertainty_m:
			r.kyrgyzLineUncertaintyMeters === null ? null : whole(r.kyrgyzLineUncertaintyMeters),
		to_dushanbe_m: whole(r.toDushanbe.value),
		to_dushanbe_min_m: whole(r.toDushanbe.min),
		to_dushanbe_max_m: whole(r.toDushanbe.max),
		bearing_from_dushanbe_deg:
			r.bearingFromDushanbe === null ? null : Math.round(r.bearingFromDushanbe * 10) / 10
	};
}

/**
 * CSV with one row per site: lon/lat, the distances in metres with their min/max, and the point
 * as WKT (last column) for GDAL and QGIS.
 */
export function siteRowsToCSV(rows: readonly SiteRow[]): string {
	const method = measureMethod();
	return Papa.unparse(
		rows.map((r) =>
			withColumnNames({
				id: r.id,
				name: r.name,
				kind: r.kind,
				lon: r.lon,
				lat: r.lat,
				...measuresOf(r),
				confidence: r.confidence,
				confidence_note: r.confidenceNote,
				basis: r.basis,
				method,
				notes: notesOf(r),
				WKT: `POINT (${r.lon} ${r.lat})`
			})
		),
		{ newline: '\n' }
	);
}

/** The same rows as GeoJSON points (RFC 7946), distances in metres. */
export function siteRowsToGeoJSON(rows: readonly SiteRow[]): FeatureCollection<Point> {
	const method = measureMethod();
	return {
		type: 'FeatureCollection',
		features: rows.map((r): Feature<Point> => ({
			type: 'Feature',
			id: r.id,
			properties: withColumnNames({
				id: r.id,
				name: r.name,
				kind: r.kind,
				...measuresOf(r),
				confidence: r.confidence,
				confidence_note: r.confidenceNote || null,
				basis: r.basis,
				method,
				notes: notesOf(r)
			}),
			geometry: { type: 'Point', coordinates: [r.lon, r.lat] }
		}))
	};
}
