/**
 * The analysts' sites table: every site × distance to the Afghan and Kyrgyz borders, to
 * Dushanbe, and bearing from Dushanbe, each distance with the range its position
 * uncertainty allows. Border distances come from the pipeline (geodesic, WGS84); the
 * Dushanbe ones are computed here with GeographicLib. The Tajik–Kyrgyz line is itself uncertain
 * by kilometres; rows and exports carry that caveat (src/lib/data/line-uncertainty.ts). The CSV
 * and GeoJSON exports of the rows are in exports/sites.ts.
 */
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
	/** The confidence as sites.md words it when one word is not enough ('' otherwise). */
	confidenceNote: string;
	basis: string;
	toAfghanBorder: Range;
	toKyrgyzBorder: Range;
	toDushanbe: Range;
	/** Initial geodesic bearing from Dushanbe, degrees clockwise from north; null at Dushanbe itself. */
	bearingFromDushanbe: number | null;
	/**
	 * How uncertain the Tajik–Kyrgyz line itself is (our two sources' traces lie up to this far
	 * apart), metres; the same for every row, null if the catalog gives none. Not in the ranges.
	 */
	kyrgyzLineUncertaintyMeters: number | null;
}

export const KYRGYZ_BORDER_ID = 'tj-kg-border';

export const DUSHANBE_ID = 'dushanbe';

/** Builds the rows, in catalog order, for every entry that is a point site. */
export function buildSiteRows(entries: readonly CatalogEntry[]): SiteRow[] {
	const dushanbe = entries.find((e) => e.id === DUSHANBE_ID);
	if (!dushanbe || dushanbe.lon === null || dushanbe.lat === null)
		throw new Error('catalog: no Dushanbe point');
	const d: [number, number] = [dushanbe.lon, dushanbe.lat];
	const dPrecision = dushanbe.precisionMeters ?? 0;
	const kgLine = entries.find((e) => e.id === KYRGYZ_BORDER_ID)?.lineUncertaintyMeters ?? null;
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
				confidenceNote: e.confidenceNote ?? '',
				basis: e.basis ?? '',
				toAfghanBorder: distanceRange(e.distanceToBorderMeters['tj-af-border'], r),
				toKyrgyzBorder: distanceRange(e.distanceToBorderMeters['tj-kg-border'], r),
				toDushanbe: self ? distanceRange(0, 0) : distanceRange(toD.distanceMeters, r + dPrecision),
				// a bearing means nothing between two points at the same place
				bearingFromDushanbe: self || toD.distanceMeters < 1 ? null : toD.initialBearingDeg,
				kyrgyzLineUncertaintyMeters: kgLine
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
