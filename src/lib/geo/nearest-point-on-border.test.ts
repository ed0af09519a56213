import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import { inverse, type LonLat } from './geodesic';
import {
	createBorderIndex,
	distanceToBorderMeters,
	nearestPointOnBorder,
	type BorderIndex
} from './nearest-point-on-border';
import { bruteForceNearest, partsOf } from './testing/brute-force-nearest';
import { readFixture, REGEN, roundDeep, writeFixture } from './testing/fixtures';

const OP = 'nearest-point-on-border';

type Line = Feature<LineString | MultiLineString>;
const border = readFixture<FeatureCollection<MultiLineString>>(OP, 'in/tj-af-border.geojson')
	.features[0] as Line;
const zigzag = readFixture<FeatureCollection<LineString>>(OP, 'in/zigzag.geojson')
	.features[0] as Line;
const points = readFixture<FeatureCollection<Point>>(OP, 'in/points.geojson');
const borderParts = partsOf(border.geometry.coordinates);
const zigzagParts = partsOf(zigzag.geometry.coordinates);
const borderIndex = createBorderIndex(border.geometry);
const zigzagIndex = createBorderIndex(zigzag.geometry);

const name = (f: Feature) => String(f.properties?.name);
const lonLat = (f: Feature<Point>) => f.geometry.coordinates as LonLat;

interface Values {
	/** Brute-force reference (golden-section search on every segment's GeographicLib geodesic). */
	tjAfBorder: Record<string, { distanceMeters: number; point: LonLat; segmentIndex: number }>;
}

if (REGEN) {
	const values: Values = {
		tjAfBorder: Object.fromEntries(
			points.features.map((f) => {
				const [lon, lat] = lonLat(f);
				return [name(f), bruteForceNearest(borderParts, lon, lat)];
			})
		)
	};
	writeFixture(OP, 'values.json', values);
}
const values = readFixture<Values>(OP, 'values.json');

/** The query points, their nearest points and the connecting geodesics, for QGIS. */
function output(index: BorderIndex): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: points.features.flatMap((f) => {
			const r = nearestPointOnBorder(index, lonLat(f));
			const colour = String(f.properties?.['marker-color']);
			return [
				f,
				{
					type: 'Feature',
					id: `${String(f.id)}-nearest`,
					properties: { name: `${name(f)}: nearest border point`, 'marker-color': colour, ...r },
					geometry: { type: 'Point', coordinates: r.point }
				},
				{
					type: 'Feature',
					id: `${String(f.id)}-link`,
					properties: {
						distanceMeters: r.distanceMeters,
						stroke: colour,
						'stroke-dasharray': '4 2'
					},
					geometry: { type: 'LineString', coordinates: [lonLat(f), r.point] }
				}
			];
		})
	};
}

if (REGEN) writeFixture(OP, 'out/points.geojson', roundDeep(output(borderIndex), 9));

describe('nearestPointOnBorder on the Tajik–Afghan border fixture', () => {
	for (const f of points.features) {
		it(`${name(f)}: matches the brute-force geodesic reference within 1 mm`, () => {
			const ref = values.tjAfBorder[name(f)]!;
			const r = nearestPointOnBorder(borderIndex, lonLat(f));
			expect(Math.abs(r.distanceMeters - ref.distanceMeters)).toBeLessThan(1e-3);
			// the nearest point itself: where the distance is distinct, the same place
			expect(inverse(r.point, ref.point).distanceMeters).toBeLessThan(1);
			expect(inverse(lonLat(f), r.point).distanceMeters).toBeCloseTo(r.distanceMeters, 6);
		});
	}

	it('a point exactly on a vertex is at ~0 m, on one of the two segments meeting there', () => {
		const f = points.features.find((p) => name(p) === 'on-vertex')!;
		const r = nearestPointOnBorder(borderIndex, lonLat(f));
		expect(r.distanceMeters).toBeLessThan(1e-6);
		expect([999, 1000]).toContain(r.segmentIndex);
		expect(borderIndex.segmentPart[r.segmentIndex]).toBe(0);
	});

	it('a point exactly on a segment (between vertices) is at ~0 m on that segment', () => {
		const f = points.features.find((p) => name(p) === 'on-segment')!;
		const r = nearestPointOnBorder(borderIndex, lonLat(f));
		expect(r.distanceMeters).toBeLessThan(1e-6);
		expect(borderIndex.segmentPart[r.segmentIndex]).toBe(4);
		expect(borderIndex.segmentVertex[r.segmentIndex]).toBe(2);
	});

	it('Kharbmaydon estimate is 13.5 km from this border line, inside its ±40 km precision', () => {
		// sites.md placed the estimate "15–20 km from the Panj"; against the OSM-derived border line
		// (which follows the river) the geodesic distance is 13.49 km.
		const d = distanceToBorderMeters(borderIndex, [68.55, 37.35]);
		expect(d / 1000).toBeCloseTo(13.489, 3);
		expect(d).toBeLessThan(40_000);
	});

	it('matches fixtures/nearest-point-on-border/out/points.geojson (regenerate with REGEN=1)', () => {
		expect(roundDeep(output(borderIndex), 6)).toEqual(
			roundDeep(readFixture(OP, 'out/points.geojson'), 6)
		);
	});
});

