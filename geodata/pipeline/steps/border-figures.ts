/**
 * Figures that explain a border's computed length (pure; used by steps/borders.ts):
 * - the split of a derived MultiLineString into its main line (the open parts, tripoint to
 *   tripoint) and its closed rings (exclaves, islands), each measured on WGS84;
 * - how detailed the source line really is: the median and the longest distance between
 *   consecutive vertices;
 * - how far the line lies at most from an independent trace of the same border.
 */
import type { Position } from 'geojson';
import {
	destination,
	inverse,
	lineLengthMeters,
	segmentLengthsMeters,
	type LonLat
} from '../../../src/lib/geo/geodesic';
import {
	nearestPointOnBorder,
	type BorderIndex
} from '../../../src/lib/geo/nearest-point-on-border';

/** A closed part: at least 4 positions, first equal to last. */
export function isClosedRing(part: readonly Position[]): boolean {
	const a = part[0];
	const b = part[part.length - 1];
	return part.length >= 4 && !!a && !!b && a[0] === b[0] && a[1] === b[1];
}

export interface PartSplit {
	/** Geodesic length of the open parts (the line between tripoints), metres. */
	mainLineMeters: number;
	/** Geodesic length of each closed ring, metres, in the parts' order. */
	ringsMeters: number[];
}

/**
 * Splits a border's parts into the main line (open parts) and closed rings (exclaves, islands).
 *
 * @example
 * splitParts([[[0, 0], [0.01, 0]], [[1, 1], [1.01, 1], [1.01, 1.01], [1, 1]]]);
 * //=> { mainLineMeters: 1113.2, ringsMeters: [3340.6] } (approximately)
 */
export function splitParts(parts: readonly Position[][]): PartSplit {
	let mainLineMeters = 0;
	const ringsMeters: number[] = [];
	for (const p of parts) {
		const m = lineLengthMeters(p);
		if (isClosedRing(p)) ringsMeters.push(m);
		else mainLineMeters += m;
	}
	return { mainLineMeters, ringsMeters };
}

export interface VertexSpacing {
	/** Median geodesic distance between consecutive vertices, metres. */
	medianMeters: number;
	/** The longest segment, metres. */
	maxMeters: number;
	segments: number;
}

/** The median of a non-empty list (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
	if (values.length === 0) throw new RangeError('median of an empty list');
	const s = [...values].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Spacing of consecutive vertices over every segment of every part. */
export function vertexSpacing(parts: readonly Position[][]): VertexSpacing {
	const lengths = parts.flatMap((p) => segmentLengthsMeters(p));
	if (!lengths.length) throw new RangeError('vertexSpacing: no segment');
	return {
		medianMeters: median(lengths),
		maxMeters: Math.max(...lengths),
		segments: lengths.length
	};
}

/**
 * The largest distance from any point of `parts` to the line held in `other`: the parts are
 * sampled at their vertices and every `stepMeters` along each segment's geodesic (a directed
 * Hausdorff distance).
 */
export function maxOffsetMeters(
	parts: readonly Position[][],
	other: BorderIndex,
	stepMeters = 100
): number {
	let max = 0;
	const at = (p: LonLat) => {
		const d = nearestPointOnBorder(other, p).distanceMeters;
		if (d > max) max = d;
	};
	for (const p of parts) {
		for (let i = 0; i + 1 < p.length; i++) {
			const a = p[i] as LonLat;
			const { distanceMeters, initialBearingDeg } = inverse(a, p[i + 1] as LonLat);
			const n = Math.max(1, Math.ceil(distanceMeters / stepMeters));
			at(a);
			for (let k = 1; k < n; k++) at(destination(a, initialBearingDeg, (distanceMeters * k) / n));
		}
		const last = p[p.length - 1];
		if (last) at(last as LonLat);
	}
	return max;
}
