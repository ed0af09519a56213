import { describe, expect, it } from 'vitest';
import { MAP_EXTENT } from '$lib/geo/extent';
import type { LonLat } from '$lib/geo/types';
import { constrainCamera, groundFootprint, type ViewportShape } from './camera-bounds';

const FOV = 36.8699;
const shape = (o: Partial<ViewportShape> = {}): ViewportShape => ({
	width: 1440,
	height: 900,
	pitch: 0,
	bearing: 0,
	fov: FOV,
	...o
});

/** The footprint's corners as positions, for a camera. */
function corners(center: LonLat, zoom: number, s: ViewportShape): LonLat[] {
	const world = 512 * 2 ** zoom;
	const y0 = (1 - Math.log(Math.tan(Math.PI / 4 + (center[1] * Math.PI) / 360)) / Math.PI) / 2;
	const x0 = (center[0] + 180) / 360;
	return groundFootprint(s)!.map(([dx, dy]) => {
		const x = x0 + dx / world;
		const y = y0 + dy / world;
		return [x * 360 - 180, (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI];
	});
}

const inside = ([lon, lat]: LonLat) =>
	lon >= MAP_EXTENT[0] - 1e-6 &&
	lon <= MAP_EXTENT[2] + 1e-6 &&
	lat >= MAP_EXTENT[1] - 1e-6 &&
	lat <= MAP_EXTENT[3] + 1e-6;

describe('groundFootprint', () => {
	it('is the screen rectangle when the camera looks straight down', () => {
		const f = groundFootprint(shape({ width: 400, height: 300 }))!;
		expect(f.map(([x, y]) => [Math.round(x), Math.round(y)])).toEqual([
			[-200, -150],
			[200, -150],
			[200, 150],
			[-200, 150]
		]);
	});

	it('reaches further up and wider at the top when pitched, and is endless past the horizon', () => {
		const [tl, tr, br] = groundFootprint(shape({ pitch: 60 }))!;
		expect(-tl![1]).toBeGreaterThan(2 * 450);
		expect(tr![0] - tl![0]).toBeGreaterThan(1.5 * 1440);
		expect(br![1]).toBeLessThan(-tl![1]);
		expect(groundFootprint(shape({ pitch: 80 }))).toBeNull();
	});
});

describe('constrainCamera', () => {
	it('leaves a camera well inside the box alone', () => {
		const out = constrainCamera({ center: [71, 38.5], zoom: 8 }, shape());
		expect(out.zoom).toBe(8);
		expect(out.center[0]).toBeCloseTo(71, 9);
		expect(out.center[1]).toBeCloseTo(38.5, 9);
	});

	it('zooms in until the box fills the view (/?view=4/38.5/71 on a desktop)', () => {
		const out = constrainCamera({ center: [71, 38.5], zoom: 4 }, shape());
		expect(out.zoom).toBeGreaterThan(5.6);
		for (const p of corners(out.center, out.zoom, shape())) expect(inside(p), String(p)).toBe(true);
	});

	it('keeps a 360×600 embed able to show the whole of Tajikistan (67.33–75.15° E)', () => {
		const small = shape({ width: 360, height: 600 });
		const out = constrainCamera({ center: [71.25, 38.85], zoom: 3 }, small);
		const countryWidthPx = (512 * 2 ** out.zoom * (75.15 - 67.33)) / 360;
		expect(countryWidthPx).toBeLessThan(340);
	});

	it.each([
		[{ pitch: 60 }, [71.3, 38.7], 5.5],
		[{ pitch: 45, bearing: 30 }, [61, 43.5], 9],
		[{ pitch: 0, bearing: 45 }, [79.9, 33.1], 6],
		[{ pitch: 60, bearing: -120, width: 390, height: 844 }, [70, 40], 3]
	] as const)('shows only ground inside the box for %o', (o, center, zoom) => {
		const s = shape(o);
		const out = constrainCamera({ center: [...center] as LonLat, zoom }, s);
		for (const p of corners(out.center, out.zoom, s)) expect(inside(p), String(p)).toBe(true);
		expect(out.zoom).toBeGreaterThanOrEqual(zoom);
	});
});
