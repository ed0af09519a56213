/**
 * Small geometry helpers for writing RFC 7946 GeoJSON: rounding, de-duplicating, ring closing
 * and right-hand-rule winding (exterior rings counterclockwise, holes clockwise). Lengths,
 * areas and distances are NOT computed here: they come from src/lib/geo (GeographicLib).
 */
import { booleanClockwise } from '@turf/turf';
import type {
	Feature,
	Geometry,
	LineString,
	MultiLineString,
	MultiPolygon,
	Polygon,
	Position
} from 'geojson';
import { round } from './serialize';

export type { LonLat } from '../../src/lib/geo/types';
import type { LonLat } from '../../src/lib/geo/types';
export type BBox = [number, number, number, number];

/** `[lon, lat]` rounded to `decimals` places (drops any altitude). */
export function roundPosition(p: Position, decimals: number): LonLat {
	return [round(p[0] as number, decimals), round(p[1] as number, decimals)];
}

function samePosition(a: Position, b: Position): boolean {
	return a[0] === b[0] && a[1] === b[1];
}

/** Rounds a polyline and drops consecutive duplicates; null when fewer than 2 positions remain. */
export function cleanLine(coords: Position[], decimals: number): LonLat[] | null {
	const out: LonLat[] = [];
	for (const p of coords) {
		const q = roundPosition(p, decimals);
		const last = out[out.length - 1];
		if (!last || !samePosition(last, q)) out.push(q);
	}
	return out.length >= 2 ? out : null;
}

/**
 * Rounds a ring, drops consecutive duplicates, closes it and winds it
 * counterclockwise (`exterior`) or clockwise (hole); null when it collapses below 4 positions.
 */
export function cleanRing(ring: Position[], decimals: number, exterior: boolean): LonLat[] | null {
	const out = cleanLine(ring, decimals);
	if (!out) return null;
	const first = out[0] as LonLat;
	if (!samePosition(first, out[out.length - 1] as LonLat)) out.push([first[0], first[1]]);
	if (out.length < 4) return null;
	const clockwise = booleanClockwise(out);
	if (clockwise === exterior) out.reverse();
	return out;
}

/** Cleans one polygon (exterior + holes); null when the exterior collapses. */
export function cleanPolygonRings(rings: Position[][], decimals: number): LonLat[][] | null {
	const [outer, ...holes] = rings;
	if (!outer) return null;
	const ext = cleanRing(outer, decimals, true);
	if (!ext) return null;
	const out: LonLat[][] = [ext];
	for (const h of holes) {
		const c = cleanRing(h, decimals, false);
		if (c) out.push(c);
	}
	return out;
}

/** Polygon or MultiPolygon from a list of cleaned polygons (null when empty). */
export function polygonGeometry(polys: LonLat[][][]): Polygon | MultiPolygon | null {
	if (polys.length === 0) return null;
	if (polys.length === 1) return { type: 'Polygon', coordinates: polys[0] as LonLat[][] };
	return { type: 'MultiPolygon', coordinates: polys };
}

/** LineString or MultiLineString from a list of cleaned lines (null when empty). */
export function lineGeometry(lines: LonLat[][]): LineString | MultiLineString | null {
	if (lines.length === 0) return null;
	if (lines.length === 1) return { type: 'LineString', coordinates: lines[0] as LonLat[] };
	return { type: 'MultiLineString', coordinates: lines };
}

/** The polygons of a Polygon/MultiPolygon as a list of ring lists. */
export function polygonsOf(geom: Polygon | MultiPolygon): Position[][][] {
	return geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
}

/** The lines of a LineString/MultiLineString as a list. */
export function linesOf(geom: LineString | MultiLineString): Position[][] {
	return geom.type === 'LineString' ? [geom.coordinates] : geom.coordinates;
}

/** All positions of a geometry. */
export function positionsOf(geom: Geometry): Position[] {
	switch (geom.type) {
		case 'Point':
			return [geom.coordinates];
		case 'MultiPoint':
		case 'LineString':
			return geom.coordinates;
		case 'MultiLineString':
		case 'Polygon':
			return geom.coordinates.flat();
		case 'MultiPolygon':
			return geom.coordinates.flat(2);
		case 'GeometryCollection':
			return geom.geometries.flatMap(positionsOf);
	}
}

/** [west, south, east, north] of a geometry, rounded to `decimals`. */
export function bboxOf(geom: Geometry, decimals: number): BBox {
	let w = Infinity;
	let s = Infinity;
	let e = -Infinity;
	let n = -Infinity;
	for (const p of positionsOf(geom)) {
		const x = p[0] as number;
		const y = p[1] as number;
		if (x < w) w = x;
		if (x > e) e = x;
		if (y < s) s = y;
		if (y > n) n = y;
	}
	return [round(w, decimals), round(s, decimals), round(e, decimals), round(n, decimals)];
}

/** A feature with fixed key order: type, id, properties, geometry. */
export function makeFeature<G extends Geometry, P extends { id: string }>(
	properties: P,
	geometry: G
): Feature<G, P> & { id: string } {
	return { type: 'Feature', id: properties.id, properties, geometry };
}

/** Number of positions in a geometry. */
export function vertexCount(geom: Geometry): number {
	return positionsOf(geom).length;
}
