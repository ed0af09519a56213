/**
 * MGRS (Military Grid Reference System) grid references, via the `mgrs` package (proj4js).
 *
 * MGRS covers 80° S to 84° N (UTM); the polar UPS zones are not supported, so positions beyond
 * that give `null` here. A reference names a square (1 m to 100 km across) by its south-west
 * corner: formatting truncates, never rounds, and parsing returns the centre of the square,
 * rounded to the decimals the square's size deserves ({@link decimalsFor}).
 *
 * @module
 */
import * as mgrsModule from 'mgrs';
import { assertLonLat } from './assert-lonlat';
import type { LonLat } from './types';
import { wrapLongitude } from './format-dd';

type MgrsLib = typeof import('mgrs');
// The package ships ESM (named exports) for bundlers and UMD for Node, where the functions
// arrive on the default export; accept either.
const lib: MgrsLib =
	'forward' in mgrsModule && typeof mgrsModule.forward === 'function'
		? mgrsModule
		: (mgrsModule as unknown as { default: MgrsLib }).default;

/** Precision of an MGRS reference, metres (the side of the square it names). */
export type MgrsPrecision = 1 | 10 | 100 | 1000 | 10000 | 100000;

const DIGITS: Record<MgrsPrecision, number> = { 1: 5, 10: 4, 100: 3, 1000: 2, 10000: 1, 100000: 0 };

export interface FormatMGRSOptions {
	/** Side of the square, metres: 1 (default), 10, 100, 1000, 10000 or 100000. */
	precisionMeters?: MgrsPrecision;
	/** Group with spaces, "42S VH 81112 65010" (default true), or run together "42SVH8111265010". */
	spaced?: boolean;
}

/**
 * Formats a position as an MGRS grid reference.
 *
 * @param lonLat the position, `[lon, lat]` degrees
 * @param options precision (default 1 m) and spacing (default spaced)
 * @returns the reference, or `null` outside MGRS's UTM coverage (south of 80° S, north of 84° N)
 * @throws {TypeError|RangeError} naming `lonLat` or `options.precisionMeters`
 * @example
 * formatMGRS([68.7833, 38.5333]); //=> "42S VH 81112 65010"
 * formatMGRS([68.7833, 38.5333], { precisionMeters: 10, spaced: false }); //=> "42SVH81116501"
 */
export function formatMGRS(lonLat: LonLat, options: FormatMGRSOptions = {}): string | null {
	assertLonLat(lonLat, 'lonLat');
	const precision = options.precisionMeters ?? 1;
	const digits = DIGITS[precision];
	if (digits === undefined) {
		throw new RangeError(
			`options.precisionMeters must be 1, 10, 100, 1000, 10000 or 100000, got ${String(precision)}`
		);
	}
	const lat = lonLat[1];
	if (lat < -80 || lat > 84) return null;
	let lon = wrapLongitude(lonLat[0]);
	if (lon === 180) lon = -180;
	const ref = lib.forward([lon, lat], digits);
	if (options.spaced === false) return ref;
	const m = /^(\d{1,2}[C-X])([A-Z]{2})(\d*)$/.exec(ref);
	if (!m) return ref;
	const [, zone, square, nums = ''] = m;
	const half = nums.length / 2;
	return [zone, square, nums.slice(0, half), nums.slice(half)].filter((s) => s !== '').join(' ');
}

/** A parsed MGRS reference. */
export interface ParsedMGRS {
	/** Centre of the named square, `[lon, lat]`. */
	lonLat: LonLat;
	/** Side of the named square, metres. */
	precisionMeters: MgrsPrecision;
	/** The reference, normalised: upper case, spaced. */
	normalized: string;
}

const BANDS = 'CDEFGHJKLMNPQRSTUVWX';

/** Metres per degree of latitude (rounded up): what one decimal step of a degree is worth. */
const METERS_PER_DEGREE = 111_320;

/**
 * Decimals of a degree that a reference of this precision deserves: the fewest whose step is no
 * larger than the square (1 m → 6, about 0.1 m; 10 m → 5; … 100 km → 1), so a parsed point
 * carries no more digits than the reference says (not the projection's 14).
 */
export function decimalsFor(precisionMeters: MgrsPrecision): number {
	return Math.ceil(Math.log10(METERS_PER_DEGREE / precisionMeters));
}

const roundTo = (x: number, decimals: number) => {
	const f = 10 ** decimals;
	return Math.round(x * f) / f + 0;
};

/** The MGRS latitude band letter of a latitude in [-80, 84]. */
function bandOf(lat: number): string {
	if (lat >= 72) return 'X';
	return BANDS[Math.max(0, Math.floor((lat + 80) / 8))] ?? 'C';
}

const MGRS_RE = /^(\d{1,2})\s*([C-HJ-NP-X])\s*([A-HJ-NP-Z])\s*([A-HJ-NP-V])\s*(\d*)\s*(\d*)$/i;

/**
 * Parses an MGRS reference, with or without spaces ("42SVH8111265010", "42S VH 81112 65010",
 * "42s vh 8111 6501"). Never throws.
 *
 * @param text the reference
 * @returns the centre of the named square and its size, or `null` when `text` is not a valid
 *   reference (bad zone or band, letters I/O, an odd number of digits, unequal digit groups…)
 * @example
 * parseMGRS('42S VH 81112 65010'); //=> { lonLat: [68.78330…, 38.53330…], precisionMeters: 1, … }
 */
export function parseMGRS(text: string): ParsedMGRS | null {
	if (typeof text !== 'string') return null;
	const m = MGRS_RE.exec(text.trim());
	if (!m) return null;
	const [, zoneText = '', band = '', col = '', row = '', e = '', n = ''] = m;
	const zone = Number(zoneText);
	if (zone < 1 || zone > 60) return null;
	let digits: string;
	if (n !== '') {
		if (e.length !== n.length) return null;
		digits = e + n;
	} else {
		digits = e;
	}
	if (digits.length % 2 !== 0 || digits.length > 10) return null;
	const half = digits.length / 2;
	const precisionMeters = (10 ** (5 - half)) as MgrsPrecision;
	const compact = `${zone}${band}${col}${row}${digits}`.toUpperCase();
	try {
		const p = lib.toPoint(compact);
		const [lon, lat] = p;
		if (!Number.isFinite(lon) || !Number.isFinite(lat) || lat < -90 || lat > 90) return null;
		// the latitude band must match where the square lies (a neighbouring band is tolerated for
		// squares that straddle a band limit)
		const found = BANDS.indexOf(bandOf(lat));
		if (Math.abs(found - BANDS.indexOf(band.toUpperCase())) > 1) return null;
		const normalized = [
			`${zone}${band.toUpperCase()}`,
			`${col}${row}`.toUpperCase(),
			digits.slice(0, half),
			digits.slice(half)
		]
			.filter((s) => s !== '')
			.join(' ');
		const d = decimalsFor(precisionMeters);
		return {
			lonLat: [roundTo(wrapLongitude(lon), d), roundTo(lat, d)],
			precisionMeters,
			normalized
		};
	} catch {
		return null;
	}
}
