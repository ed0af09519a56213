/**
 * Binds the camera to the map's extent in MapLibre: `transformConstrain` keeps every view's
 * footprint inside it (camera-bounds.ts), and a pitch, turn or resize — which MapLibre does not
 * constrain by itself — re-applies the rule.
 */
import { LngLat, type Map as MapLibreMap, type TransformConstrainFunction } from 'maplibre-gl';
import { CAMERA_LIMITS } from '$lib/state/map-state';
import { constrainCamera, type ViewportShape } from './camera-bounds';
import { MAX_BOUNDS } from './view';

/** MapLibre's default vertical field of view (its `fov` option), for before the map exists. */
const DEFAULT_FOV = 36.8699;

export interface CameraBinding {
	/** The `transformConstrain` map option. */
	constrain: TransformConstrainFunction;
	/** Once the map exists: read its live camera and re-apply the rule when it pitches or turns. */
	attach(map: MapLibreMap): void;
}

/**
 * @param container the map's container (its size is the viewport before the map exists)
 * @param initial the pitch and bearing the map starts with
 */
export function bindCamera(
	container: HTMLElement,
	initial: { pitch: number; bearing: number }
): CameraBinding {
	let map: MapLibreMap | null = null;
	const shape = (): ViewportShape =>
		map
			? {
					width: map.getContainer().clientWidth,
					height: map.getContainer().clientHeight,
					pitch: map.getPitch(),
					bearing: map.getBearing(),
					fov: map.getVerticalFieldOfView()
				}
			: {
					width: container.clientWidth,
					height: container.clientHeight,
					pitch: initial.pitch,
					bearing: initial.bearing,
					fov: DEFAULT_FOV
				};
	const constrain: TransformConstrainFunction = (lngLat: LngLat, zoom: number) => {
		const min = map?.getMinZoom() ?? CAMERA_LIMITS.zoom.min;
		const max = map?.getMaxZoom() ?? CAMERA_LIMITS.zoom.max;
		const z = Math.min(Math.max(zoom ?? 0, min), max);
		const out = constrainCamera({ center: [lngLat.lng, lngLat.lat], zoom: z }, shape());
		return { center: new LngLat(...out.center), zoom: out.zoom };
	};
	return {
		constrain,
		attach(m) {
			map = m;
			// setMaxBounds re-runs the constrain without interrupting a running animation
			const again = () => m.setMaxBounds(MAX_BOUNDS);
			m.on('pitch', again);
			m.on('rotate', again);
			m.on('resize', again);
			again();
		}
	};
}
