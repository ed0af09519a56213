/**
 * The figures that explain a border's length, on small lines near the equator you can reason
 * about (0.01° of longitude ≈ 1,113 m there).
 */
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { inverse } from '../../../src/lib/geo/geodesic';
import { createBorderIndex } from '../../../src/lib/geo/nearest-point-on-border';
import { isClosedRing, maxOffsetMeters, median, splitParts, vertexSpacing } from './border-figures';

const main: Position[] = [
	[0, 0],
	[0.01, 0],
	[0.02, 0],
	[0.05, 0]
];
const ring: Position[] = [
	[1, 1],
	[1.01, 1],
	[1.01, 1.01],
	[1, 1.01],
	[1, 1]
];
const d = (a: Position, b: Position) =>
	inverse(a as [number, number], b as [number, number]).distanceMeters;

describe('splitParts', () => {
	it('tells closed rings from the open main line', () => {
		expect(isClosedRing(ring)).toBe(true);
		expect(isClosedRing(main)).toBe(false);
		expect(
			isClosedRing([
				[0, 0],
				[1, 0],
				[0, 0]
			])
		).toBe(false); // too short to be a ring
	});

	it('measures the main line and each ring separately', () => {
		const s = splitParts([main, ring]);
		expect(s.mainLineMeters).toBeCloseTo(d([0, 0], [0.05, 0]), 6);
		expect(s.ringsMeters).toHaveLength(1);
		expect(s.ringsMeters[0]).toBeGreaterThan(4 * 1100);
		expect(s.ringsMeters[0]).toBeLessThan(4 * 1115);
	});

	it('adds up several open parts into the main line', () => {
		const s = splitParts([main, main]);
		expect(s.mainLineMeters).toBeCloseTo(2 * d([0, 0], [0.05, 0]), 6);
		expect(s.ringsMeters).toEqual([]);
	});
});

describe('vertexSpacing', () => {
	it('gives the median and the longest segment over every part', () => {
		// segments: 1.11, 1.11, 3.34 km on the main line, four ~1.11 km sides on the ring
		const s = vertexSpacing([main, ring]);
		expect(s.segments).toBe(7);
		expect(s.maxMeters).toBeCloseTo(d([0.02, 0], [0.05, 0]), 6);
		expect(s.medianMeters).toBeGreaterThan(1100);
		expect(s.medianMeters).toBeLessThan(1115);
	});

	it('refuses a line without segments', () => {
		expect(() => vertexSpacing([[[0, 0]]])).toThrow(RangeError);
	});

	it('takes the mean of the two middle values for an even count', () => {
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([5])).toBe(5);
	});
});

describe('maxOffsetMeters', () => {
	it('is 0 against the same line, and the largest gap against a bent one', () => {
		expect(
			maxOffsetMeters([main], createBorderIndex({ type: 'LineString', coordinates: main }))
		).toBeLessThan(1e-6);
		// the other trace bows 0.01° north half-way: the largest gap is at the bow's apex,
		// between vertices of `main`, so only the sampling along segments finds it
		const other = createBorderIndex({
			type: 'LineString',
			coordinates: [
				[0, 0],
				[0.02, 0],
				[0.035, 0.01],
				[0.05, 0]
			]
		});
		const gap = maxOffsetMeters([main], other, 10);
		expect(gap).toBeGreaterThan(0.6 * 1105);
		expect(gap).toBeLessThan(1105);
		expect(
			maxOffsetMeters(
				[
					[
						[0.02, 0],
						[0.05, 0]
					]
				],
				other,
				1e9
			)
		).toBeLessThan(1e-6); // vertices only
	});
});
