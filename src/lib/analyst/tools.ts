/**
 * The computations behind the analyst overlays, kept out of components: distance from a point
 * (or an uncertain site) to a border, and labelled range rings.
 */
import type { Polygon } from 'geojson';
import type { BorderIndexes } from '$lib/data/border-indexes';
import type { BorderId } from '$lib/data/ids';
import { distanceRange, type DistanceRange } from '$lib/geo/distance-range';
import { nearestPointOnBorder } from '$lib/geo/nearest-point-on-border';
import { rangeRing } from '$lib/geo/range-ring';
import { formatNumber, toMeters, unitSymbol, type LengthUnit } from '$lib/geo/units';
import type { LonLat } from '$lib/geo/types';

export interface BorderDistance {
	from: LonLat;
	/** The nearest point of the border. */
	to: LonLat;
	range: DistanceRange;
}

/** Shortest geodesic line from `from` (±precisionMeters) to the chosen border. */
export function borderDistance(
	indexes: BorderIndexes,
	border: BorderId,
	from: LonLat,
	precisionMeters: number
): BorderDistance {
	const nearest = nearestPointOnBorder(indexes[border], from);
	return { from, to: nearest.point, range: distanceRange(nearest.distanceMeters, precisionMeters) };
}

/** Decimals `value` has, up to `max` (12.5 → 1, 20 → 0). */
function decimalsOf(value: number, max = 6): number {
	let d = 0;
	while (d < max && Math.round(value * 10 ** d) / 10 ** d !== value) d++;
	return d;
}

/**
 * A number exactly as it was typed, at most 6 decimals, in the page's language ("1,500", "12.5";
 * Russian "1 500", "12,5").
 */
export function formatExact(value: number): string {
	return formatNumber(value, decimalsOf(value));
}

/** Geodesic rings of the given radii (in `unit`) around `center`, labelled exactly as typed ("50 km", "12.5 nmi"). */
export function rangeRings(
	center: LonLat,
	radii: readonly number[],
	unit: LengthUnit
): { polygon: Polygon; label: string }[] {
	return radii.map((r) => {
		const meters = toMeters(r, unit);
		return {
			polygon: rangeRing(center, meters),
			label: `${formatExact(r)} ${unitSymbol(unit)}`
		};
	});
}
