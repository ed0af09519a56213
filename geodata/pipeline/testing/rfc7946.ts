/**
 * A strict checker for the served files: RFC 7946 structure plus the project's rules
 * (string ids equal to properties.id, right-hand-rule winding, coordinate precision, foreign
 * members). Returns a list of problems, empty when the file is fine. Used by the tests.
 */
import { booleanClockwise } from '@turf/turf';
import type { Position } from 'geojson';
import { FEATURE_ID_PATTERN } from '../../../src/lib/data/ids';

const GEOMETRY_TYPES = new Set([
	'Point',
	'MultiPoint',
	'LineString',
	'MultiLineString',
	'Polygon',
	'MultiPolygon'
]);

function decimals(x: number): number {
	const s = String(x);
	if (s.includes('e')) return 99;
	const dot = s.indexOf('.');
	return dot < 0 ? 0 : s.length - dot - 1;
}

/** Problems with one position (finite, in range, not over-precise). */
function checkPosition(p: unknown, maxDecimals: number, where: string): string[] {
	if (!Array.isArray(p) || p.length !== 2) return [`${where}: position must be [lon, lat]`];
	const [lon, lat] = p as unknown[];
	if (typeof lon !== 'number' || !Number.isFinite(lon)) return [`${where}: lon is not finite`];
	if (typeof lat !== 'number' || !Number.isFinite(lat)) return [`${where}: lat is not finite`];
	const out: string[] = [];
	if (lon < -180 || lon > 180) out.push(`${where}: lon ${lon} out of range`);
	if (lat < -90 || lat > 90) out.push(`${where}: lat ${lat} out of range`);
	if (decimals(lon) > maxDecimals || decimals(lat) > maxDecimals) {
		out.push(`${where}: more than ${maxDecimals} decimals`);
	}
	return out;
}

function checkRing(ring: unknown, exterior: boolean, where: string): string[] {
	if (!Array.isArray(ring) || ring.length < 4) return [`${where}: ring needs ≥ 4 positions`];
	const out = ring.flatMap((p, i) => checkPosition(p, 5, `${where}[${i}]`));
	if (out.length) return out;
	const first = ring[0] as Position;
	const last = ring[ring.length - 1] as Position;
	if (first[0] !== last[0] || first[1] !== last[1]) out.push(`${where}: ring is not closed`);
	const cw = booleanClockwise(ring as Position[]);
	if (exterior && cw) out.push(`${where}: exterior ring is clockwise (RFC 7946 §3.1.6)`);
	if (!exterior && !cw) out.push(`${where}: hole is counterclockwise (RFC 7946 §3.1.6)`);
	return out;
}

function checkLine(line: unknown, where: string): string[] {
	if (!Array.isArray(line) || line.length < 2) return [`${where}: line needs ≥ 2 positions`];
	return line.flatMap((p, i) => checkPosition(p, 5, `${where}[${i}]`));
}

function checkPolygon(rings: unknown, where: string): string[] {
	if (!Array.isArray(rings) || rings.length < 1) return [`${where}: polygon needs a ring`];
	return rings.flatMap((r, i) => checkRing(r, i === 0, `${where}[${i}]`));
}

/** Problems with a geometry object. */
export function checkGeometry(g: unknown, where: string): string[] {
	if (!g || typeof g !== 'object') return [`${where}: geometry missing`];
	const { type, coordinates } = g as { type?: unknown; coordinates?: unknown };
	if (typeof type !== 'string' || !GEOMETRY_TYPES.has(type))
		return [`${where}: bad type ${String(type)}`];
	if (!Array.isArray(coordinates)) return [`${where}: coordinates missing`];
	switch (type) {
		case 'Point':
			return checkPosition(coordinates, 6, where);
		case 'MultiPoint':
			return coordinates.flatMap((p, i) => checkPosition(p, 6, `${where}[${i}]`));
		case 'LineString':
			return checkLine(coordinates, where);
		case 'MultiLineString':
			return coordinates.flatMap((l, i) => checkLine(l, `${where}[${i}]`));
		case 'Polygon':
			return checkPolygon(coordinates, where);
		default:
			return coordinates.flatMap((p, i) => checkPolygon(p, `${where}[${i}]`));
	}
}

/** Problems with a served FeatureCollection (empty array when it is valid). */
export function checkServedCollection(fc: unknown, name: string): string[] {
	if (!fc || typeof fc !== 'object') return [`${name}: not an object`];
	const c = fc as Record<string, unknown>;
	const out: string[] = [];
	if (c.type !== 'FeatureCollection') out.push(`${name}: type must be FeatureCollection`);
	if ('crs' in c) out.push(`${name}: has a crs member (not RFC 7946)`);
	for (const key of ['generated', 'attribution', 'licence']) {
		if (typeof c[key] !== 'string' || !(c[key] as string).length) {
			out.push(`${name}: foreign member "${key}" missing`);
		}
	}
	if (!Array.isArray(c.features)) return [...out, `${name}: features missing`];
	const ids = new Set<string>();
	c.features.forEach((f: unknown, i) => {
		const where = `${name} features[${i}]`;
		if (!f || typeof f !== 'object') {
			out.push(`${where}: not an object`);
			return;
		}
		const feat = f as {
			type?: unknown;
			id?: unknown;
			properties?: { id?: unknown } | null;
			geometry?: unknown;
		};
		if (feat.type !== 'Feature') out.push(`${where}: type must be Feature`);
		if (typeof feat.id !== 'string' || !FEATURE_ID_PATTERN.test(feat.id)) {
			out.push(`${where}: id must be a kebab-case string`);
		} else if (ids.has(feat.id)) out.push(`${where}: duplicate id ${feat.id}`);
		else ids.add(feat.id);
		if (!feat.properties || feat.properties.id !== feat.id) {
			out.push(`${where}: properties.id must equal id`);
		}
		out.push(...checkGeometry(feat.geometry, `${where} (${String(feat.id)})`));
	});
	return out;
}
