/**
 * A typed coordinate read for this map: {@link parseCoordinate}, then checked against the map's
 * extent, so a point the map cannot show is refused with a message naming the extent instead of
 * silently becoming a point on another continent.
 *
 * ## Rules
 * - A point outside {@link MAP_EXTENT} is refused; the message says how it was read and what the
 *   map covers.
 * - When nothing fixed the order (no N/S/E/W letters) the extent settles it: if only the other
 *   order ("longitude, latitude") lies on the map, that one is taken and the note says so; if both
 *   did, the person is asked to add letters.
 * - A point at (less than {@link SAME_POINT_METERS} from) `previous` is refused: a segment needs
 *   two different points.
 *
 * @module
 */
import * as m from '$lib/paraglide/messages';
import { inExtent, MAP_EXTENT } from './extent';
import { formatDD } from './format-dd';
import { inverse } from './geodesic';
import { parseCoordinate, type ParseCoordinateResult } from './parse-coordinate';
import type { Bbox, LonLat } from './types';

/** Points closer than this to the previous one count as the same point, metres. */
export const SAME_POINT_METERS = 1;

export interface ReadMapCoordinateOptions {
	/** The box the point must lie in (default the map's extent). */
	extent?: Readonly<Bbox>;
	/** The point it would follow (a measurement's last point), to refuse repeating it. */
	previous?: LonLat | null;
}

const shown = (p: LonLat) => formatDD(p, { decimals: 4 });

/** A box edge as the messages write it, e.g. "33° N" (as `describeExtent` does). */
const edge = (v: number, pos: string, neg: string) => `${Math.abs(v)}° ${v < 0 ? neg : pos}`;

/**
 * Reads a typed coordinate that must lie on the map. Never throws.
 *
 * @param text what the person typed (DD, DMS or MGRS; see parseCoordinate)
 * @returns `{ ok: true, lonLat, … }` (with a `note` when the order was settled by the extent) or
 *   `{ ok: false, message }`
 * @example
 * readMapCoordinate('68.7833, 38.5333');
 * //=> { ok: true, lonLat: [68.7833, 38.5333], format: 'dd', note: 'Read as longitude, latitude: …' }
 * readMapCoordinate('-91, 10');
 * //=> { ok: false, message: '10.0000° N, 91.0000° W is outside the map, which covers latitude 33° N to 44° N, longitude 60° E to 80° E.' }
 */
export function readMapCoordinate(
	text: string,
	options: ReadMapCoordinateOptions = {}
): ParseCoordinateResult {
	const extent = options.extent ?? MAP_EXTENT;
	const parsed = parseCoordinate(text);
	if (!parsed.ok) return parsed;
	const { otherOrder, ...reading } = parsed;
	const first = inExtent(reading.lonLat, extent);
	const other = otherOrder !== undefined && inExtent(otherOrder, extent);
	let result: ParseCoordinateResult;
	if (first && other && !samePlace(reading.lonLat, otherOrder!)) {
		return {
			ok: false,
			message: m.analyst_coord_ambiguous({
				first: shown(reading.lonLat),
				second: shown(otherOrder!)
			})
		};
	} else if (first) {
		result = reading;
	} else if (other) {
		result = {
			...reading,
			lonLat: otherOrder!,
			note: m.analyst_coord_read_lon_lat_on_map({ point: shown(otherOrder!) })
		};
	} else {
		const [w, s, e, n] = extent;
		return {
			ok: false,
			message: m.analyst_coord_outside_map({
				point: shown(reading.lonLat),
				south: edge(s, 'N', 'S'),
				north: edge(n, 'N', 'S'),
				west: edge(w, 'E', 'W'),
				east: edge(e, 'E', 'W')
			})
		};
	}
	const previous = options.previous;
	if (previous && samePlace(previous, result.lonLat)) {
		return {
			ok: false,
			message: m.analyst_coord_same_point({ point: shown(previous) })
		};
	}
	return result;
}

function samePlace(a: LonLat, b: LonLat): boolean {
	return inverse(a, b).distanceMeters < SAME_POINT_METERS;
}
