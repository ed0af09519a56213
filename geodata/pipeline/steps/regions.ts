/**
 * Region polygons (regions.geojson) from geoBoundaries ADM1 (tjk-adm1.geojson): GBAO.
 * The area is computed on the UNSIMPLIFIED polygon (geodesic, WGS84, holes subtracted); the
 * served polygon is simplified for the web with Douglas–Peucker at `REGION_TOLERANCE_DEG`
 * (turf simplify, high quality), checked to have no self-intersections.
 */
import { kinks, simplify } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { polygonAreaSquareMeters } from '../../../src/lib/geo/geodesic';
import type { RegionFeature, RegionProperties } from '../../../src/lib/data/types';
import { cleanPolygonRings, makeFeature, polygonGeometry, polygonsOf } from '../geometry';
import type { RegionRow } from '../schemas';
import { round, SHAPE_DECIMALS } from '../serialize';

/** Douglas–Peucker tolerance for region outlines, degrees (≈ 55 m north–south). */
export const REGION_TOLERANCE_DEG = 0.0005;

interface Adm1Properties {
	shapeName: string;
	shapeISO: string;
}

/** Simplifies a (multi)polygon, halving the tolerance until no ring self-intersects. */
export function simplifyPolygonSane(
	geom: Polygon | MultiPolygon,
	toleranceDeg: number
): Polygon | MultiPolygon {
	for (let tol = toleranceDeg; tol > 1e-7; tol /= 2) {
		const s = simplify(geom, { tolerance: tol, highQuality: true });
		const polys = polygonsOf(s)
			.map((p) => cleanPolygonRings(p, SHAPE_DECIMALS))
			.filter((p) => p !== null);
		const out = polygonGeometry(polys);
		if (out && kinks(out).features.length === 0) return out;
	}
	throw new Error('regions: could not simplify without self-intersections');
}

/** Region features from the ADM1 polygons and the authored rows. */
export function buildRegionFeatures(
	adm1: readonly Feature<Polygon | MultiPolygon, Adm1Properties>[],
	rows: readonly RegionRow[],
	passagesOf: (id: string) => string[]
): { features: RegionFeature[]; sourceVertices: number[] } {
	const sourceVertices: number[] = [];
	const features = rows.map((row) => {
		const src = adm1.find((f) => f.properties.shapeISO === row.shapeISO);
		if (!src) throw new Error(`regions.json/${row.id}/shapeISO: no ADM1 feature ${row.shapeISO}`);
		sourceVertices.push(polygonsOf(src.geometry).flat(2).length);
		const areaKm2 = polygonAreaSquareMeters(src.geometry) / 1e6;
		const properties: RegionProperties = {
			id: row.id,
			name: row.name,
			name_ru: row.nameRu?.name ?? null,
			passages: passagesOf(row.id),
			kind: 'region',
			areaKm2: round(areaKm2, 1),
			publishedAreasKm2: row.publishedAreasKm2.map((f) => ({
				value: f.value,
				qualifier: f.qualifier,
				source: f.source,
				url: f.url
			})),
			areaNote: row.areaNote,
			summary: row.summary
		};
		return makeFeature(properties, simplifyPolygonSane(src.geometry, REGION_TOLERANCE_DEG));
	});
	return { features, sourceVertices };
}
