import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { FeatureCollection, LineString } from 'geojson';
import { inverse, type LonLat } from './geodesic';
import { MEASURE_METHOD, measurePath, measurementToGeoJSON } from './measure-path';
import { measurementToCSV } from './measurement-csv';
import type { LengthUnit } from './units';
import {
	fixturePath,
	geodSolveInverse,
	readFixture,
	REGEN,
	roundDeep,
	writeFixture
} from './testing/fixtures';
import { hasOgr } from './testing/ogr';

const OP = 'measure-path';
const paths = readFixture<FeatureCollection<LineString>>(OP, 'in/paths.geojson');
const idOf = (f: { id?: string | number }) => String(f.id);
const pointsOf = (f: { geometry: LineString }) => f.geometry.coordinates as LonLat[];
const unitOf = (f: { properties: unknown }) => (f.properties as { unit: LengthUnit }).unit;
const noteOf = (f: { properties: unknown }) =>
	(f.properties as { inputPrecision: string }).inputPrecision;

if (REGEN) {
	const values = Object.fromEntries(
		paths.features.map((f) => {
			const pts = pointsOf(f);
			const ref = geodSolveInverse(
				pts.slice(1).map((q, i) => [pts[i]![1], pts[i]![0], q[1], q[0]])
			);
			return [idOf(f), ref.map((r) => ({ s12: r.s12, azi1: r.azi1 }))];
		})
	);
	writeFixture(OP, 'values.json', values);
	for (const f of paths.features) {
		const feature = measurementToGeoJSON(pointsOf(f), unitOf(f), noteOf(f));
		feature.properties = { ...feature.properties, stroke: f.properties?.stroke } as never;
		writeFixture(OP, `out/${idOf(f)}.geojson`, feature);
		writeFileSync(fixturePath(OP, `out/${idOf(f)}.csv`), measurementToCSV(pointsOf(f), unitOf(f)));
	}
}
const values = readFixture<Record<string, { s12: number; azi1: number }[]>>(OP, 'values.json');

describe('measurePath', () => {
	for (const f of paths.features) {
		it(`${idOf(f)}: segments match GeographicLib C++ (GeodSolve)`, () => {
			const m = measurePath(pointsOf(f));
			const ref = values[idOf(f)]!;
			expect(m.segments).toHaveLength(ref.length);
			m.segments.forEach((s, i) => {
				expect(Math.abs(s.lengthMeters - ref[i]!.s12)).toBeLessThan(1e-6);
				expect(Math.abs(s.initialBearingDeg - ((ref[i]!.azi1 + 360) % 360))).toBeLessThan(1e-8);
			});
			const sum = ref.reduce((a, r) => a + r.s12, 0);
			expect(Math.abs(m.totalMeters - sum)).toBeLessThan(1e-6);
		});
	}

	it('gives no segments for 0 or 1 point and names a bad vertex', () => {
		expect(measurePath([])).toEqual({ segments: [], totalMeters: 0 });
		expect(measurePath([[68, 38]])).toEqual({ segments: [], totalMeters: 0 });
		expect(() =>
			measurePath([
				[68, 38],
				[68, 99]
			])
		).toThrow(/points\[1\]\[1\]/);
	});
});

describe('measurementToGeoJSON', () => {
	for (const f of paths.features) {
		it(`${idOf(f)}: matches out/${idOf(f)}.geojson and states method, units and precision`, () => {
			const feature = measurementToGeoJSON(pointsOf(f), unitOf(f), noteOf(f));
			const expected = readFixture<{ properties: Record<string, unknown> }>(
				OP,
				`out/${idOf(f)}.geojson`
			);
			delete expected.properties.stroke;
			expect(roundDeep(feature, 6)).toEqual(roundDeep(expected, 6));
			const p = feature.properties;
			expect(p.method).toBe(MEASURE_METHOD);
			expect(p.unit).toBe(unitOf(f));
			expect(p.inputPrecision).toBe(noteOf(f));
			expect(p.segmentLengthsMeters).toHaveLength(pointsOf(f).length - 1);
			expect(p.total).toBeCloseTo(
				p.totalMeters / { km: 1000, mi: 1609.344, nmi: 1852 }[unitOf(f)],
				5
			);
		});
	}

	it('needs two points', () => {
		expect(() => measurementToGeoJSON([[68, 38]], 'km')).toThrow(/at least 2 positions/);
	});
});

