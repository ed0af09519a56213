import { describe, expect, it } from 'vitest';
import { cleanRing } from './geometry';
import { round, toJsonText } from './serialize';

describe('serialisation helpers', () => {
	it('rounds half away from zero and never writes -0', () => {
		expect(round(1.0000005, 6)).toBe(1.000001);
		expect(round(-1.0000005, 6)).toBe(-1.000001);
		expect(Object.is(round(-0.0000001, 5), 0)).toBe(true);
		expect(() => round(Number.NaN, 5)).toThrow(RangeError);
	});

	it('writes compact JSON with a trailing newline and refuses non-finite numbers', () => {
		expect(toJsonText({ a: [1, 2], b: 'x' })).toBe('{"a":[1,2],"b":"x"}\n');
		expect(() => toJsonText({ a: Infinity })).toThrow(RangeError);
	});

	it('closes rings, drops repeats and winds them by the right-hand rule', () => {
		const cw = [
			[0, 0],
			[0, 1],
			[0, 1],
			[1, 1],
			[1, 0]
		];
		expect(cleanRing(cw, 5, true)).toEqual([
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 1],
			[0, 0]
		]);
		expect(cleanRing(cw, 5, false)?.[1]).toEqual([0, 1]);
		expect(
			cleanRing(
				[
					[0, 0],
					[0.000001, 0],
					[0, 0]
				],
				5,
				true
			)
		).toBeNull();
	});
});
