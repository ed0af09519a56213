/**
 * Benchmark: distance from a point to the Tajik–Afghan border, our indexed geodesic
 * `nearestPointOnBorder` against Turf's naive `pointToLineDistance` (every segment, spherical).
 *
 * Run: `npx tsx bench/nearest-border.ts [N]` (default N = 2000 query points). Not a test: it prints
 * numbers. `runNearestBorderBench()` is exported for a later `npm run bench`.
 *
 * Border geometry, first found of:
 * 1. `static/data/borders.geojson`, feature id `tj-af-border` (the pipeline's output);
 * 2. `geodata/sources/countries.geojson` or `../shared/geodata-sources/countries.geojson`: the
 *    longest run of Tajikistan's outer-ring vertices shared with Afghanistan's polygons (the
 *    Tajik–Afghan border in that data), or the whole outer ring if none is shared.
 *
 * Query points are uniform in the border's bounding box grown by 1° (seeded, deterministic).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pointToLineDistance } from '@turf/turf';
import type {
	Feature,
	FeatureCollection,
	Geometry,
	LineString,
	MultiLineString,
	Position
} from 'geojson';
import { createBorderIndex, nearestPointOnBorder } from '../src/lib/geo/nearest-point-on-border';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface NearestBorderBenchResult {
	/** Where the border geometry came from. */
	source: string;
	vertices: number;
	queries: number;
	/** Median microseconds per query, ours (indexed, WGS84 geodesic). */
	ours_us: number;
	ours_mean_us: number;
	/** 95th percentile, ours. */
	ours_p95_us: number;
	/** Median and mean of a first pass, when segments' GeographicLib lines are still being built. */
	ours_first_visit_us: number;
	ours_first_visit_mean_us: number;
	/** Median microseconds per query, Turf pointToLineDistance (method 'geodesic', i.e. spherical). */
	turf_us: number;
	turf_mean_us: number;
	/** turf_us / ours_us (median over median). */
	ratio: number;
	/** Largest |ours − turf| distance over the queries, metres (Turf uses a sphere). */
	max_disagreement_m: number;
	/** Largest |ours − turf| / ours over queries farther than 1 km from the border. */
	max_relative_disagreement: number;
	/** Milliseconds to build the index. */
	build_ms: number;
}

type Border = { geometry: LineString | MultiLineString; source: string };

function readJson(path: string): FeatureCollection {
	return JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
}

/** Loads the Tajik–Afghan border from the served data, else derives it from the country polygons. */
export function loadTajikAfghanBorder(): Border {
	const served = resolve(ROOT, 'static/data/borders.geojson');
	if (existsSync(served)) {
		const f = readJson(served).features.find(
			(x) => x.id === 'tj-af-border' || x.properties?.id === 'tj-af-border'
		);
		const g = f?.geometry;
		if (g && (g.type === 'LineString' || g.type === 'MultiLineString')) {
			return { geometry: g, source: 'static/data/borders.geojson#tj-af-border' };
		}
	}
	for (const rel of [
		'geodata/sources/countries.geojson',
		'../shared/geodata-sources/countries.geojson'
	]) {
		const path = resolve(ROOT, rel);
		if (existsSync(path)) return borderFromCountries(readJson(path), rel);
	}
	throw new Error('no border geometry found (static/data/borders.geojson or countries.geojson)');
}

function polygonsOf(f: Feature<Geometry> | undefined): Position[][][] {
	const g = f?.geometry;
	if (g?.type === 'Polygon') return [g.coordinates];
	if (g?.type === 'MultiPolygon') return g.coordinates;
	return [];
}

function borderFromCountries(fc: FeatureCollection, rel: string): Border {
	const byIso = (iso: string) => fc.features.find((f) => f.properties?.iso_a3 === iso);
	const tjk = polygonsOf(byIso('TJK'));
	if (tjk.length === 0) throw new Error(`${rel}: no TJK polygon`);
	// outer ring of the largest part
	const ring = tjk
		.map((p) => p[0] ?? [])
		.reduce((a, b) => (b.length > a.length ? b : a), [] as Position[]);
	const afg = new Set(
		polygonsOf(byIso('AFG')).flatMap((p) => p.flatMap((r) => r.map((q) => `${q[0]},${q[1]}`)))
	);
	// longest cyclic run of ring vertices that Afghanistan shares
	const open = ring.slice(0, -1);
	const shared = open.map((q) => afg.has(`${q[0]},${q[1]}`));
	let bestStart = 0;
	let bestLen = 0;
	const n = open.length;
	const start = shared.indexOf(false);
	if (start >= 0) {
		for (let i = 0, run = 0, runStart = 0; i < n; i++) {
			const j = (start + 1 + i) % n;
			if (shared[j]) {
				if (run === 0) runStart = j;
				run++;
				if (run > bestLen) {
					bestLen = run;
					bestStart = runStart;
				}
			} else run = 0;
		}
	}
	if (bestLen >= 2) {
		const coords = Array.from({ length: bestLen }, (_, i) => open[(bestStart + i) % n] as Position);
		return {
			geometry: { type: 'LineString', coordinates: coords },
			source: `${rel} (TJK outer ring ∩ AFG vertices)`
		};
	}
	return { geometry: { type: 'LineString', coordinates: ring }, source: `${rel} (TJK outer ring)` };
}

