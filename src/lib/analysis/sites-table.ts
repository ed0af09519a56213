/**
 * The analysts' sites table: every site × distance to the Afghan and Kyrgyz borders, to
 * Dushanbe, and bearing from Dushanbe, each distance with the range its position
 * uncertainty allows. Border distances come from the pipeline (geodesic, WGS84); the
 * Dushanbe ones are computed here with GeographicLib.
 */
import Papa from 'papaparse';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { CatalogEntry } from '$lib/data/types';
import { distanceRange, type DistanceRange } from '$lib/geo/distance-range';
import { inverse } from '$lib/geo/geodesic';

export type Range = DistanceRange;

export interface SiteRow {
	id: string;
	name: string;
	kind: string;
	lon: number;
	lat: number;
	precisionMeters: number;
	confidence: string;
	basis: string;
	toAfghanBorder: Range;
	toKyrgyzBorder: Range;
	toDushanbe: Range;
	/** Initial geodesic bearing from Dushanbe, degrees clockwise from north; null at Dushanbe itself. */
	bearingFromDushanbe: number | null;
}

export const DUSHANBE_ID = 'dushanbe';

/** Builds the rows, in catalog order, for every entry that is a point site. */
export function buildSiteRows(entries: readonly CatalogEntry[]): SiteRow[] {
	const dushanbe = entries.find((e) => e.id === DUSHANBE_ID);
	if (!dushanbe || dushanbe.lon === null || dushanbe.lat === null)
		throw new Error('catalog: no Dushanbe point');
	const d: [number, number] = [dushanbe.lon, dushanbe.lat];
	const dPrecision = dushanbe.precisionMeters ?? 0;
	return entries.flatMap((e): SiteRow[] => {
		if (e.lon === null || e.lat === null || e.precisionMeters === null || !e.distanceToBorderMeters)
			return [];
		const r = e.precisionMeters;
		const self = e.id === DUSHANBE_ID;
		const toD = self ? { distanceMeters: 0, initialBearingDeg: 0 } : inverse(d, [e.lon, e.lat]);
		return [
			{
				id: e.id,
				name: e.name,
				kind: e.kind,
				lon: e.lon,
				lat: e.lat,
				precisionMeters: r,
				confidence: e.confidence ?? '',
				basis: e.basis ?? '',
				toAfghanBorder: distanceRange(e.distanceToBorderMeters['tj-af-border'], r),
				toKyrgyzBorder: distanceRange(e.distanceToBorderMeters['tj-kg-border'], r),
				toDushanbe: self ? distanceRange(0, 0) : distanceRange(toD.distanceMeters, r + dPrecision),
				// a bearing means nothing between two points at the same place
				bearingFromDushanbe: self || toD.distanceMeters < 1 ? null : toD.initialBearingDeg
			}
		];
	});
}

export type SortKey =
	| 'name'
	| 'toAfghanBorder'
	| 'toKyrgyzBorder'
	| 'toDushanbe'
	| 'bearingFromDushanbe'
	| 'precisionMeters';

/** Sorted copy; distances sort by best estimate, missing bearings last. */
export function sortRows(
	rows: readonly SiteRow[],
	key: SortKey,
	direction: 'asc' | 'desc'
): SiteRow[] {
	const sign = direction === 'asc' ? 1 : -1;
	const value = (r: SiteRow): number | string => {
		const v = r[key];
		if (v === null) return Number.POSITIVE_INFINITY;
		return typeof v === 'object' ? v.value : v;
	};
	return [...rows].sort((a, b) => {
		const x = value(a);
		const y = value(b);
		const c =
			typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y) : Number(x) - Number(y);
		return c * sign || a.id.localeCompare(b.id);
	});
}

const km = (m: number) => Math.round(m / 100) / 10;

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
			basis: r.basis,
			to_tj_af_border_km: km(r.toAfghanBorder.value),
			to_tj_af_border_min_km: km(r.toAfghanBorder.min),
			to_tj_af_border_max_km: km(r.toAfghanBorder.max),
			to_tj_kg_border_km: km(r.toKyrgyzBorder.value),
			to_tj_kg_border_min_km: km(r.toKyrgyzBorder.min),
			to_tj_kg_border_max_km: km(r.toKyrgyzBorder.max),
			to_dushanbe_km: km(r.toDushanbe.value),
			to_dushanbe_min_km: km(r.toDushanbe.min),
			to_dushanbe_max_km: km(r.toDushanbe.max),
			bearing_from_dushanbe_deg:
				r.bearingFromDushanbe === null ? '' : Math.round(r.bearingFromDushanbe * 10) / 10,
			method: 'geodesic on WGS84 (GeographicLib)'
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
				basis: r.basis,
				to_tj_af_border_m: Math.round(r.toAfghanBorder.value),
				to_tj_af_border_min_m: Math.round(r.toAfghanBorder.min),
				to_tj_af_border_max_m: Math.round(r.toAfghanBorder.max),
				to_tj_kg_border_m: Math.round(r.toKyrgyzBorder.value),
				to_tj_kg_border_min_m: Math.round(r.toKyrgyzBorder.min),
				to_tj_kg_border_max_m: Math.round(r.toKyrgyzBorder.max),
				to_dushanbe_m: Math.round(r.toDushanbe.value),
				to_dushanbe_min_m: Math.round(r.toDushanbe.min),
				to_dushanbe_max_m: Math.round(r.toDushanbe.max),
				bearing_from_dushanbe_deg:
					r.bearingFromDushanbe === null ? null : Math.round(r.bearingFromDushanbe * 10) / 10,
				method: 'geodesic on WGS84 (GeographicLib)'
			},
			geometry: { type: 'Point', coordinates: [r.lon, r.lat] }
		}))
	};
}
