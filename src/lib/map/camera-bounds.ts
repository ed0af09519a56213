/**
 * Keeps the camera over the data: whatever the pitch, bearing and viewport, every pixel of the
 * map shows ground inside MAP_EXTENT (the study box every data file is cut to), so no clipped
 * rectangle of basemap is ever in view.
 *
 * MapLibre's own `maxBounds` keeps only an unpitched, unrotated screen inside the box: a pitched
 * view still looks past its top edge. This is the same rule for the real footprint of the view
 * (a trapezoid on the ground), given to MapLibre as `transformConstrain`. Pure: no MapLibre.
 */
import { MAP_EXTENT } from '$lib/geo/extent';
import type { Bbox, LonLat } from '$lib/geo/types';

/** MapLibre's tile size: world width in pixels at zoom 0. */
const TILE_SIZE = 512;

/** What the camera sees with: the viewport in CSS pixels and the camera's angles in degrees. */
export interface ViewportShape {
	width: number;
	height: number;
	pitch: number;
	bearing: number;
	/** Vertical field of view (MapLibre's default is about 36.87°). */
	fov: number;
}

export interface CameraPosition {
	center: LonLat;
	zoom: number;
}

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Web Mercator x, y in 0…1 (y down), as MapLibre's world coordinates. */
function mercator([lon, lat]: LonLat): [number, number] {
	const y = Math.log(Math.tan(Math.PI / 4 + rad(lat) / 2));
	return [(lon + 180) / 360, (1 - y / Math.PI) / 2];
}

function unmercator([x, y]: [number, number]): LonLat {
	const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
	return [x * 360 - 180, lat];
}

/**
 * The ground the viewport shows, as the offsets of its corners from the map's centre in screen
 * pixels at the centre's scale (x east, y south, rotated by the bearing). At pitch 0 and bearing
 * 0 it is the screen rectangle itself. Null when the horizon is in view (the ground is endless).
 */
export function groundFootprint(shape: ViewportShape): [number, number][] | null {
	const half = rad(shape.fov) / 2;
	const pitch = rad(shape.pitch);
	if (pitch + half >= Math.PI / 2 - 1e-6) return null;
	// camera distance to the centre, as MapLibre sets it for this field of view
	const distance = shape.height / 2 / Math.tan(half);
	const altitude = distance * Math.cos(pitch);
	const behind = distance * Math.sin(pitch);
	// how far up (north at bearing 0) the top edge reaches, and down the bottom edge
	const up = altitude * Math.tan(pitch + half) - behind;
	const down = behind - altitude * Math.tan(pitch - half);
	// the screen's width grows with depth along the camera's axis
	const depth = (angle: number) => ((altitude / Math.cos(angle)) * Math.cos(half)) / distance;
	const topHalf = (shape.width / 2) * depth(pitch + half);
	const bottomHalf = (shape.width / 2) * depth(pitch - half);
	const corners: [number, number][] = [
		[-topHalf, -up],
		[topHalf, -up],
		[bottomHalf, down],
		[-bottomHalf, down]
	];
	const b = rad(shape.bearing);
	const cos = Math.cos(b);
	const sin = Math.sin(b);
	// bearing turns the map clockwise on screen: a screen offset maps to the ground turned back
	return corners.map(([x, y]) => [x * cos - y * sin, x * sin + y * cos]);
}

/**
 * The nearest camera (smallest zoom change, then smallest move) whose whole view lies inside
 * `box`. The zoom first goes up until the view fits the box, then the centre moves in.
 */
export function constrainCamera(
	camera: CameraPosition,
	shape: ViewportShape,
	box: Readonly<Bbox> = MAP_EXTENT
): CameraPosition {
	const footprint = groundFootprint(shape);
	if (!footprint || shape.width <= 0 || shape.height <= 0) return camera;
	const xs = footprint.map((p) => p[0]);
	const ys = footprint.map((p) => p[1]);
	const [left, right, top, bottom] = [
		Math.min(...xs),
		Math.max(...xs),
		Math.min(...ys),
		Math.max(...ys)
	];
	const [minX, minY] = mercator([box[0], box[3]]);
	const [maxX, maxY] = mercator([box[2], box[1]]);

	// the footprint is in pixels whatever the zoom; the box grows with 2^zoom
	const fitZoom = Math.log2(
		Math.max((right - left) / (maxX - minX), (bottom - top) / (maxY - minY)) / TILE_SIZE
	);
	const zoom = Math.max(camera.zoom, fitZoom);
	const world = TILE_SIZE * 2 ** zoom;
	const [cx, cy] = mercator(camera.center);
	const clamp = (c: number, lo: number, hi: number) =>
		lo > hi ? (lo + hi) / 2 : Math.min(Math.max(c, lo), hi);
	const x = clamp(cx * world, minX * world - left, maxX * world - right) / world;
	const y = clamp(cy * world, minY * world - top, maxY * world - bottom) / world;
	return { center: unmercator([x, y]), zoom };
}
