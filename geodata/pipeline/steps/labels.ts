/**
 * labels.geojson: one label point per neighbouring country and per region, so each name is
 * written once per view. (A symbol layer on a polygon source labels every part of the polygon
 * in every tile: UZBEKISTAN, KYRGYZSTAN and GBAO appeared 3–5 times in one view.)
 *
 * The point is the pole of inaccessibility (the inside point farthest from the outline, as
 * polylabel finds it) of the polygon's largest part within the default view, so the neighbours
 * are named where the map first opens; a country with little room there is labelled where it
 * has most room within the map.
 */
import { area, bboxClip } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { AreaLabelProperties, CountryProperties } from '../../../src/lib/data/types';
import type { Bbox, LonLat } from '../../../src/lib/geo/types';
import { makeFeature, polygonsOf, roundPosition } from '../geometry';
import { POINT_DECIMALS } from '../serialize';

export const LABEL_RULES = {
	/** Tajikistan and its surroundings, as the map first shows them (src/lib/map/view.ts, with a margin). */
	preferredBox: [67.3, 36.6, 75.2, 41.1] as Bbox,
	/** Below this inscribed radius (km) in the preferred box, a country is labelled in its whole. */
	minRoomKm: 30,
	/** Grid cells per side of each search step, and the steps (each zooms into the best cell). */
	gridCells: 24,
	refinements: 4
} as const;

/** Kilometres per degree of latitude (mean Earth radius); distances here only rank candidates. */
const KM_PER_DEG = 111.195;

/**
 * The point of `poly` farthest inside from its outline (holes count), and that distance in km.
 * A grid search refined around the best cell, on a local equirectangular plane (fine at label
 * scale): deterministic and fast enough for the whole basemap.
 */
export function poleOfInaccessibility(poly: Polygon): { point: LonLat; distanceKm: number } {
	const outer = poly.coordinates[0] ?? [];
	const xs = outer.map((p) => p[0] as number);
	const ys = outer.map((p) => p[1] as number);
	let [w, e, s, n] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	const kx = KM_PER_DEG * Math.cos((((s + n) / 2) * Math.PI) / 180);
	// each ring as flat x, y pairs in km
	const rings = poly.coordinates.map((r) =>
		Float64Array.from(r.flatMap((p) => [(p[0] as number) * kx, (p[1] as number) * KM_PER_DEG]))
	);
	/** Signed distance to the outline: positive inside. */
	const depth = (x: number, y: number): number => {
		let inside = false;
		let min2 = Infinity;
		for (const r of rings) {
			const count = r.length / 2;
			for (let i = 0, j = count - 1; i < count; j = i++) {
				const ax = r[2 * i]!;
				const ay = r[2 * i + 1]!;
				const bx = r[2 * j]!;
				const by = r[2 * j + 1]!;
				if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
				const dx = bx - ax;
				const dy = by - ay;
				const len2 = dx * dx + dy * dy;
				let t = len2 > 0 ? ((x - ax) * dx + (y - ay) * dy) / len2 : 0;
				t = t < 0 ? 0 : t > 1 ? 1 : t;
				const ex = x - (ax + t * dx);
				const ey = y - (ay + t * dy);
				const d2 = ex * ex + ey * ey;
				if (d2 < min2) min2 = d2;
			}
		}
		return inside ? Math.sqrt(min2) : -Math.sqrt(min2);
	};
	let best: { point: LonLat; distanceKm: number } = { point: [w, s], distanceKm: -Infinity };
	const cells = LABEL_RULES.gridCells;
	for (let step = 0; step <= LABEL_RULES.refinements; step++) {
		const dx = (e - w) / cells;
		const dy = (n - s) / cells;
		for (let i = 0; i <= cells; i++) {
			for (let j = 0; j <= cells; j++) {
				const p: LonLat = [w + i * dx, s + j * dy];
				const d = depth(p[0] * kx, p[1] * KM_PER_DEG);
				if (d > best.distanceKm) best = { point: p, distanceKm: d };
			}
		}
		[w, e, s, n] = [best.point[0] - dx, best.point[0] + dx, best.point[1] - dy, best.point[1] + dy];
	}
	return best;
}

function largestPart(geom: Polygon | MultiPolygon): Polygon | null {
	const parts = polygonsOf(geom).map(
		(rings) => ({ type: 'Polygon', coordinates: rings }) as Polygon
	);
	if (parts.length === 0) return null;
	return parts.reduce((a, b) => (area(b) > area(a) ? b : a));
}

/** The label point of an area: in the preferred box when it has room there, else anywhere. */
export function labelPoint(geom: Polygon | MultiPolygon, preferred: Bbox): LonLat {
	const clipped = bboxClip(geom, preferred).geometry as Polygon | MultiPolygon;
	const inBox = largestPart({
		...clipped,
		coordinates: clipped.coordinates.filter((c) => c.length > 0)
	} as Polygon | MultiPolygon);
	if (inBox && (inBox.coordinates[0]?.length ?? 0) >= 4) {
		const pole = poleOfInaccessibility(inBox);
		if (pole.distanceKm >= LABEL_RULES.minRoomKm) return pole.point;
	}
	const whole = largestPart(geom);
	if (!whole) throw new Error('labels: an area without a polygon');
	return poleOfInaccessibility(whole).point;
}

const point = (p: LonLat): Point => ({
	type: 'Point',
	coordinates: roundPosition(p as Position, POINT_DECIMALS)
});

/**
 * Label points for the neighbouring countries (Tajikistan itself is the map's subject and is not
 * labelled) and for the regions, in that order.
 */
export function buildAreaLabels(
	countries: readonly Feature<Polygon | MultiPolygon, CountryProperties>[],
	regions: readonly {
		id: string;
		name: string;
		name_ru: string | null;
		geometry: Polygon | MultiPolygon;
	}[]
): Feature<Point, AreaLabelProperties>[] {
	const box = LABEL_RULES.preferredBox;
	return [
		...countries
			.filter((c) => !c.properties.focus)
			.map((c) =>
				makeFeature(
					{
						id: `label-${c.properties.id}`,
						kind: 'country' as const,
						of: c.properties.id,
						name: c.properties.name,
						name_ru: c.properties.name_ru
					},
					point(labelPoint(c.geometry, box))
				)
			),
		...regions.map((r) =>
			makeFeature(
				{
					id: `label-${r.id}`,
					kind: 'region' as const,
					of: r.id,
					name: r.name,
					name_ru: r.name_ru
				},
				// a region is labelled where it has most room: it lies inside the default view
				point(labelPoint(r.geometry, [-180, -90, 180, 90]))
			)
		)
	];
}
