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
import { toMeters, type LengthUnit } from '$lib/geo/units';
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
			label: `${r.toLocaleString('en-GB', { maximumFractionDigits: 6 })} ${unit}`
		};
	});
}
