import { describe, expect, it } from 'vitest';
import type {
	Feature,
	FeatureCollection,
	LineString,
	MultiLineString,
	MultiPolygon,
	Point,
	Polygon
} from 'geojson';
import {
	destination,
	geodesicMultiLineLengthMeters,
	inverse,
	lineLengthMeters,
	normalizeBearing,
	polygonAreaSquareMeters,
	segmentLengthsMeters,
	type LonLat
} from './geodesic';
import {
	geodSolveDirect,
	geodSolveInverse,
	planimeter,
	readFixture,
	REGEN,
	roundDeep,
	writeFixture
} from './testing/fixtures';

const OP = 'geodesic';

interface Values {
	inverse: Record<string, { s12: number; azi1: number; azi2: number }>;
	direct: Record<string, { lat2: number; lon2: number }>;
	area: Record<string, number>;
	length: Record<string, number>;
}

const pairs = readFixture<FeatureCollection<LineString>>(OP, 'in/pairs.geojson');
const directs = readFixture<FeatureCollection<Point>>(OP, 'in/directs.geojson');
const polygons = readFixture<FeatureCollection<Polygon | MultiPolygon>>(OP, 'in/polygons.geojson');
const lines = readFixture<FeatureCollection<LineString | MultiLineString>>(OP, 'in/lines.geojson');

const name = (f: Feature) => String(f.properties?.name);
const ends = (f: Feature<LineString>) => f.geometry.coordinates as [LonLat, LonLat];

/** Reference values from GeographicLib's C++ tools (REGEN=1 only). */
function referenceValues(): Values {
	const inv = geodSolveInverse(
		pairs.features.map((f) => {
			const [a, b] = ends(f);
			return [a[1], a[0], b[1], b[0]];
		})
	);
	const dir = geodSolveDirect(
		directs.features.map((f) => {
			const [lon, lat] = f.geometry.coordinates as LonLat;
			return [lat, lon, f.properties?.bearingDeg as number, f.properties?.distanceMeters as number];
		})
	);
	const ringsOf = (g: Polygon | MultiPolygon) =>
		g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	const lineParts = (g: LineString | MultiLineString) =>
		g.type === 'LineString' ? [g.coordinates] : g.coordinates;
	return {
		inverse: Object.fromEntries(pairs.features.map((f, i) => [name(f), inv[i]!])),
		direct: Object.fromEntries(
			directs.features.map((f, i) => [name(f), { lat2: dir[i]!.lat2, lon2: dir[i]!.lon2 }])
		),
		area: Object.fromEntries(
			polygons.features.map((f) => [
				name(f),
				ringsOf(f.geometry).reduce(
					(sum, rings) =>
						sum +
						rings.reduce((s, ring, i) => {
							const a = Math.abs(planimeter(ring).area);
							return i === 0 ? s + a : s - a;
						}, 0),
					0
				)
			])
		),
		length: Object.fromEntries(
			lines.features.map((f) => [
				name(f),
				lineParts(f.geometry)
					.filter((part) => part.length >= 2)
					.flatMap((part) =>
						geodSolveInverse(
							part.slice(1).map((q, i) => [part[i]![1]!, part[i]![0]!, q[1]!, q[0]!])
						)
					)
					.reduce((s, r) => s + r.s12, 0)
			])
		)
	};
}

if (REGEN) writeFixture(OP, 'values.json', referenceValues());
const values = readFixture<Values>(OP, 'values.json');

function outputs() {
	return {
		pairs: {
			type: 'FeatureCollection',
			features: pairs.features.map((f) => {
				const [a, b] = ends(f);
				return { ...f, properties: { ...f.properties, ...inverse(a, b) } };
			})
		},
		polygons: {
			type: 'FeatureCollection',
			features: polygons.features.map((f) => ({
				...f,
				properties: { ...f.properties, areaSquareMeters: polygonAreaSquareMeters(f.geometry) }
			}))
		},
		directs: {
			type: 'FeatureCollection',
			features: directs.features.flatMap((f) => {
				const from = f.geometry.coordinates as LonLat;
				const to = destination(
					from,
					f.properties?.bearingDeg as number,
					f.properties?.distanceMeters as number
				);
				return [
					f,
					{
						type: 'Feature',
						id: `${String(f.id)}-destination`,
						properties: { name: `${name(f)} (destination)`, 'marker-color': '#000000' },
						geometry: { type: 'Point', coordinates: to }
					}
				];
			})
		}
	};
}

