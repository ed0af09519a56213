import { describe, expect, it } from 'vitest';
import type { FeatureCollection, MultiLineString } from 'geojson';
import {
	distanceRange,
	formatDistanceRange,
	pointToBorderRange,
	pointToPointRange
} from './distance-range';
import { inverse } from './geodesic';
import { createBorderIndex } from './nearest-point-on-border';
import { readFixture } from './testing/fixtures';

const border = readFixture<FeatureCollection<MultiLineString>>(
	'nearest-point-on-border',
	'in/tj-af-border.geojson'
).features[0]!;
const index = createBorderIndex(border.geometry);

describe('distanceRange', () => {
	it('is value ± r, clamped at 0', () => {
		expect(distanceRange(18_400, 40_000)).toEqual({
			value: 18_400,
			min: 0,
			max: 58_400,
			uncertaintyMeters: 40_000
		});
		expect(distanceRange(100_000, 3_000)).toMatchObject({ min: 97_000, max: 103_000 });
		expect(distanceRange(5, 0)).toMatchObject({ min: 5, max: 5 });
	});

	it('names the bad parameter', () => {
		expect(() => distanceRange(-1, 0)).toThrow(/valueMeters must be ≥ 0/);
		expect(() => distanceRange(1, NaN)).toThrow(/uncertaintyMeters/);
	});
});

describe('point → border', () => {
	it('Kharbmaydon (±40 km) lies 13.5 km from the Tajik–Afghan border: its circle crosses it, min is 0', () => {
		const r = pointToBorderRange(index, [68.55, 37.35], 40_000);
		expect(r.value / 1000).toBeCloseTo(13.489, 3);
		expect(r.min).toBe(0);
		expect(r.max).toBeCloseTo(r.value + 40_000, 9);
		expect(formatDistanceRange(r, 'km')).toBe(
			'13 km (0–53 km with the ±40 km position uncertainty)'
		);
	});

	it('Dushanbe (±3 km) does not reach the border: min is value − 3 km', () => {
		const r = pointToBorderRange(index, [68.7833, 38.5333], 3_000);
		expect(r.min).toBeCloseTo(r.value - 3_000, 9);
		expect(r.min).toBeGreaterThan(0);
	});
});

describe('point → point', () => {
	it('adds both radii (Dushanbe ±3 km → Kharbmaydon ±40 km)', () => {
		const r = pointToPointRange([68.7833, 38.5333], 3_000, [68.55, 37.35], 40_000);
		expect(r.value).toBeCloseTo(inverse([68.7833, 38.5333], [68.55, 37.35]).distanceMeters, 9);
		expect(r.uncertaintyMeters).toBe(43_000);
		expect(r.min).toBeCloseTo(r.value - 43_000, 9);
		expect(formatDistanceRange(r, 'km')).toBe(
			'133 km (90–176 km with the ±43 km position uncertainty)'
		);
		expect(() => pointToPointRange([0, 0], -1, [1, 1], 0)).toThrow(/precisionA/);
	});
});

describe('formatDistanceRange', () => {
	it('matches the design example', () => {
		expect(formatDistanceRange(distanceRange(18_400, 40_000), 'km')).toBe(
			'18 km (0–58 km with the ±40 km position uncertainty)'
		);
	});

	it('keeps precision that the uncertainty supports, in other units too', () => {
		expect(formatDistanceRange(distanceRange(77_357, 2_000), 'km')).toBe(
			'77.4 km (75.4–79.4 km with the ±2 km position uncertainty)'
		);
		expect(formatDistanceRange(distanceRange(132_932, 43_000), 'mi')).toBe(
			'83 mi (56–109 mi with the ±26.7 mi position uncertainty)'
		);
		expect(formatDistanceRange(distanceRange(600, 300), 'km')).toBe(
			'600 m (300–900 m with the ±300 m position uncertainty)'
		);
	});

	it('shows the plain value without uncertainty', () => {
		expect(formatDistanceRange(distanceRange(132_932, 0), 'nmi')).toBe('71.8 nmi');
	});
});

describe('formatDistanceShort', () => {
	it('gives the value and the ± in a few characters (issue 13: seven-line cells on phones)', async () => {
		const { formatDistanceShort } = await import('./distance-range');
		expect(formatDistanceShort(distanceRange(81_234, 1_000), 'km')).toBe('81.2 km ±1');
		expect(formatDistanceShort(distanceRange(250_000, 60_000), 'mi')).toBe('155 mi ±37');
		expect(formatDistanceShort(distanceRange(13_489, 40_000), 'km')).toBe('13 km ±40');
		expect(formatDistanceShort(distanceRange(77_357, 500), 'km')).toBe('77.4 km ±0.5');
		expect(formatDistanceShort(distanceRange(132_932, 0), 'nmi')).toBe('71.8 nmi');
		for (const [v, r] of [
			[81_234, 1_000],
			[250_000, 60_000],
			[600, 300]
		] as const)
			expect(formatDistanceShort(distanceRange(v, r), 'mi').length).toBeLessThanOrEqual(14);
	});
});
