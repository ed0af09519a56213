/**
 * Length units (km, statute miles, nautical miles), conversions, and formatting of lengths and
 * bearings for display. Formatting follows the page's language (src/lib/i18n/locale.ts): English
 * "1,344.15 km" (en-US grouping, a point as decimal mark), Russian "1 344,15 км" (no-break space,
 * decimal comma); deterministic, so the same number reads the same in the map and the table.
 * Files meant for software (CSV, GeoJSON) pass `'en'` to keep a point as the decimal mark.
 *
 * @module
 */

import { pageLocale } from '$lib/i18n/locale';
import type { Locale } from '$lib/i18n/locales';
import type { LengthUnit } from './length-units';

export { LENGTH_UNITS, type LengthUnit } from './length-units';

/** Exact metres per unit: km; international statute mile (1959); international nautical mile. */
export const METERS_PER_UNIT: Readonly<Record<LengthUnit, number>> = {
	km: 1000,
	mi: 1609.344,
	nmi: 1852
};

const UNIT_NAMES_BY_LOCALE: Readonly<Record<Locale, Readonly<Record<LengthUnit, string>>>> = {
	en: { km: 'kilometres', mi: 'miles', nmi: 'nautical miles' },
	ru: { km: 'километры', mi: 'мили', nmi: 'морские мили' }
};

/** Display names in the page's language, singular and plural not distinguished. */
export const UNIT_NAMES: Readonly<Record<LengthUnit, string>> = {
	get km() {
		return UNIT_NAMES_BY_LOCALE[pageLocale()].km;
	},
	get mi() {
		return UNIT_NAMES_BY_LOCALE[pageLocale()].mi;
	},
	get nmi() {
		return UNIT_NAMES_BY_LOCALE[pageLocale()].nmi;
	}
};

/** Unit symbols as each language writes them after a number. */
const UNIT_SYMBOLS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
	en: { m: 'm', km: 'km', ft: 'ft', mi: 'mi', nmi: 'nmi' },
	ru: { m: 'м', km: 'км', ft: 'фт', mi: 'миль', nmi: 'мор. миль' }
};

/** A unit symbol (`m`, `km`, `ft`, `mi`, `nmi`) in `locale`. */
export function unitSymbol(symbol: string, locale: Locale = pageLocale()): string {
	return UNIT_SYMBOLS[locale][symbol] ?? symbol;
}

/** Type guard for {@link LengthUnit}. */
export function isLengthUnit(value: unknown): value is LengthUnit {
	return value === 'km' || value === 'mi' || value === 'nmi';
}

function assertUnit(unit: unknown, name = 'unit'): asserts unit is LengthUnit {
	if (!isLengthUnit(unit)) {
		throw new RangeError(`${name} must be one of km, mi, nmi, got ${String(unit)}`);
	}
}

function assertFinite(x: unknown, name: string): asserts x is number {
	if (typeof x !== 'number' || !Number.isFinite(x)) {
		throw new TypeError(`${name} must be a finite number, got ${String(x)}`);
	}
}

/**
 * Converts metres to a length unit.
 *
 * @param meters length in metres
 * @param unit target unit
 * @returns the length in `unit`
 * @throws {TypeError} naming `meters`; {RangeError} naming `unit`
 * @example
 * metersTo(1852, 'nmi'); //=> 1
 */
export function metersTo(meters: number, unit: LengthUnit): number {
	assertFinite(meters, 'meters');
	assertUnit(unit);
	return meters / METERS_PER_UNIT[unit];
}

/**
 * Converts a length in a unit to metres.
 *
 * @example
 * toMeters(1, 'mi'); //=> 1609.344
 */
export function toMeters(value: number, unit: LengthUnit): number {
	assertFinite(value, 'value');
	assertUnit(unit);
	return value * METERS_PER_UNIT[unit];
}

/** How a length is shown: the number in `suffix` units, with `decimals` decimals. */
export interface LengthDisplay {
	/** Metres per displayed unit (e.g. 1 for "m", 1000 for "km", 0.3048 for "ft"). */
	factor: number;
	suffix: string;
	decimals: number;
}

