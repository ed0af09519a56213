/**
 * The figure's scale bar: metres per pixel at the map's centre, measured as a geodesic on WGS84,
 * and the longest round length (1, 2 or 5 × 10ⁿ of a unit) that fits a given width.
 */
import { inverse } from '$lib/geo/geodesic';
import { METERS_PER_UNIT, type LengthUnit } from '$lib/geo/units';

/** MapLibre's zoom 0 shows the world 512 CSS pixels wide (its tile size). */
const WORLD_PX_AT_ZOOM_0 = 512;

/**
 * Ground metres per CSS pixel at latitude `lat` and zoom `zoom`, along the screen's horizontal
 * at the centre: the geodesic length of a short east–west span on WGS84 divided by its pixels.
 * (Web Mercator stretches x by 1/cos φ; pitch leaves the scale at the centre as it is.)
 */
export function metresPerPixel(lat: number, zoom: number): number {
	// one pixel: short enough that the geodesic and the parallel agree (the local scale)
	const spanPx = 1;
	const degPerPx = 360 / (WORLD_PX_AT_ZOOM_0 * 2 ** zoom);
	return inverse([0, lat], [degPerPx * spanPx, lat]).distanceMeters / spanPx;
}

export interface ScaleBar {
	/** The bar's length on the ground, in metres. */
	metres: number;
	/** Its length in CSS pixels (≤ the width allowed). */
	px: number;
	/** "50 km", "200 m", "20 nmi" (in the page's language on the exported figure). */
	label: string;
}

/** The unit a scale bar is counted in: the reader's, or metres for short km bars. */
export type ScaleUnit = 'm' | LengthUnit;

/** Words a scale bar's length: its amount (1, 2 or 5 × 10ⁿ) and its unit. */
export type ScaleLength = (amount: number, unit: ScaleUnit) => string;

/** "2,000 km", "0.5 nmi": the link preview cards' and the tests' wording (English). */
export const englishScaleLength: ScaleLength = (amount, unit) =>
	`${formatScaleAmount(amount, 'en-GB')} ${unit}`;

const STEPS = [1, 2, 5] as const;

/**
 * The longest round length that is at most `maxPx` pixels long, in `unit` (km falls back to
 * metres below 1 km). Null for a scale that cannot be drawn (no width, or no finite scale).
 */
export function pickScaleBar(
	metresPerPx: number,
	maxPx: number,
	unit: LengthUnit = 'km',
	length: ScaleLength = englishScaleLength
): ScaleBar | null {
	if (!(metresPerPx > 0) || !(maxPx > 0) || !Number.isFinite(metresPerPx * maxPx)) return null;
	const unitMetres = METERS_PER_UNIT[unit];
	const maxMetres = metresPerPx * maxPx;
	// km below 1 km reads better in metres; miles and nautical miles stay as they are
	const [base, name]: [number, ScaleUnit] =
		unit === 'km' && maxMetres < unitMetres ? [1, 'm'] : [unitMetres, unit];
	const maxUnits = maxMetres / base;
	// 10^exponent ≤ maxUnits < 10^(exponent+1), so one of 5, 2, 1 × 10^exponent fits
	const exponent = Math.floor(Math.log10(maxUnits) + 1e-12);
	const units = Math.max(
		...STEPS.map((s) => s * 10 ** exponent).filter((u) => u <= maxUnits * (1 + 1e-12))
	);
	const metres = units * base;
	return { metres, px: metres / metresPerPx, label: length(units, name) };
}

/**
 * A scale bar's amount in a BCP 47 locale: 0.5 → "0.5", 2000 → "2,000" in 'en-GB' ("0,5",
 * "2 000" in 'ru-RU'); no float noise such as 0.30000000000000004.
 */
export function formatScaleAmount(n: number, locale: string): string {
	return Number(n.toPrecision(6)).toLocaleString(locale, { maximumFractionDigits: 6 });
}
