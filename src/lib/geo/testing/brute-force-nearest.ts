/**
 * Test-only reference for nearest-point-on-border: a brute-force geodesic search over every
 * segment, written independently of the fast method (no index, no sphere, no Newton steps).
 *
 * For each segment A→B (a GeographicLib geodesic) whose triangle-inequality lower bound
 * `(d(P,A) + d(P,B) − |AB|) / 2` can still beat the best so far, the distance from P along the
 * geodesic is minimised by 100 golden-section steps (interval shrinks by 0.618¹⁰⁰ ≈ 10⁻²¹).
 *
 * @module
 */
import geodesicLib from 'geographiclib-geodesic';
import type { Position } from 'geojson';

const W = geodesicLib.Geodesic.WGS84;
const PHI = (Math.sqrt(5) - 1) / 2;

export interface BruteForceResult {
	distanceMeters: number;
	point: [number, number];
	segmentIndex: number;
}

/** Flattens a LineString's or MultiLineString's coordinates into parts. */
export function partsOf(coords: Position[] | Position[][]): Position[][] {
	return Array.isArray(coords[0]?.[0]) ? (coords as Position[][]) : [coords as Position[]];
}

/**
 * Brute-force nearest point of the polyline parts to (lon, lat): the exact distance to every
 * vertex first, then golden-section searches on segments in order of their triangle-inequality
 * lower bound, stopping when that bound exceeds the best distance found.
 */
export function bruteForceNearest(parts: Position[][], lon: number, lat: number): BruteForceResult {
	const segs: { a: Position; b: Position; index: number; lb: number; da: number; db: number }[] =
		[];
	let seg = 0;
	for (const part of parts) {
		const d = part.map((q) => W.Inverse(lat, lon, q[1]!, q[0]!).s12!);
		for (let i = 0; i + 1 < part.length; i++, seg++) {
			const a = part[i]!;
			const b = part[i + 1]!;
			const len = W.Inverse(a[1]!, a[0]!, b[1]!, b[0]!).s12!;
			const da = d[i]!;
			const db = d[i + 1]!;
			segs.push({ a, b, index: seg, lb: (da + db - len) / 2, da, db });
		}
	}
	segs.sort((x, y) => x.lb - y.lb || x.index - y.index);
	let best: BruteForceResult = { distanceMeters: Infinity, point: [NaN, NaN], segmentIndex: -1 };
	for (const { a, b, index, lb } of segs) {
		if (lb > best.distanceMeters) break;
		const line = W.InverseLine(a[1]!, a[0]!, b[1]!, b[0]!);
		const f = (s: number) => {
			const p = line.Position(s);
			return { d: W.Inverse(lat, lon, p.lat2!, p.lon2!).s12!, lon: p.lon2!, lat: p.lat2! };
		};
		let lo = 0;
		let hi = line.s13;
		let x1 = hi - PHI * (hi - lo);
		let x2 = lo + PHI * (hi - lo);
		let f1 = f(x1).d;
		let f2 = f(x2).d;
		for (let k = 0; k < 100 && hi - lo > 1e-7; k++) {
			if (f1 < f2) {
				hi = x2;
				x2 = x1;
				f2 = f1;
				x1 = hi - PHI * (hi - lo);
				f1 = f(x1).d;
			} else {
				lo = x1;
				x1 = x2;
				f1 = f2;
				x2 = lo + PHI * (hi - lo);
				f2 = f(x2).d;
			}
		}
		for (const cand of [f((lo + hi) / 2), f(0), f(line.s13)]) {
			if (cand.d < best.distanceMeters) {
				best = { distanceMeters: cand.d, point: [cand.lon, cand.lat], segmentIndex: index };
			}
		}
	}
	return best;
}
