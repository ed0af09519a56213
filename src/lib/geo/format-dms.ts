/**
 * Degrees–minutes–seconds formatting of a position, latitude first.
 *
 * @module
 */
import { assertLonLat } from './assert-lonlat';
import type { LonLat } from './types';
import { wrapLongitude } from './format-dd';

export interface FormatDMSOptions {
	/** Decimals of the seconds (default 1, about 3 m; 0 is about 31 m). */
	secondDecimals?: number;
}

/** Splits |value| into degrees, minutes and seconds rounded to `decimals`, carrying 60s upwards. */
export function toDMS(value: number, decimals = 1): { deg: number; min: number; sec: number } {
	const f = 10 ** decimals;
	const total = Math.round(Math.abs(value) * 3600 * f); // in units of 10^-decimals seconds
	const perMin = 60 * f;
	const perDeg = 3600 * f;
	const deg = Math.floor(total / perDeg);
	const min = Math.floor((total - deg * perDeg) / perMin);
	const sec = (total - deg * perDeg - min * perMin) / f;
	return { deg, min, sec };
}

function part(value: number, decimals: number, pos: string, neg: string): string {
	const { deg, min, sec } = toDMS(value, decimals);
	const zero = deg === 0 && min === 0 && sec === 0;
	const secText = sec.toFixed(decimals).padStart(decimals > 0 ? decimals + 3 : 2, '0');
	return `${deg}°${String(min).padStart(2, '0')}′${secText}″${value < 0 && !zero ? neg : pos}`;
}

/**
 * Formats `[lon, lat]` as degrees, minutes and seconds with hemisphere letters, latitude first,
 * using the prime (′) and double prime (″) signs.
 *
 * @param lonLat the position, `[lon, lat]` degrees (longitude wrapped into [-180, 180])
 * @param options `secondDecimals` (default 1)
 * @returns e.g. "38°31′59.9″N 68°46′59.9″E"
 * @throws {TypeError|RangeError} naming `lonLat` or `options.secondDecimals`
 * @example
 * formatDMS([68.78330, 38.53330]); //=> "38°31′59.9″N 68°46′59.9″E"
 * formatDMS([68.78330, 38.53330], { secondDecimals: 0 }); //=> "38°32′00″N 68°47′00″E"
 */
export function formatDMS(lonLat: LonLat, options: FormatDMSOptions = {}): string {
	assertLonLat(lonLat, 'lonLat');
	const decimals = options.secondDecimals ?? 1;
	if (!Number.isInteger(decimals) || decimals < 0 || decimals > 8) {
		throw new RangeError(`options.secondDecimals must be an integer in [0, 8], got ${decimals}`);
	}
	return `${part(lonLat[1], decimals, 'N', 'S')} ${part(wrapLongitude(lonLat[0]), decimals, 'E', 'W')}`;
}
