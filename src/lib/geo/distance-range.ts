/**
 * Distances that depend on imprecise positions, shown honestly as a value with a range.
 *
 * A site known only to within a radius r (its precision circle) is somewhere in that circle, so by
 * the triangle inequality its true distance to anything lies within `value ± r`, and never below 0.
 * For two imprecise points the radii add.
 *
 * @module
 */
import * as m from '$lib/paraglide/messages';
import { inverse, type LonLat } from './geodesic';
import { distanceToBorderMeters, type BorderIndex } from './nearest-point-on-border';
import {
	formatLength,
	formatLengthCompact,
	formatNumber,
	lengthDisplay,
	unitSymbol,
	type LengthUnit
} from './units';

/** A distance with the range its position uncertainty allows, all in metres. */
export interface DistanceRange {
	/** Distance computed from the nominal position(s), metres. */
	value: number;
	/** `max(0, value − uncertaintyMeters)`. */
	min: number;
	/** `value + uncertaintyMeters`. */
	max: number;
	/** The total position uncertainty (sum of the radii), metres. */
	uncertaintyMeters: number;
}

function assertNonNegative(x: unknown, name: string): asserts x is number {
	if (typeof x !== 'number' || !Number.isFinite(x)) {
		throw new TypeError(`${name} must be a finite number, got ${String(x)}`);
	}
	if (x < 0) throw new RangeError(`${name} must be ≥ 0, got ${x}`);
}

/**
 * A distance with its uncertainty as a range: `{ value, min: max(0, value − r), max: value + r }`.
 *
 * @param valueMeters the distance from the nominal positions, metres (≥ 0)
 * @param uncertaintyMeters total position uncertainty r, metres (≥ 0)
 * @throws {TypeError|RangeError} naming `valueMeters` or `uncertaintyMeters`
 * @example
 * distanceRange(13_489, 40_000); //=> { value: 13489, min: 0, max: 53489, uncertaintyMeters: 40000 }
 */
export function distanceRange(valueMeters: number, uncertaintyMeters: number): DistanceRange {
	assertNonNegative(valueMeters, 'valueMeters');
	assertNonNegative(uncertaintyMeters, 'uncertaintyMeters');
	return {
		value: valueMeters,
		min: Math.max(0, valueMeters - uncertaintyMeters),
		max: valueMeters + uncertaintyMeters,
		uncertaintyMeters
	};
}

/**
 * Geodesic distance from an imprecise point to the nearest point of a border, as a range.
 *
 * @param index the border, from `createBorderIndex`
 * @param point nominal `[lon, lat]`
 * @param precisionMeters radius within which the real place lies, metres
 * @example
 * pointToBorderRange(tjAfIndex, [68.55, 37.35], 40_000); // Kharbmaydon, ±40 km
 * //=> { value: 13489.5, min: 0, max: 53489.5, uncertaintyMeters: 40000 }
 */
export function pointToBorderRange(
	index: BorderIndex,
	point: LonLat,
	precisionMeters: number
): DistanceRange {
	assertNonNegative(precisionMeters, 'precisionMeters');
	return distanceRange(distanceToBorderMeters(index, point), precisionMeters);
}

/**
 * Geodesic distance between two imprecise points, as a range (the two radii add).
 *
 * @param a nominal `[lon, lat]` of the first point
 * @param precisionA its precision radius, metres
 * @param b nominal `[lon, lat]` of the second point
 * @param precisionB its precision radius, metres
 * @example
 * pointToPointRange([68.7833, 38.5333], 3_000, [68.55, 37.35], 40_000); // Dushanbe → Kharbmaydon
 * //=> { value: 132932.06, min: 89932.06, max: 175932.06, uncertaintyMeters: 43000 }
 */
export function pointToPointRange(
	a: LonLat,
	precisionA: number,
	b: LonLat,
	precisionB: number
): DistanceRange {
	assertNonNegative(precisionA, 'precisionA');
	assertNonNegative(precisionB, 'precisionB');
	return distanceRange(inverse(a, b).distanceMeters, precisionA + precisionB);
}

/**
 * Formats a distance range for display. The value and both ends share one display unit and
 * are rounded no finer than a tenth of the uncertainty (a ±40 km position does not deserve
 * "18.37 km"); with no uncertainty only the value is shown.
 *
 * @param range from {@link distanceRange} and friends
 * @param unit km, mi or nmi
 * @returns e.g. "13 km (0–53 km with the ±40 km position uncertainty)"
 * @throws {TypeError} naming `range` when it is not a DistanceRange
 * @example
 * formatDistanceRange(distanceRange(18_400, 40_000), 'km');
 * //=> "18 km (0–58 km with the ±40 km position uncertainty)"
 */
export function formatDistanceRange(range: DistanceRange, unit: LengthUnit): string {
	if (range === null || typeof range !== 'object')
		throw new TypeError('range must be a DistanceRange');
	const { value, min, max, uncertaintyMeters: r } = range;
	for (const [k, v] of Object.entries({ value, min, max, uncertaintyMeters: r })) {
		assertNonNegative(v, `range.${k}`);
	}
	if (r === 0) return formatLength(value, unit);
	const { d, n } = rangeDisplay(range, unit);
	return m.analyst_distance_range({
		value: n(value),
		min: n(min),
		max: n(max),
		unit: unitSymbol(d.suffix),
		uncertainty: formatLengthCompact(r, unit)
	});
}

/** One display unit for a range, and decimals so that one step is at most a tenth of the uncertainty. */
function rangeDisplay(range: DistanceRange, unit: LengthUnit) {
	const d = lengthDisplay(range.max, unit);
	const tenth = range.uncertaintyMeters / d.factor / 10;
	const decimals = Math.min(d.decimals, Math.max(0, Math.ceil(-Math.log10(tenth))));
	return { d, n: (m: number) => formatNumber(m / d.factor, decimals) };
}

/**
 * A distance range in a few characters, for narrow tables: the value and the uncertainty in the
 * same unit and decimals, "81.2 km ±1" (the full range is {@link formatDistanceRange}'s); with no uncertainty
 * only the value.
 *
 * @example
 * formatDistanceShort(distanceRange(81_234, 1_000), 'km'); //=> "81.2 km ±1"
 * formatDistanceShort(distanceRange(13_489, 40_000), 'km'); //=> "13 km ±40"
 */
export function formatDistanceShort(range: DistanceRange, unit: LengthUnit): string {
	if (range === null || typeof range !== 'object')
		throw new TypeError('range must be a DistanceRange');
	const { value, uncertaintyMeters: r } = range;
	assertNonNegative(value, 'range.value');
	assertNonNegative(r, 'range.uncertaintyMeters');
	if (r === 0) return formatLength(value, unit);
	const { d, n } = rangeDisplay(range, unit);
	// the ± in the value's unit and decimals, without trailing zeros ("±1", "±0.5")
	const point = formatNumber(0.5, 1).charAt(1); // the page's decimal mark
	const pm = n(r)
		.replace(new RegExp(`(\\${point}\\d*?)0+$`), '$1')
		.replace(new RegExp(`\\${point}$`), '');
	return `${n(value)} ${unitSymbol(d.suffix)} ±${pm}`;
}
