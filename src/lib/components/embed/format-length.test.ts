import { describe, expect, it } from 'vitest';
import { formatLength } from './format-length';

describe('formatLength', () => {
	it('follows the size of the number', () => {
		expect(formatLength(8421, 'km')).toBe('8.42 km');
		expect(formatLength(81_234.5, 'km')).toBe('81.2 km');
		expect(formatLength(1_344_000, 'km')).toBe('1,344 km');
		expect(formatLength(0, 'km')).toBe('0 km');
	});
	it('converts with the exact factors', () => {
		expect(formatLength(1609.344, 'mi')).toBe('1.00 mi');
		expect(formatLength(185_200, 'nmi')).toBe('100 nmi');
	});
	it('rejects impossible lengths, naming the parameter', () => {
		expect(() => formatLength(-1, 'km')).toThrow(/meters/);
		expect(() => formatLength(Number.NaN, 'km')).toThrow(/meters/);
	});
});
