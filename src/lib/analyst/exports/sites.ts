/**
 * The sites table's exports: CSV (distances in km with their ranges, lon/lat for GIS) and
 * GeoJSON points (RFC 7946, distances in metres), both with the method and the Kyrgyz line's
 * caveat in every row.
 */
import Papa from 'papaparse';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { lineUncertaintyDataNote } from '$lib/data/line-uncertainty';
import { KYRGYZ_BORDER_ID, type SiteRow } from '../sites-table';

const km = (m: number) => Math.round(m / 100) / 10;

/** The notes field of an exported row: the Kyrgyz line's caveat, or ''. */
function notesOf(r: SiteRow): string {
	return (
		lineUncertaintyDataNote(KYRGYZ_BORDER_ID, {
			name: KYRGYZ_BORDER_ID,
			lineUncertaintyMeters: r.kyrgyzLineUncertaintyMeters
		}) ?? ''
	);
}

/** CSV with one row per site; distances in km with their min/max, lon/lat for GIS. */
export function siteRowsToCSV(rows: readonly SiteRow[]): string {
	return Papa.unparse(
		rows.map((r) => ({
			id: r.id,
			name: r.name,
			kind: r.kind,
			lon: r.lon,
			lat: r.lat,
			precision_m: r.precisionMeters,
			confidence: r.confidence,
			confidence_note: r.confidenceNote,
			basis: r.basis,
			to_tj_af_border_km: km(r.toAfghanBorder.value),
			to_tj_af_border_min_km: km(r.toAfghanBorder.min),
			to_tj_af_border_max_km: km(r.toAfghanBorder.max),
			to_tj_kg_border_km: km(r.toKyrgyzBorder.value),
			to_tj_kg_border_min_km: km(r.toKyrgyzBorder.min),
			to_tj_kg_border_max_km: km(r.toKyrgyzBorder.max),
			tj_kg_border_line_uncertainty_km:
				r.kyrgyzLineUncertaintyMeters === null ? '' : km(r.kyrgyzLineUncertaintyMeters),
			to_dushanbe_km: km(r.toDushanbe.value),
			to_dushanbe_min_km: km(r.toDushanbe.min),
			to_dushanbe_max_km: km(r.toDushanbe.max),
			bearing_from_dushanbe_deg:
				r.bearingFromDushanbe === null ? '' : Math.round(r.bearingFromDushanbe * 10) / 10,
			method: 'geodesic on WGS84 (GeographicLib)',
			notes: notesOf(r)
		})),
		{ newline: '\n' }
	);
}

/** The same rows as GeoJSON points (RFC 7946), distances in metres. */
export function siteRowsToGeoJSON(rows: readonly SiteRow[]): FeatureCollection<Point> {
	return {
		type: 'FeatureCollection',
		features: rows.map((r): Feature<Point> => ({
			type: 'Feature',
			id: r.id,
			properties: {
				id: r.id,
				name: r.name,
				kind: r.kind,
				precision_m: r.precisionMeters,
				confidence: r.confidence,
				confidence_note: r.confidenceNote || null,
				basis: r.basis,
				to_tj_af_border_m: Math.round(r.toAfghanBorder.value),
				to_tj_af_border_min_m: Math.round(r.toAfghanBorder.min),
				to_tj_af_border_max_m: Math.round(r.toAfghanBorder.max),
				to_tj_kg_border_m: Math.round(r.toKyrgyzBorder.value),
				to_tj_kg_border_min_m: Math.round(r.toKyrgyzBorder.min),
				to_tj_kg_border_max_m: Math.round(r.toKyrgyzBorder.max),
				tj_kg_border_line_uncertainty_m:
					r.kyrgyzLineUncertaintyMeters === null ? null : Math.round(r.kyrgyzLineUncertaintyMeters),
				to_dushanbe_m: Math.round(r.toDushanbe.value),
				to_dushanbe_min_m: Math.round(r.toDushanbe.min),
				to_dushanbe_max_m: Math.round(r.toDushanbe.max),
				bearing_from_dushanbe_deg:
					r.bearingFromDushanbe === null ? null : Math.round(r.bearingFromDushanbe * 10) / 10,
				method: 'geodesic on WGS84 (GeographicLib)',
				notes: notesOf(r)
			},
			geometry: { type: 'Point', coordinates: [r.lon, r.lat] }
		}))
	};
}
