/**
 * Precision circles (precision-circles.geojson): for every site, the geodesic circle of radius
 * precisionMeters around it (64 vertices placed with src/lib/geo destination), so the map shows
 * where the real place may lie.
 */
import type { Polygon } from 'geojson';
import type { PrecisionCircleProperties, SiteFeature } from '../../../src/lib/data/types';
import { destination } from '../../../src/lib/geo/geodesic';
import { cleanRing, makeFeature, type LonLat } from '../geometry';
import { SHAPE_DECIMALS } from '../serialize';

export const CIRCLE_VERTICES = 64;

/** One circle per site, in the order of the sites. */
export function buildPrecisionCircles(sites: readonly SiteFeature[]) {
	return sites.map((s) => {
		const centre = s.geometry.coordinates as LonLat;
		const ring: LonLat[] = [];
		for (let i = 0; i < CIRCLE_VERTICES; i++) {
			ring.push(destination(centre, (360 * i) / CIRCLE_VERTICES, s.properties.precisionMeters));
		}
		ring.push(ring[0] as LonLat);
		const cleaned = cleanRing(ring, SHAPE_DECIMALS, true);
		if (!cleaned) throw new Error(`precision: circle of ${s.properties.id} collapsed`);
		const geometry: Polygon = { type: 'Polygon', coordinates: [cleaned] };
		const properties: PrecisionCircleProperties = {
			id: s.properties.id,
			layer: s.properties.layer,
			basis: s.properties.basis,
			confidence: s.properties.confidence,
			precisionMeters: s.properties.precisionMeters
		};
		return makeFeature(properties, geometry);
	});
}