if (REGEN) {
	const out = roundDeep(outputs(), 9);
	writeFixture(OP, 'out/pairs.geojson', out.pairs);
	writeFixture(OP, 'out/polygons.geojson', out.polygons);
	writeFixture(OP, 'out/directs.geojson', out.directs);
}

describe('inverse', () => {
	for (const f of pairs.features) {
		it(`${name(f)}: distance and bearings match GeographicLib C++ (GeodSolve)`, () => {
			const [a, b] = ends(f);
			const ref = values.inverse[name(f)]!;
			const r = inverse(a, b);
			expect(Math.abs(r.distanceMeters - ref.s12)).toBeLessThan(1e-6);
			if (ref.s12 > 0) {
				expect(angleDiff(r.initialBearingDeg, ref.azi1)).toBeLessThan(1e-8);
				expect(angleDiff(r.finalBearingDeg, ref.azi2)).toBeLessThan(1e-8);
			}
			for (const bearing of [r.initialBearingDeg, r.finalBearingDeg]) {
				expect(bearing).toBeGreaterThanOrEqual(0);
				expect(bearing).toBeLessThan(360);
			}
		});
	}

	it('gives exactly 0 m for identical points', () => {
		expect(inverse([68.7833, 38.5333], [68.7833, 38.5333]).distanceMeters).toBe(0);
	});

	it('Dushanbe → Kharbmaydon estimate is 132.93 km on a bearing of about 189° (S)', () => {
		const r = inverse([68.7833, 38.5333], [68.55, 37.35]);
		expect(r.distanceMeters).toBeCloseTo(values.inverse['dushanbe-kharbmaydon']!.s12, 6);
		expect(r.distanceMeters / 1000).toBeCloseTo(132.932, 3);
		expect(r.initialBearingDeg).toBeCloseTo(188.946, 3);
	});

	it('is symmetric in distance, and swaps bearings with a 180° turn', () => {
		const a: LonLat = [68.7833, 38.5333];
		const b: LonLat = [71.55583, 37.49167];
		const ab = inverse(a, b);
		const ba = inverse(b, a);
		expect(ba.distanceMeters).toBeCloseTo(ab.distanceMeters, 6);
		expect(angleDiff(ba.initialBearingDeg, ab.finalBearingDeg + 180)).toBeLessThan(1e-9);
	});

	it('names the bad parameter', () => {
		expect(() => inverse([NaN, 0], [0, 0])).toThrow(/a\[0\].*longitude/);
		expect(() => inverse([0, 0], [0, 91])).toThrow(RangeError);
		expect(() => inverse([0, 0], [0, 91])).toThrow(/b\[1\].*latitude/);
		expect(() => inverse(null as unknown as LonLat, [0, 0])).toThrow(TypeError);
	});
});

describe('destination', () => {
	for (const f of directs.features) {
		it(`${name(f)}: matches GeodSolve and inverts back`, () => {
			const from = f.geometry.coordinates as LonLat;
			const bearing = f.properties?.bearingDeg as number;
			const s = f.properties?.distanceMeters as number;
			const ref = values.direct[name(f)]!;
			const [lon, lat] = destination(from, bearing, s);
			expect(Math.abs(lat - ref.lat2)).toBeLessThan(1e-11);
			expect(Math.abs(lon - ref.lon2)).toBeLessThan(1e-11);
			expect(inverse(from, [lon, lat]).distanceMeters).toBeCloseTo(Math.abs(s), 6);
		});
	}

	it('names the bad parameter', () => {
		expect(() => destination([0, 0], NaN, 1)).toThrow(/bearingDeg/);
		expect(() => destination([0, 0], 0, Infinity)).toThrow(/distanceMeters/);
		expect(() => destination([0, -90.5], 0, 1)).toThrow(/from\[1\]/);
	});
});

