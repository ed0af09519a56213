import { describe, expect, it } from 'vitest';
import geodesicLib from 'geographiclib-geodesic';
import type { FeatureCollection, Point } from 'geojson';
import { inverse, type LonLat } from './geodesic';
import { rangeRing } from './range-ring';
import { geodSolveDirect, readFixture, REGEN, roundDeep, writeFixture } from './testing/fixtures';

const OP = 'range-ring';
const centers = readFixture<FeatureCollection<Point>>(OP, 'in/centers.geojson');
const name = (f: { properties: unknown }) => String((f.properties as { name: string }).name);
const radiusOf = (f: { properties: unknown }) =>
	(f.properties as { radiusMeters: number }).radiusMeters;

/** Vertices due N, E, S, W of each centre (indexes 0, 3/4, 1/2, 1/4 of 128 steps). */
const CARDINAL: [number, number][] = [
	[0, 0],
	[96, 90],
	[64, 180],
	[32, 270]
];

if (REGEN) {
	const values = Object.fromEntries(
		centers.features.map((f) => {
			const [lon, lat] = f.geometry.coordinates as LonLat;
			const ref = geodSolveDirect(CARDINAL.map(([, b]) => [lat, lon, b, radiusOf(f)]));
			return [
				name(f),
				CARDINAL.map(([i], k) => ({ index: i, lon: ref[k]!.lon2, lat: ref[k]!.lat2 }))
			];
		})
	);
	writeFixture(OP, 'values.json', values);
}
const values = readFixture<Record<string, { index: number; lon: number; lat: number }[]>>(
	OP,
	'values.json'
);

function output(): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: centers.features.flatMap((f) => [
			f,
			{
				type: 'Feature',
				id: `${String(f.id)}-ring`,
				properties: {
					name: `${name(f)} ring`,
					radiusMeters: radiusOf(f),
					fill: f.properties?.['marker-color'],
					'fill-opacity': 0.15,
					stroke: f.properties?.['marker-color']
				},
				geometry: rangeRing(f.geometry.coordinates as LonLat, radiusOf(f))
			}
		])
	};
}
if (REGEN) writeFixture(OP, 'out/rings.geojson', roundDeep(output(), 9));

/** Signed geodesic area (counterclockwise positive) of a ring, GeographicLib. */
function signedArea(ring: number[][]): number {
	const p = new geodesicLib.PolygonArea.PolygonArea(geodesicLib.Geodesic.WGS84, false);
	for (const q of ring.slice(0, -1)) p.AddPoint(q[1]!, q[0]!);
	return p.Compute(false, true).area ?? NaN;
}

describe('rangeRing', () => {
	for (const f of centers.features) {
		const center = f.geometry.coordinates as LonLat;
		const r = radiusOf(f);
		it(`${name(f)}: every vertex is ${r} m from the centre (±0.01 m), closed, finite`, () => {
			const ring = rangeRing(center, r).coordinates[0]!;
			expect(ring).toHaveLength(129);
			expect(ring[0]).toEqual(ring[128]);
			for (const p of ring) {
				expect(Number.isFinite(p[0]) && Number.isFinite(p[1])).toBe(true);
				expect(Math.abs(inverse(center, p as LonLat).distanceMeters - r)).toBeLessThan(0.01);
			}
		});

		it(`${name(f)}: due N/E/S/W vertices match GeographicLib C++ (GeodSolve)`, () => {
			const ring = rangeRing(center, r).coordinates[0]!;
			for (const ref of values[name(f)]!) {
				const p = ring[ref.index]!;
				expect(Math.abs(p[1]! - ref.lat)).toBeLessThan(1e-11);
				expect(Math.abs(((((p[0]! - ref.lon) % 360) + 540) % 360) - 180)).toBeLessThan(1e-11);
			}
		});
	}

	it('winds counterclockwise (RFC 7946): positive signed geodesic area', () => {
		for (const id of ['kharbmaydon', 'dushanbe', 'range-500km']) {
			const f = centers.features.find((c) => name(c) === id)!;
			const ring = rangeRing(f.geometry.coordinates as LonLat, radiusOf(f)).coordinates[0]!;
			expect(signedArea(ring)).toBeGreaterThan(0);
			// and about π r² (a geodesic circle on a nearly flat patch)
			expect(signedArea(ring) / (Math.PI * radiusOf(f) ** 2)).toBeCloseTo(1, 2);
		}
	});

	it('takes the number of steps', () => {
		expect(rangeRing([68.55, 37.35], 1000, 8).coordinates[0]).toHaveLength(9);
	});

	it('matches fixtures/range-ring/out/rings.geojson (regenerate with REGEN=1)', () => {
		expect(roundDeep(output(), 6)).toEqual(roundDeep(readFixture(OP, 'out/rings.geojson'), 6));
	});

	it('names the bad parameter', () => {
		expect(() => rangeRing([0, 0], 0)).toThrow(/radiusMeters must be > 0/);
		expect(() => rangeRing([0, 0], NaN)).toThrow(/radiusMeters/);
		expect(() => rangeRing([0, 0], 10, 2)).toThrow(/steps/);
		expect(() => rangeRing([0, 0], 10, 10.5)).toThrow(/steps/);
		expect(() => rangeRing([0, 91] as LonLat, 10)).toThrow(/center\[1\]/);
	});
});
