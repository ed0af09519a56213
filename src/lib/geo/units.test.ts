import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	compassPoint,
	formatBearing,
	formatLength,
	formatLengthCompact,
	formatNumber,
	formatSignedLength,
	formatSignedNumber,
	isLengthUnit,
	metersTo,
	toMeters,
	type LengthUnit
} from './units';

describe('conversions', () => {
	it('uses the exact international definitions', () => {
		expect(metersTo(1000, 'km')).toBe(1);
		expect(metersTo(1609.344, 'mi')).toBe(1);
		expect(metersTo(1852, 'nmi')).toBe(1);
		expect(toMeters(2, 'nmi')).toBe(3704);
	});

	it('round-trips', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 4e7, noNaN: true }),
				fc.constantFrom<LengthUnit>('km', 'mi', 'nmi'),
				(m, u) => {
					expect(toMeters(metersTo(m, u), u)).toBeCloseTo(m, 6);
				}
			)
		);
	});

	it('names the bad parameter', () => {
		expect(() => metersTo(NaN, 'km')).toThrow(/meters/);
		expect(() => metersTo(1, 'ft' as LengthUnit)).toThrow(/unit must be one of km, mi, nmi/);
		expect(isLengthUnit('nmi')).toBe(true);
		expect(isLengthUnit('m')).toBe(false);
	});
});

describe('formatLength', () => {
	it.each([
		[0, 'km', '0.0 m'],
		[4.24, 'km', '4.2 m'],
		[850.4, 'km', '850 m'],
		[999.4, 'km', '999 m'],
		[999.6, 'km', '1.00 km'],
		[4_270, 'km', '4.27 km'],
		[18_400, 'km', '18.4 km'],
		[132_932.06, 'km', '133 km'],
		[1_344_000, 'km', '1,344 km'],
		[100, 'mi', '328 ft'],
		[132_932.06, 'mi', '82.6 mi'],
		[1_000, 'nmi', '0.540 nmi'],
		[13_489.5, 'nmi', '7.28 nmi'],
		[-18_400, 'km', '−18.4 km']
	] as [number, LengthUnit, string][])('%d m in %s → %s', (m, unit, text) => {
		expect(formatLength(m, unit)).toBe(text);
	});

	it('takes fixed decimals and compact round figures', () => {
		expect(formatLength(132_932.06, 'km', 2)).toBe('132.93 km');
		expect(formatLengthCompact(40_000, 'km')).toBe('40 km');
		expect(formatLengthCompact(2_500, 'km')).toBe('2.5 km');
		expect(formatLengthCompact(500, 'km')).toBe('500 m');
	});

	it('never prints a negative zero', () => {
		expect(formatNumber(-0.0001, 2)).toBe('0.00');
		expect(formatNumber(-0, 0)).toBe('0');
	});
});

describe('bearings', () => {
	it('formats whole degrees with the compass point', () => {
		expect(formatBearing(171)).toBe('171° (S)');
		expect(formatBearing(188.946)).toBe('189° (S)');
		expect(formatBearing(359.7)).toBe('0° (N)');
		expect(formatBearing(-90)).toBe('270° (W)');
		expect(formatBearing(44.4, { decimals: 1, points: 16 })).toBe('44.4° (NE)');
	});

	it('compass points split the circle evenly', () => {
		expect(compassPoint(22.4)).toBe('N');
		expect(compassPoint(22.5)).toBe('NE');
		expect(compassPoint(337.5)).toBe('N');
		expect(compassPoint(150, 16)).toBe('SSE');
		expect(compassPoint(100, 4)).toBe('E');
		expect(() => compassPoint(10, 5 as 8)).toThrow(/points must be 4, 8 or 16/);
		expect(() => formatBearing(Infinity)).toThrow(/bearingDeg/);
	});
});

describe('signed figures: one true minus sign (U+2212)', () => {
	it('writes the sign always, minus as U+2212, none on zero', async () => {
		const { formatSignedNumber, formatSignedLength, formatSignedPercent, MINUS } =
			await import('./units');
		expect(MINUS).toBe('\u2212');
		expect(formatSignedNumber(-7.068, 2)).toBe('\u22127.07');
		expect(formatSignedNumber(1.24, 1)).toBe('+1.2');
		expect(formatSignedNumber(-0.001, 1)).toBe('0.0');
		expect(formatSignedLength(-7_068, 'km')).toBe('\u22127.07 km');
		expect(formatSignedLength(1_200, 'km')).toBe('+1.20 km');
		expect(formatSignedPercent(-0.0504)).toBe('\u22125.0 %');
		expect(formatSignedPercent(0.218)).toBe('+21.8 %');
		// no hyphen-minus in anything signed
		for (const v of [-1e6, -123.4, -0.5, -1e-3])
			expect(formatSignedLength(v, 'km') + formatSignedPercent(v)).not.toContain('-');
	});
});

describe('in Russian', () => {
	it('groups with a no-break space, writes a decimal comma and Russian unit symbols', () => {
		expect(formatNumber(1344.15, 2, 'ru')).toBe('1\u00a0344,15');
		expect(formatLength(1_344_150, 'km', 2, 'ru')).toBe('1\u00a0344,15 км');
		expect(formatLength(850, 'km', undefined, 'ru')).toBe('850 м');
		expect(formatSignedNumber(-0.001, 1, 'ru')).toBe('0,0');
		expect(formatSignedLength(-7_068, 'km', undefined, 'ru')).toBe('\u22127,07 км');
		expect(compassPoint(150, 16, 'ru')).toBe('ЮЮВ');
		expect(formatLength(1_344_150, 'km', 2, 'en')).toBe('1,344.15 km');
	});
});