describe('lineLengthMeters / segmentLengthsMeters / geodesicMultiLineLengthMeters', () => {
	for (const f of lines.features) {
		it(`${name(f)}: matches the sum of GeodSolve segments`, () => {
			expect(
				Math.abs(geodesicMultiLineLengthMeters(f.geometry) - values.length[name(f)]!)
			).toBeLessThan(1e-6);
		});
	}

	it('sums the segments; fewer than two vertices give 0', () => {
		const coords = [
			[68.7833, 38.5333],
			[68.78028, 37.83639],
			[68.55, 37.35]
		];
		const segs = segmentLengthsMeters(coords);
		expect(segs).toHaveLength(2);
		expect(lineLengthMeters(coords)).toBeCloseTo(segs[0]! + segs[1]!, 9);
		expect(lineLengthMeters([])).toBe(0);
		expect(segmentLengthsMeters([[1, 2]])).toEqual([]);
	});

	it('ignores altitudes', () => {
		expect(
			lineLengthMeters([
				[0, 0, 100],
				[1, 0, 5000]
			])
		).toBeCloseTo(
			lineLengthMeters([
				[0, 0],
				[1, 0]
			]),
			9
		);
	});

	it('names the bad vertex and the bad geometry', () => {
		expect(() =>
			lineLengthMeters([
				[0, 0],
				[0, 'x' as unknown as number]
			])
		).toThrow(/coords\[1\]\[1\]/);
		expect(() =>
			geodesicMultiLineLengthMeters({ type: 'Point', coordinates: [0, 0] } as unknown as LineString)
		).toThrow(/geom must be a LineString or MultiLineString, got Point/);
	});
});

describe('polygonAreaSquareMeters', () => {
	for (const f of polygons.features) {
		it(`${name(f)}: matches GeographicLib C++ Planimeter`, () => {
			const ref = values.area[name(f)]!;
			expect(Math.abs(polygonAreaSquareMeters(f.geometry) - ref)).toBeLessThan(0.1);
		});
	}

	it('does not depend on winding and subtracts holes', () => {
		const ccw = polygons.features.find((f) => name(f) === 'square-1deg-equator-ccw')!;
		const cw = polygons.features.find((f) => name(f) === 'square-1deg-equator-cw')!;
		expect(polygonAreaSquareMeters(cw.geometry)).toBeCloseTo(
			polygonAreaSquareMeters(ccw.geometry),
			3
		);
		const holed = polygons.features.find((f) => name(f) === 'square-with-hole')!
			.geometry as Polygon;
		const outer: Polygon = { type: 'Polygon', coordinates: [holed.coordinates[0]!] };
		const hole: Polygon = { type: 'Polygon', coordinates: [holed.coordinates[1]!] };
		expect(polygonAreaSquareMeters(holed)).toBeCloseTo(
			polygonAreaSquareMeters(outer) - polygonAreaSquareMeters(hole),
			3
		);
	});

	it('1° × 1° at the equator is 12,308.78 km²', () => {
		const sq = polygons.features.find((f) => name(f) === 'square-1deg-equator-ccw')!;
		expect(polygonAreaSquareMeters(sq.geometry) / 1e6).toBeCloseTo(12308.778, 3);
	});

	it('names the bad parameter', () => {
		expect(() =>
			polygonAreaSquareMeters({ type: 'LineString', coordinates: [] } as unknown as Polygon)
		).toThrow(/geom must be a Polygon or MultiPolygon/);
		expect(() =>
			polygonAreaSquareMeters({
				type: 'Polygon',
				coordinates: [
					[
						[0, 0],
						[1, 0],
						[1, 100],
						[0, 0]
					]
				]
			})
		).toThrow(/geom\.coordinates\[0\]\[2\]\[1\]/);
	});
});

describe('output fixtures', () => {
	it('match fixtures/geodesic/out/*.geojson (regenerate with REGEN=1)', () => {
		const out = roundDeep(outputs(), 6);
		expect(out.pairs).toEqual(roundDeep(readFixture(OP, 'out/pairs.geojson'), 6));
		expect(out.polygons).toEqual(roundDeep(readFixture(OP, 'out/polygons.geojson'), 6));
		expect(out.directs).toEqual(roundDeep(readFixture(OP, 'out/directs.geojson'), 6));
	});
});

describe('normalizeBearing', () => {
	it('maps to [0, 360)', () => {
		expect(normalizeBearing(-171.05)).toBeCloseTo(188.95, 12);
		expect(normalizeBearing(360)).toBe(0);
		expect(normalizeBearing(-0)).toBe(0);
		expect(Object.is(normalizeBearing(-0), 0)).toBe(true);
		expect(normalizeBearing(720.5)).toBeCloseTo(0.5, 12);
		expect(normalizeBearing(-1e-15)).toBeLessThan(360);
	});
});

function angleDiff(a: number, b: number): number {
	const d = Math.abs(((((a - b) % 360) + 540) % 360) - 180);
	return d;
}
