import { describe, expect, it } from 'vitest';
import { inverse } from '$lib/geo/geodesic';
import { metresPerPixel, pickScaleBar } from './scale-bar';

describe('metresPerPixel', () => {
	it('at the equator, zoom 0: the equator (40,075,016.686 m on WGS84) over 512 px', () => {
		expect(metresPerPixel(0, 0)).toBeCloseTo(40_075_016.686 / 512, 0);
	});

	it('halves with each zoom level', () => {
		expect(metresPerPixel(38.5, 8) / metresPerPixel(38.5, 9)).toBeCloseTo(2, 6);
	});

	it('at Dushanbe (38.54° N) follows the WGS84 parallel, not a sphere', () => {
		// geodesic length of 1° of longitude along the parallel, spread over the pixels of 1° at zoom 7
		const oneDegree = inverse([68, 38.54], [69, 38.54]).distanceMeters;
		const pxPerDegree = (512 * 2 ** 7) / 360;
		expect(metresPerPixel(38.54, 7)).toBeCloseTo(oneDegree / pxPerDegree, 1);
		// a sphere of radius 6,371 km would be 0.2 % short here
		const sphere = (2 * Math.PI * 6_371_000 * Math.cos((38.54 * Math.PI) / 180)) / (512 * 2 ** 7);
		expect(Math.abs(metresPerPixel(38.54, 7) / sphere - 1)).toBeGreaterThan(0.001);
	});
});

describe('pickScaleBar', () => {
	it('picks the longest 1–2–5 length of km that fits', () => {
		// 1 px = 1 km: 160 px fits 100 km
		expect(pickScaleBar(1000, 160)).toEqual({ metres: 100_000, px: 100, label: '100 km' });
		// 260 px fits 200 km
		expect(pickScaleBar(1000, 260)?.label).toBe('200 km');
		expect(pickScaleBar(1000, 599)?.label).toBe('500 km');
		expect(pickScaleBar(1000, 1000)?.label).toBe('1,000 km');
	});

	it('is exact at a round length', () => {
		expect(pickScaleBar(500, 100)).toEqual({ metres: 50_000, px: 100, label: '50 km' });
	});

	it('switches to metres below a kilometre', () => {
		expect(pickScaleBar(5, 150)).toEqual({ metres: 500, px: 100, label: '500 m' });
		expect(pickScaleBar(0.5, 150)?.label).toBe('50 m');
	});

	it('uses miles or nautical miles when asked, with fractions below one', () => {
		expect(pickScaleBar(1852, 150, 'nmi')?.label).toBe('100 nmi');
		expect(pickScaleBar(10, 150, 'nmi')?.label).toBe('0.5 nmi');
		const mi = pickScaleBar(1000, 150, 'mi')!;
		expect(mi.label).toBe('50 mi');
		expect(mi.px).toBeCloseTo(80.47, 2);
	});

	it('never exceeds the width, whatever the scale', () => {
		for (let zoom = 0; zoom <= 16; zoom += 0.37) {
			for (const maxPx of [40, 97, 160]) {
				const bar = pickScaleBar(metresPerPixel(38, zoom), maxPx)!;
				expect(bar.px).toBeLessThanOrEqual(maxPx + 1e-9);
				// and is at least 40 % of it (the next 1–2–5 step is at most 2.5× longer)
				expect(bar.px).toBeGreaterThanOrEqual(maxPx * 0.4 - 1e-9);
				expect(bar.label).toMatch(/^[\d,.]+ (k?m)$/);
			}
		}
	});

	it('is null for a scale that cannot be drawn', () => {
		expect(pickScaleBar(0, 100)).toBeNull();
		expect(pickScaleBar(100, 0)).toBeNull();
		expect(pickScaleBar(Number.NaN, 100)).toBeNull();
	});
});
