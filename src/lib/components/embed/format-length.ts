/**
 * Lengths as the embed shows them, in the units of the `units` URL parameter. Conversion
 * factors are exact by definition (international mile 1609.344 m, nautical mile 1852 m).
 */
import type { Units } from '$lib/state/map-state';

export const METERS_PER_UNIT: Readonly<Record<Units, number>> = {
	km: 1000,
	mi: 1609.344,
	nmi: 1852
};

export const UNIT_LABELS: Readonly<Record<Units, string>> = {
	km: 'km',
	mi: 'mi',
	nmi: 'nmi'
};

/**
 * `meters` in `units`, with precision that follows the size: 3 significant digits below 100,
 * whole units above (e.g. "8.42 km", "81.2 km", "1,344 km").
 *
 * @throws {RangeError} naming `meters` when it is negative or not finite
 */
export function formatLength(meters: number, units: Units): string {
	if (!Number.isFinite(meters) || meters < 0) {
		throw new RangeError(`meters must be a finite number ≥ 0 (got ${meters})`);
	}
	const value = meters / METERS_PER_UNIT[units];
	const digits = value < 10 ? 2 : value < 100 ? 1 : 0;
	const text = value.toLocaleString('en-GB', {
		minimumFractionDigits: value === 0 ? 0 : digits,
		maximumFractionDigits: digits
	});
	return `${text} ${UNIT_LABELS[units]}`;
}
