/**
 * The box a selected feature is framed in: the feature with the places that tell a reader where
 * it is. A site's precision circle alone fills a phone's frame with a disc on blank ground, so a
 * point site is framed with room around its circle and, when it is near, the capital; lines and
 * regions are framed as they are (they are their own context).
 *
 * Pure: unit-tested in context-box.test.ts. Degrees per metre use a spherical approximation,
 * which is plenty for a camera frame (it is never shown as a measurement).
 */
import type { Bbox, LonLat } from '$lib/geo/types';

/** Dushanbe, the capital, as Natural Earth's populated places give it (static/data/places.geojson). */
export const CAPITAL: { name: string; lonLat: LonLat } = {
	name: 'Dushanbe',
	lonLat: [68.77388, 38.56004]
};

/** A site's frame reaches at least this far from it on every side, metres. */
export const MIN_CONTEXT_METERS = 60_000;
/** …and at least this many precision radii, so the circle takes at most about a third of it. */
const RADII_OF_CONTEXT = 3;
/** The capital joins the frame of a site closer to it than this, metres. */
export const CAPITAL_CONTEXT_METERS = 250_000;

const METERS_PER_DEGREE = 111_320;

export interface FramedFeature {
	/** Point sites only; null for lines and polygons. */
	lon: number | null;
	lat: number | null;
	bbox: Bbox;
	precisionMeters: number | null;
}

/** The [w, s, e, n] box to fit when `feature` is selected. */
export function contextBox(feature: FramedFeature): Bbox {
	if (feature.lon === null || feature.lat === null) return feature.bbox;
	const { lon, lat } = feature;
	const reach = Math.max(MIN_CONTEXT_METERS, RADII_OF_CONTEXT * (feature.precisionMeters ?? 0));
	const dLat = reach / METERS_PER_DEGREE;
	const dLon = reach / (METERS_PER_DEGREE * Math.cos((lat * Math.PI) / 180));
	let box: Bbox = [lon - dLon, lat - dLat, lon + dLon, lat + dLat];
	if (approximateMeters([lon, lat], CAPITAL.lonLat) <= CAPITAL_CONTEXT_METERS) {
		box = extend(box, CAPITAL.lonLat);
	}
	return box;
}

/** The box that frames several features together, each with its context; null for none. */
export function contextBoxOfAll(features: readonly FramedFeature[]): Bbox | null {
	const boxes = features.map(contextBox);
	if (boxes.length === 0) return null;
	return [
		Math.min(...boxes.map((b) => b[0])),
		Math.min(...boxes.map((b) => b[1])),
		Math.max(...boxes.map((b) => b[2])),
		Math.max(...boxes.map((b) => b[3]))
	];
}

function extend([w, s, e, n]: Bbox, [lon, lat]: LonLat): Bbox {
	return [Math.min(w, lon), Math.min(s, lat), Math.max(e, lon), Math.max(n, lat)];
}

/** Equirectangular distance: within a fraction of a percent at these latitudes and ranges. */
function approximateMeters([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
	const meanLat = (((lat1 + lat2) / 2) * Math.PI) / 180;
	const dx = (lon2 - lon1) * Math.cos(meanLat);
	const dy = lat2 - lat1;
	return Math.hypot(dx, dy) * METERS_PER_DEGREE;
}
