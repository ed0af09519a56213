/**
 * Decimal-degree formatting of a position, latitude first as people read coordinates.
 *
 * @module
 */
import { assertLonLat } from './assert-lonlat';
import type { LonLat } from './types';

export interface FormatDDOptions {
	/** Decimals of a degree (default 5, about 1 m; 4 is about 11 m). */
	decimals?: number;
	/**
	 * `'hemisphere'` (default): "38.53330° N, 68.78330° E";
	 * `'plain'`: signed numbers, "38.5333, 68.7833" (what GPS apps and search boxes accept).
	 */
	style?: 'hemisphere' | 'plain';
}

/** Wraps a longitude into [-180, 180). */
export function wrapLongitude(lon: number): number {
	const w = ((((lon + 180) % 360) + 360) % 360) - 180;
	return w === -180 && lon > 0 ? 180 : w;
}

function fixed(x: number, decimals: number): string {
	const s = x.toFixed(decimals);
	return /^-0(\.0+)?$/.test(s) ? s.slice(1) : s;
}

/**
 * Formats `[lon, lat]` in decimal degrees, latitude first.
 *
 * @param lonLat the position, `[lon, lat]` degrees (longitude wrapped into [-180, 180])
 * @param options decimals (default 5) and style (default 'hemisphere')
 * @returns e.g. "38.53330° N, 68.78330° E", or "38.5333, 68.7833" with `{ style: 'plain', decimals: 4 }`
 * @throws {TypeError|RangeError} naming `lonLat` or `options.decimals`
 * @example
 * formatDD([68.7833, 38.5333]); //=> "38.53330° N, 68.78330° E"
 * formatDD([68.7833, 38.5333], { style: 'plain', decimals: 4 }); //=> "38.5333, 68.7833"
 * formatDD([-0.1276, 51.5072], { decimals: 2 }); //=> "51.51° N, 0.13° W"
 */
export function formatDD(lonLat: LonLat, options: FormatDDOptions = {}): string {
	assertLonLat(lonLat, 'lonLat');
	const decimals = options.decimals ?? 5;
	if (!Number.isInteger(decimals) || decimals < 0 || decimals > 12) {
		throw new RangeError(`options.decimals must be an integer in [0, 12], got ${decimals}`);
	}
	const lon = wrapLongitude(lonLat[0]);
	const lat = lonLat[1];
	if (options.style === 'plain') return `${fixed(lat, decimals)}, ${fixed(lon, decimals)}`;
	const latText = fixed(Math.abs(lat), decimals);
	const lonText = fixed(Math.abs(lon), decimals);
	// a value that rounds to zero gets no southern/western letter
	const ns = lat < 0 && Number(latText) !== 0 ? 'S' : 'N';
	const ew = lon < 0 && Number(lonText) !== 0 ? 'W' : 'E';
	return `${latText}° ${ns}, ${lonText}° ${ew}`;
}
