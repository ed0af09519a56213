/**
 * The report's geographic claims (claims.json), authored in geodata/authored/claims.json,
 * each recomputed: 'straight' = geodesic distance between two sites (src/lib/geo inverse),
 * 'to-border' = geodesic distance from a site to the nearest point of a border.
 */
import type { BorderFeature, Claim, SiteFeature } from '../../../src/lib/data/types';
import { inverse } from '../../../src/lib/geo/geodesic';
import {
	createBorderIndex,
	nearestPointOnBorder
} from '../../../src/lib/geo/nearest-point-on-border';
import type { LonLat } from '../geometry';
import type { ClaimRow } from '../schemas';
import { round } from '../serialize';

/** Claims with the computed distance and its uncertainty (sum of the points' precision radii). */
export function buildClaims(
	rows: readonly ClaimRow[],
	sites: readonly SiteFeature[],
	borders: readonly BorderFeature[]
): Claim[] {
	const site = (id: string): SiteFeature => {
		const s = sites.find((f) => f.properties.id === id);
		if (!s) throw new Error(`claims: site ${id} missing`);
		return s;
	};
	return rows.map((row) => {
		const from = site(row.from);
		const a = from.geometry.coordinates as LonLat;
		let computed: number;
		let uncertainty = from.properties.precisionMeters;
		if (row.measure === 'straight') {
			const to = site(row.to);
			computed = inverse(a, to.geometry.coordinates as LonLat).distanceMeters;
			uncertainty += to.properties.precisionMeters;
		} else {
			const b = borders.find((f) => f.properties.id === row.to);
			if (!b) throw new Error(`claims: border ${row.to} missing`);
			computed = nearestPointOnBorder(createBorderIndex(b.geometry), a).distanceMeters;
		}
		return {
			id: row.id,
			passage: row.passage,
			quote: row.quote,
			from: row.from,
			to: row.to,
			claimedMeters: row.claimedMeters,
			measure: row.measure,
			computedMeters: round(computed, 0),
			uncertaintyMeters: uncertainty,
			note: row.note
		};
	});
}