describe('exported lines follow the geodesics', () => {
	/** The vertices of every WKT line of a CSV export. */
	const wktVertices = (csv: string) =>
		Papa.parse<Record<string, string>>(csv, { header: true }).data.map((r) =>
			/^LINESTRING \((.*)\)$/
				.exec(r.WKT!)![1]!
				.split(', ')
				.map((v) => v.split(' ').map(Number) as LonLat)
		);

	it('densifies a 270 km segment to vertices ≤ 10 km apart, on the geodesic (not 2 vertices)', () => {
		const f = paths.features.find((p) => idOf(p) === 'dushanbe-khorugh')!;
		const [a, b] = pointsOf(f) as [LonLat, LonLat];
		const length = inverse(a, b).distanceMeters;
		for (const line of [
			...wktVertices(measurementToCSV([a, b], 'km')),
			measurementToGeoJSON([a, b], 'km').geometry.coordinates as LonLat[]
		]) {
			expect(line.length).toBeGreaterThan(2);
			expect(line[0]).toEqual(a);
			expect(line.at(-1)).toEqual(b);
			for (let i = 1; i < line.length; i++) {
				expect(inverse(line[i - 1]!, line[i]!).distanceMeters).toBeLessThanOrEqual(10_000 + 0.01);
				// on the geodesic: a → v → b is no longer than a → b (to the 1e-7° rounding)
				const via = inverse(a, line[i]!).distanceMeters + inverse(line[i]!, b).distanceMeters;
				expect(via - length).toBeLessThan(0.05);
			}
		}
	});

	it('keeps the measured points in the GeoJSON and a short segment as two vertices', () => {
		const pts: LonLat[] = [
			[68.7833, 38.5333],
			[68.79, 38.54]
		];
		const g = measurementToGeoJSON(pts, 'km');
		expect(g.geometry.coordinates).toEqual(pts);
		expect(g.properties.measuredPoints).toEqual(pts);
		expect(g.properties.vertexSpacingMaxMeters).toBe(10_000);
	});
});

describe('measurementToCSV', () => {
	for (const f of paths.features) {
		it(`${idOf(f)}: one row per segment and no total row, WKT and lon/lat columns`, () => {
			const csv = measurementToCSV(pointsOf(f), unitOf(f));
			expect(csv).toBe(readFileSync(fixturePath(OP, `out/${idOf(f)}.csv`), 'utf8'));
			const parsed = Papa.parse<Record<string, string>>(csv, { header: true });
			expect(parsed.errors).toEqual([]);
			const rows = parsed.data;
			const n = pointsOf(f).length - 1;
			// segments only (issue 13: a total row made a spreadsheet's sum count the path twice)
			expect(rows).toHaveLength(n);
			expect(rows.map((r) => r.segment)).toEqual(Array.from({ length: n }, (_, i) => `${i + 1}`));
			expect(parsed.meta.fields).toEqual([
				'segment',
				'from_lon',
				'from_lat',
				'to_lon',
				'to_lat',
				'length_m',
				`length_${unitOf(f)}`,
				'initial_bearing_deg',
				'method',
				'WKT'
			]);
			const sum = rows.reduce((a, r) => a + Number(r.length_m), 0);
			expect(sum).toBeCloseTo(measurePath(pointsOf(f)).totalMeters, 2);
			expect(rows[0]!.WKT).toMatch(/^LINESTRING \(/);
		});
	}

	it.skipIf(!hasOgr)(
		'opens in GDAL: CSV (WKT geometry) and GeoJSON, with the right feature counts',
		() => {
			const dir = mkdtempSync(join(tmpdir(), 'measure-'));
			try {
				const f = paths.features[0]!;
				const csvPath = join(dir, 'measure.csv');
				writeFileSync(csvPath, measurementToCSV(pointsOf(f), 'km'));
				const csvInfo = execFileSync('ogrinfo', ['-ro', '-al', csvPath], { encoding: 'utf8' });
				// one feature per segment, no total row
				expect(csvInfo).toMatch(/Feature Count: 2/);
				// the WKT column became the features' geometry
				expect(csvInfo.match(/^\s+LINESTRING \(/gm)).toHaveLength(2);
				expect(csvInfo).toMatch(/Extent: \(68\.550000, 37\.350000\) - \(68\.783300, 38\.533300\)/);
				const jsonPath = join(dir, 'measure.geojson');
				writeFileSync(jsonPath, JSON.stringify(measurementToGeoJSON(pointsOf(f), 'km')));
				const jsonInfo = execFileSync('ogrinfo', ['-ro', '-al', '-so', jsonPath], {
					encoding: 'utf8'
				});
				expect(jsonInfo).toMatch(/Feature Count: 1/);
				expect(jsonInfo).toMatch(/Line String/);
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		}
	);
});