describe('nearestPointOnBorder agrees with a brute-force geodesic search (fast-check)', () => {
	it('random points within a few hundred km of the real border: within 1 m (200 runs)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 66, max: 76, noNaN: true }),
				fc.double({ min: 34, max: 40.5, noNaN: true }),
				(lon, lat) => {
					const ours = nearestPointOnBorder(borderIndex, [lon, lat]);
					const ref = bruteForceNearest(borderParts, lon, lat);
					expect(Math.abs(ours.distanceMeters - ref.distanceMeters)).toBeLessThan(1);
				}
			),
			{ numRuns: 200, seed: 20221017 }
		);
	});

	it('random points around a line with segments up to ~300 km long: within 1 m (150 runs)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 62, max: 82, noNaN: true }),
				fc.double({ min: 30, max: 46, noNaN: true }),
				(lon, lat) => {
					const ours = nearestPointOnBorder(zigzagIndex, [lon, lat]);
					const ref = bruteForceNearest(zigzagParts, lon, lat);
					expect(Math.abs(ours.distanceMeters - ref.distanceMeters)).toBeLessThan(1);
				}
			),
			{ numRuns: 150, seed: 7 }
		);
	});

	it('points very close to the border (within ~100 m of a vertex): within 1 mm (100 runs)', () => {
		const verts = borderParts.flat();
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: verts.length - 1 }),
				fc.double({ min: -1e-3, max: 1e-3, noNaN: true }),
				fc.double({ min: -1e-3, max: 1e-3, noNaN: true }),
				(i, dlon, dlat) => {
					const v = verts[i]!;
					const p: LonLat = [v[0]! + dlon, v[1]! + dlat];
					const ours = nearestPointOnBorder(borderIndex, p);
					const ref = bruteForceNearest(borderParts, p[0], p[1]);
					expect(Math.abs(ours.distanceMeters - ref.distanceMeters)).toBeLessThan(1e-3);
				}
			),
			{ numRuns: 100, seed: 42 }
		);
	});
});

describe('createBorderIndex / nearestPointOnBorder edge cases', () => {
	it('numbers segments across the parts of a MultiLineString', () => {
		const index = createBorderIndex({
			type: 'MultiLineString',
			coordinates: [
				[
					[0, 0],
					[1, 0],
					[2, 0]
				],
				[
					[0, 5],
					[1, 5]
				]
			]
		});
		expect(index.segmentCount).toBe(3);
		const r = nearestPointOnBorder(index, [0.5, 4.9]);
		expect(r.segmentIndex).toBe(2);
		expect(index.segmentPart[2]).toBe(1);
		expect(r.point[1]).toBeCloseTo(5, 3); // the geodesic bulges poleward of the parallel
		expect(r.distanceMeters).toBeCloseTo(inverse([0.5, 4.9], r.point).distanceMeters, 6);
	});

	it('handles repeated vertices (zero-length segments) and a one-segment line', () => {
		const index = createBorderIndex({
			type: 'LineString',
			coordinates: [
				[68, 37],
				[68, 37],
				[69, 37]
			]
		});
		const r = nearestPointOnBorder(index, [68.5, 37.5]);
		expect(r.segmentIndex).toBe(1);
		const ref = bruteForceNearest(
			[
				[
					[68, 37],
					[69, 37]
				]
			],
			68.5,
			37.5
		);
		expect(r.distanceMeters).toBeCloseTo(ref.distanceMeters, 4);
		expect(Number.isFinite(nearestPointOnBorder(index, [68, 37]).distanceMeters)).toBe(true);
	});

	it('distance beyond an end of the line is the distance to the end vertex', () => {
		const index = createBorderIndex({
			type: 'LineString',
			coordinates: [
				[68, 37],
				[69, 37]
			]
		});
		const r = nearestPointOnBorder(index, [67, 36]);
		expect(r.point[0]).toBeCloseTo(68, 9);
		expect(r.point[1]).toBeCloseTo(37, 9);
		expect(r.distanceMeters).toBeCloseTo(inverse([67, 36], [68, 37]).distanceMeters, 6);
	});

	it('throws errors naming the parameter', () => {
		expect(() =>
			createBorderIndex({ type: 'Point', coordinates: [0, 0] } as unknown as LineString)
		).toThrow(/geom must be a LineString or MultiLineString, got Point/);
		expect(() => createBorderIndex({ type: 'LineString', coordinates: [[0, 0]] })).toThrow(
			RangeError
		);
		expect(() =>
			createBorderIndex({
				type: 'MultiLineString',
				coordinates: [
					[
						[0, 0],
						[0, 95]
					]
				]
			})
		).toThrow(/geom\.coordinates\[0\]\[1\]\[1\]/);
		expect(() => nearestPointOnBorder(borderIndex, [Infinity, 0])).toThrow(/point\[0\]/);
		expect(() => nearestPointOnBorder({} as BorderIndex, [0, 0])).toThrow(
			/index must be a BorderIndex/
		);
	});
});