/**
 * Chooses the display unit and decimals for a length: small lengths in the unit's everyday
 * sub-unit (metres for km, feet for miles), then fewer decimals as the number grows
 * (about three significant digits, never fewer than the whole number).
 *
 * | unit | below | shown as |
 * | --- | --- | --- |
 * | km | 1 km | metres: 1 decimal under 10 m, else whole |
 * | mi | 0.1 mi (528 ft) | feet, whole |
 * | nmi | — | nautical miles, down to 3 decimals |
 *
 * Then 2 decimals under 10, 1 under 100, none from 100 up.
 */
export function lengthDisplay(meters: number, unit: LengthUnit): LengthDisplay {
	assertFinite(meters, 'meters');
	assertUnit(unit);
	const abs = Math.abs(meters);
	if (unit === 'km' && abs < 999.5) {
		return { factor: 1, suffix: 'm', decimals: abs < 9.95 ? 1 : 0 };
	}
	if (unit === 'mi' && abs < 0.1 * METERS_PER_UNIT.mi) {
		return { factor: 0.3048, suffix: 'ft', decimals: 0 };
	}
	const factor = METERS_PER_UNIT[unit];
	const v = abs / factor;
	const decimals = v < 0.995 && unit === 'nmi' ? 3 : v < 9.995 ? 2 : v < 99.95 ? 1 : 0;
	return { factor, suffix: unit, decimals };
}

const formatters = new Map<string, Intl.NumberFormat>();

/** The minus sign of every negative figure the app shows: U+2212, never the hyphen. */
export const MINUS = '\u2212';

/**
 * Formats a number with exactly `decimals` decimals and the grouping of `locale` (the page's
 * language by default): "1,344.5" in English, "1 344,5" in Russian; a negative number gets the
 * true minus sign ("−7.07", U+2212); no "−0".
 */
export function formatNumber(
	value: number,
	decimals: number,
	locale: Locale = pageLocale()
): string {
	assertFinite(value, 'value');
	if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
		throw new RangeError(`decimals must be an integer in [0, 20], got ${decimals}`);
	}
	const key = `${locale}:${decimals}`;
	let f = formatters.get(key);
	if (f === undefined) {
		f = new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-US', {
			minimumFractionDigits: decimals,
			maximumFractionDigits: decimals,
			useGrouping: true
		});
		formatters.set(key, f);
	}
	const s = f.format(value);
	// "-0", "-0.0" after rounding read as a sign error
	if (/^[-\u2212]0([.,]0+)?$/.test(s)) return s.slice(1);
	return s.startsWith('-') ? MINUS + s.slice(1) : s;
}

/**
 * Formats a number with its sign always written, "+1.2" or "−7.07" (U+2212), and no sign when it
 * rounds to zero: the one way a signed difference is shown.
 *
 * @example
 * formatSignedNumber(-7.068, 2); //=> "−7.07"
 * formatSignedNumber(0.001, 1); //=> "0.0"
 */
export function formatSignedNumber(
	value: number,
	decimals: number,
	locale: Locale = pageLocale()
): string {
	const s = formatNumber(value, decimals, locale);
	if (/^0([.,]0+)?$/.test(s) || s.startsWith(MINUS)) return s;
	return `+${s}`;
}

/**
 * Formats a length for display with sensible precision (see {@link lengthDisplay}).
 *
 * @param meters length in metres (negative lengths are shown with a minus sign)
 * @param unit display unit family: km (with m), mi (with ft) or nmi
 * @param decimals optional fixed number of decimals, overriding the automatic choice
 * @returns e.g. "850 m", "18.4 km", "1,344 km", "0.54 nmi", "528 ft"
 * @throws {TypeError} naming `meters`; {RangeError} naming `unit`
 * @example
 * formatLength(132_932.06, 'km'); //=> "133 km"
 * formatLength(132_932.06, 'mi'); //=> "82.6 mi"
 * formatLength(13_489.5, 'nmi'); //=> "7.28 nmi"
 */
export function formatLength(
	meters: number,
	unit: LengthUnit,
	decimals?: number,
	locale: Locale = pageLocale()
): string {
	const d = lengthDisplay(meters, unit);
	const n = formatNumber(meters / d.factor, decimals ?? d.decimals, locale);
	return `${n} ${unitSymbol(d.suffix, locale)}`;
}