/** mulberry32: small seeded PRNG so every run uses the same query points. */
function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

function percentile(xs: number[], q: number): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(q * s.length))] as number;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * Runs the benchmark and returns its numbers (also what the CLI prints).
 *
 * @param queries number of query points (default 2000)
 * @param seed PRNG seed for the query points (default 20221017, the first day of Rubezh-2022)
 */
export async function runNearestBorderBench(
	queries = 2000,
	seed = 20221017
): Promise<NearestBorderBenchResult> {
	const border = loadTajikAfghanBorder();
	const parts =
		border.geometry.type === 'LineString'
			? [border.geometry.coordinates]
			: border.geometry.coordinates;
	const vertices = parts.reduce((s, p) => s + p.length, 0);

	const t0 = performance.now();
	const index = createBorderIndex(border.geometry);
	const build_ms = performance.now() - t0;

	let minLon = Infinity,
		minLat = Infinity,
		maxLon = -Infinity,
		maxLat = -Infinity;
	for (const p of parts)
		for (const q of p) {
			minLon = Math.min(minLon, q[0] as number);
			maxLon = Math.max(maxLon, q[0] as number);
			minLat = Math.min(minLat, q[1] as number);
			maxLat = Math.max(maxLat, q[1] as number);
		}
	const rnd = mulberry32(seed);
	const points: [number, number][] = Array.from({ length: queries }, () => [
		minLon - 1 + rnd() * (maxLon - minLon + 2),
		minLat - 1 + rnd() * (maxLat - minLat + 2)
	]);

	const turfDistance = (p: [number, number]) =>
		Math.min(
			...parts.map((coords) =>
				pointToLineDistance(
					p,
					{ type: 'LineString', coordinates: coords },
					{ units: 'meters', method: 'geodesic' }
				)
			)
		);

	// warm-up of the JIT on other points than the measured ones
	const warm = mulberry32(seed + 1);
	for (let i = 0; i < 200; i++) {
		const p: [number, number] = [
			minLon - 1 + warm() * (maxLon - minLon + 2),
			minLat - 1 + warm() * (maxLat - minLat + 2)
		];
		nearestPointOnBorder(index, p);
		if (i < 20) turfDistance(p);
	}

	// pass 1: segments meet the query for the first time (their GeographicLib line is built lazily);
	// pass 2: the same queries again, as when the pointer moves over the same stretch of border
	const timeOurs = () => {
		const times: number[] = [];
		const dists: number[] = [];
		for (const p of points) {
			const s = performance.now();
			const r = nearestPointOnBorder(index, p);
			times.push((performance.now() - s) * 1000);
			dists.push(r.distanceMeters);
		}
		return { times, dists };
	};
	const cold = timeOurs();
	const { times: oursT, dists: ours } = timeOurs();
	const turfT: number[] = [];
	const turf: number[] = [];
	for (const p of points) {
		const s = performance.now();
		const d = turfDistance(p);
		turfT.push((performance.now() - s) * 1000);
		turf.push(d);
	}

	let maxDiff = 0;
	let maxRel = 0;
	ours.forEach((d, i) => {
		const diff = Math.abs(d - (turf[i] as number));
		maxDiff = Math.max(maxDiff, diff);
		if (d > 1000) maxRel = Math.max(maxRel, diff / d);
	});
	const ours_us = median(oursT);
	const turf_us = median(turfT);
	return {
		source: border.source,
		vertices,
		queries,
		ours_us,
		ours_mean_us: mean(oursT),
		ours_p95_us: percentile(oursT, 0.95),
		ours_first_visit_us: median(cold.times),
		ours_first_visit_mean_us: mean(cold.times),
		turf_us,
		turf_mean_us: mean(turfT),
		ratio: turf_us / ours_us,
		max_disagreement_m: maxDiff,
		max_relative_disagreement: maxRel,
		build_ms
	};
}

const isMain =
	process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
	const n = Number(process.argv[2] ?? 2000);
	const r = await runNearestBorderBench(Number.isInteger(n) && n > 0 ? n : 2000);
	const f = (x: number, d = 1) => x.toFixed(d);
	console.log(`border: ${r.source}, ${r.vertices} vertices; index built in ${f(r.build_ms)} ms`);
	console.log(`queries: ${r.queries} (seeded), per query:`);
	console.log(
		`  ours  nearestPointOnBorder (indexed, WGS84 geodesic): median ${f(r.ours_us, 2)} µs, mean ${f(r.ours_mean_us, 2)} µs, p95 ${f(r.ours_p95_us, 2)} µs`
	);
	console.log(
		`        first visit of each stretch (lazy line build):  median ${f(r.ours_first_visit_us, 2)} µs, mean ${f(r.ours_first_visit_mean_us, 2)} µs`
	);
	console.log(
		`  turf  pointToLineDistance (all segments, sphere):    median ${f(r.turf_us, 1)} µs, mean ${f(r.turf_mean_us, 1)} µs`
	);
	console.log(`  ratio turf/ours (medians): ${f(r.ratio, 0)}×`);
	console.log(
		`  max disagreement: ${f(r.max_disagreement_m, 1)} m (${f(r.max_relative_disagreement * 100, 2)} % beyond 1 km; Turf's sphere vs WGS84)`
	);
}
