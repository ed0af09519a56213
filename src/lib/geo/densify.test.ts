import { describe, expect, it } from 'vitest';
import { densifyGeodesic, densifyPath } from './densify';
import { inverse, type LonLat } from './geodesic';

const DUSHANBE: LonLat = [68.7833, 38.5333];
const KHORUGH: LonLat = [71.55583, 37.49167];

describe('densifyGeodesic', () => {
	it('puts equal steps of at most the given length along the geodesic, ends exact', () => {
		const v = densifyGeodesic(DUSHANBE, KHORUGH);
		const total = inverse(DUSHANBE, KHORUGH).distanceMeters;
		expect(v).toHaveLength(Math.ceil(total / 10_000) + 1);
		expect(v[0]).toEqual(DUSHANBE);
		expect(v.at(-1)).toEqual(KHORUGH);
		const steps = v.slice(1).map((p, i) => inverse(v[i]!, p).distanceMeters);
		for (const s of steps) expect(s).toBeCloseTo(total / steps.length, 3);
	});

	it('leaves a short segment as its two ends and names bad input', () => {
		expect(densifyGeodesic(DUSHANBE, [68.8, 38.54])).toEqual([DUSHANBE, [68.8, 38.54]]);
		expect(() => densifyGeodesic(DUSHANBE, KHORUGH, 0)).toThrow(/maxStepMeters/);
		expect(() => densifyGeodesic(DUSHANBE, [1, 95])).toThrow(/b\[1\]/);
	});
});

describe('densifyPath', () => {
	it('joins the segments without repeating the shared vertex', () => {
		const path = densifyPath([DUSHANBE, KHORUGH, DUSHANBE], 100_000);
		expect(path).toHaveLength(7);
		expect(path[3]).toEqual(KHORUGH);
		expect(densifyPath([DUSHANBE])).toEqual([DUSHANBE]);
	});
});
