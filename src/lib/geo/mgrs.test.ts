import { describe, expect, it } from 'vitest';
import { inverse } from './geodesic';
import { formatMGRS, parseMGRS } from './mgrs';

describe('formatMGRS', () => {
	it('formats Dushanbe at 1 m and 10 m, spaced or not', () => {
		expect(formatMGRS([68.7833, 38.5333])).toBe('42S VH 81112 65010');
		expect(formatMGRS([68.7833, 38.5333], { precisionMeters: 10, spaced: false })).toBe(
			'42SVH81116501'
		);
		expect(formatMGRS([68.7833, 38.5333], { precisionMeters: 100000 })).toBe('42S VH');
	});

	it('handles the Norway and Svalbard zone exceptions', () => {
		expect(formatMGRS([5.3, 60.5], { spaced: false })).toMatch(/^32V/);
		expect(formatMGRS([10, 75], { spaced: false })).toMatch(/^33X/);
	});

	it('returns null outside UTM coverage and names bad parameters', () => {
		expect(formatMGRS([0, 85])).toBeNull();
		expect(formatMGRS([0, -80.5])).toBeNull();
		expect(() => formatMGRS([0, 0], { precisionMeters: 5 as 1 })).toThrow(
			/options\.precisionMeters/
		);
		expect(() => formatMGRS([0, NaN])).toThrow(/lonLat\[1\]/);
	});
});

describe('parseMGRS', () => {
	it('returns the centre of the named square', () => {
		const p = parseMGRS('42S VH 81112 65010')!;
		expect(p.precisionMeters).toBe(1);
		expect(inverse(p.lonLat, [68.7833, 38.5333]).distanceMeters).toBeLessThan(1);
		expect(parseMGRS('42svh8111265010')!.normalized).toBe('42S VH 81112 65010');
		expect(parseMGRS('42SVH 8111 6501')!.precisionMeters).toBe(10);
		expect(parseMGRS('42SVH')!.precisionMeters).toBe(100000);
	});

	it('rejects invalid references without throwing', () => {
		for (const bad of [
			'',
			'42S',
			'42SVH811126501',
			'42SVH 8111 650',
			'61SVH',
			'0SVH',
			'42SIH',
			'42S VH 81112 65010 1',
			'42T VH 81112 65010',
			'hello'
		]) {
			expect(parseMGRS(bad), bad).toBeNull();
		}
	});
});

describe('parseMGRS: digits', () => {
	it('rounds the centre to the decimals the square deserves, not 14', () => {
		const decimals = (x: number) => (String(x).split('.')[1] ?? '').length;
		for (const [ref, max] of [
			['42S VH 81112 65010', 6],
			['42S VH 8111 6501', 5],
			['42S VH 811 650', 4],
			['42S VH 81 65', 3],
			['42S VH 8 6', 2],
			['42S VH', 1]
		] as const) {
			const p = parseMGRS(ref)!;
			expect(decimals(p.lonLat[0]), ref).toBeLessThanOrEqual(max);
			expect(decimals(p.lonLat[1]), ref).toBeLessThanOrEqual(max);
		}
		// still inside the named square: 1 m reference within 1 m of Dushanbe's stated point
		expect(
			inverse(parseMGRS('42S VH 81112 65010')!.lonLat, [68.7833, 38.5333]).distanceMeters
		).toBeLessThan(1);
	});
});
