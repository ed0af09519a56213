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
import { describeExtent, inExtent, MAP_EXTENT } from './extent';
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
			message:
				`Both ${shown(reading.lonLat)} and ${shown(otherOrder!)} are on the map: ` +
				'add N and E (e.g. 38.53 N, 68.78 E) to say which is the latitude.'
		};
	} else if (first) {
		result = reading;
	} else if (other) {
		result = {
			...reading,
			lonLat: otherOrder!,
			note: `Read as longitude, latitude (${shown(otherOrder!)}): as latitude, longitude it would be off the map.`
		};
	} else {
		return {
			ok: false,
			message: `${shown(reading.lonLat)} is outside the map, which covers ${describeExtent(extent)}.`
		};
	}
	const previous = options.previous;
	if (previous && samePlace(previous, result.lonLat)) {
		return {
			ok: false,
			message: `That is the same point as the previous one (${shown(previous)}); a segment needs two different points.`
		};
	}
	return result;
}

function samePlace(a: LonLat, b: LonLat): boolean {
	return inverse(a, b).distanceMeters < SAME_POINT_METERS;
}
