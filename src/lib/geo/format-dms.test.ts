import { describe, expect, it } from 'vitest';
import { formatDMS, toDMS } from './format-dms';

describe('formatDMS', () => {
	it('formats degrees, minutes, seconds with primes and hemisphere letters', () => {
		expect(formatDMS([68.7833, 38.5333])).toBe('38°31′59.9″N 68°46′59.9″E');
		expect(formatDMS([-0.1276, 51.5072], { secondDecimals: 0 })).toBe('51°30′26″N 0°07′39″W');
		expect(formatDMS([151.2093, -33.8688], { secondDecimals: 2 })).toBe(
			'33°52′07.68″S 151°12′33.48″E'
		);
	});

	it('carries rounded seconds into minutes and degrees', () => {
		expect(toDMS(38.99999999, 1)).toEqual({ deg: 39, min: 0, sec: 0 });
		expect(formatDMS([68.7833, 38.5333], { secondDecimals: 0 })).toBe('38°32′00″N 68°47′00″E');
		expect(formatDMS([179.99999999, 0])).toBe('0°00′00.0″N 180°00′00.0″E');
	});

	it('shows no southern or western zero', () => {
		expect(formatDMS([-0.000001, -0.000001])).toBe('0°00′00.0″N 0°00′00.0″E');
	});

	it('names the bad parameter', () => {
		expect(() => formatDMS([NaN, 0])).toThrow(/lonLat\[0\]/);
		expect(() => formatDMS([0, 0], { secondDecimals: -1 })).toThrow(/options\.secondDecimals/);
	});
});
