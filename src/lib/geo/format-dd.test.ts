import { describe, expect, it } from 'vitest';
import { formatDD, wrapLongitude } from './format-dd';

describe('formatDD', () => {
	it('formats with hemisphere letters, latitude first', () => {
		expect(formatDD([68.7833, 38.5333])).toBe('38.53330° N, 68.78330° E');
		expect(formatDD([-0.1276, 51.5072], { decimals: 2 })).toBe('51.51° N, 0.13° W');
		expect(formatDD([151.2093, -33.8688], { decimals: 4 })).toBe('33.8688° S, 151.2093° E');
	});

	it('formats plain signed numbers', () => {
		expect(formatDD([68.7833, 38.5333], { style: 'plain', decimals: 4 })).toBe('38.5333, 68.7833');
		expect(formatDD([-70.25, -33.5], { style: 'plain', decimals: 2 })).toBe('-33.50, -70.25');
	});

	it('never shows -0 or a southern zero', () => {
		expect(formatDD([-0.000001, -0.000001], { decimals: 3 })).toBe('0.000° N, 0.000° E');
		expect(formatDD([-0.000001, -0.000001], { style: 'plain', decimals: 3 })).toBe('0.000, 0.000');
	});

	it('wraps longitudes', () => {
		expect(wrapLongitude(190)).toBe(-170);
		expect(wrapLongitude(-190)).toBe(170);
		expect(wrapLongitude(180)).toBe(180);
		expect(wrapLongitude(-180)).toBe(-180);
		expect(formatDD([428.7833, 38.5333], { decimals: 4 })).toBe('38.5333° N, 68.7833° E');
	});

	it('names the bad parameter', () => {
		expect(() => formatDD([0, 100])).toThrow(/lonLat\[1\]/);
		expect(() => formatDD([0, 0], { decimals: 1.5 })).toThrow(/options\.decimals/);
	});
});