/**
 * A signed length, with its sign always written (see {@link formatSignedNumber}): "+1.2 km",
 * "−7.07 km", "0 m".
 *
 * @example
 * formatSignedLength(-7_068, 'km'); //=> "−7.07 km"
 */
export function formatSignedLength(
	meters: number,
	unit: LengthUnit,
	decimals?: number,
	locale: Locale = pageLocale()
): string {
	const d = lengthDisplay(meters, unit);
	const n = formatSignedNumber(meters / d.factor, decimals ?? d.decimals, locale);
	return `${n} ${unitSymbol(d.suffix, locale)}`;
}

/**
 * A ratio as a signed percentage, "−5.0 %", "+21.8 %" (see {@link formatSignedNumber}).
 *
 * @example
 * formatSignedPercent(-0.0504); //=> "−5.0 %"
 */
export function formatSignedPercent(
	ratio: number,
	decimals = 1,
	locale: Locale = pageLocale()
): string {
	return `${formatSignedNumber(ratio * 100, decimals, locale)} %`;
}

/** Russian letters for the compass points' N, E, S, W (С, В, Ю, З). */
const RUSSIAN_POINTS: Readonly<Record<string, string>> = { N: 'С', E: 'В', S: 'Ю', W: 'З' };

/** Names of the compass points, clockwise from north, for 4, 8 and 16 points. */
const COMPASS: Record<4 | 8 | 16, readonly string[]> = {
	4: ['N', 'E', 'S', 'W'],
	8: ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'],
	16: [
		'N',
		'NNE',
		'NE',
		'ENE',
		'E',
		'ESE',
		'SE',
		'SSE',
		'S',
		'SSW',
		'SW',
		'WSW',
		'W',
		'WNW',
		'NW',
		'NNW'
	]
};

/**
 * The compass point of a bearing.
 *
 * @param bearingDeg degrees clockwise from true north (any finite value; normalised)
 * @param points 4, 8 (default) or 16 points
 * @example
 * compassPoint(171); //=> "S"
 * compassPoint(171, 16); //=> "S"
 * compassPoint(150, 16); //=> "SSE"
 */
export function compassPoint(
	bearingDeg: number,
	points: 4 | 8 | 16 = 8,
	locale: Locale = pageLocale()
): string {
	assertFinite(bearingDeg, 'bearingDeg');
	const names = COMPASS[points];
	if (names === undefined) throw new RangeError(`points must be 4, 8 or 16, got ${String(points)}`);
	const sector = 360 / points;
	const b = ((bearingDeg % 360) + 360) % 360;
	const name = names[Math.floor((b + sector / 2) / sector) % points] as string;
	return locale === 'ru' ? [...name].map((c) => RUSSIAN_POINTS[c] ?? c).join('') : name;
}

/**
 * Formats a bearing as whole degrees (or `decimals`) with its compass point.
 *
 * @param bearingDeg degrees clockwise from true north
 * @param options `decimals` (default 0), `points` of the compass (default 8)
 * @returns e.g. "171° (S)"; a bearing that rounds to 360 is shown as 0°
 * @example
 * formatBearing(188.946); //=> "189° (S)"
 * formatBearing(359.7); //=> "0° (N)"
 */
export function formatBearing(
	bearingDeg: number,
	options: { decimals?: number; points?: 4 | 8 | 16 } = {}
): string {
	assertFinite(bearingDeg, 'bearingDeg');
	const decimals = options.decimals ?? 0;
	const f = 10 ** decimals;
	let b = Math.round((((bearingDeg % 360) + 360) % 360) * f) / f;
	if (b >= 360) b = 0;
	return `${formatNumber(b, decimals)}° (${compassPoint(b, options.points ?? 8, pageLocale())})`;
}

/**
 * Like {@link formatLength} but without trailing zeros, for round figures such as radii:
 * "40 km" rather than "40.0 km", "2.5 km", "500 m".
 *
 * @example
 * formatLengthCompact(40_000, 'km'); //=> "40 km"
 */
export function formatLengthCompact(meters: number, unit: LengthUnit): string {
	const d = lengthDisplay(meters, unit);
	let s = formatNumber(meters / d.factor, d.decimals);
	if (/[.,]/.test(s)) s = s.replace(/[.,]?0+$/, '');
	return `${s} ${unitSymbol(d.suffix)}`;
}
