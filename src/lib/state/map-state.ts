/**
 * The state of a map view as the URL, the embed builder and the postMessage API see it.
 * Pure data and checks: no Svelte, no MapLibre, no DOM.
 */
import * as m from '$lib/paraglide/messages';
import type { LonLat } from '$lib/geo/types';
import { MAP_EXTENT } from '$lib/geo/extent';
import { LENGTH_UNITS, type LengthUnit } from '$lib/geo/length-units';
import { FEATURE_ID_PATTERN } from '$lib/data/ids';
import { passageNumber } from '$lib/data/passage-ids';
import { DEFAULT_LAYER_IDS, LAYER_IDS, type LayerId } from '$lib/layers/layer-ids';
import type { ThemeName } from '$lib/layers/theme';

/** The length units, in canonical order: one union, LengthUnit, declared in geo/length-units. */
export const UNITS: readonly LengthUnit[] = LENGTH_UNITS;

/** The colour themes' names, in canonical order (the palettes are `THEMES` in layers/theme.ts). */
export const THEME_NAMES = ['light', 'dark'] as const satisfies readonly ThemeName[];
export type { ThemeName };

/** Optional embed controls, in canonical order. Attribution is not one: it is always shown. */
export const CONTROLS = ['zoom', 'legend', 'measure', 'search', 'fullscreen'] as const;
export type Control = (typeof CONTROLS)[number];

/** A camera position. Degrees for angles and coordinates; zoom as in MapLibre (512 px tiles). */
export interface CameraView {
	zoom: number;
	lat: number;
	lon: number;
	/** Degrees clockwise from north, in (−180, 180]. */
	bearing: number;
	/** Degrees from the vertical, 0–85. */
	pitch: number;
}

export type { LonLat } from '$lib/geo/types';

export interface MapState {
	/** null = the default fit (all of Tajikistan). */
	view: CameraView | null;
	/** Visible layers, no duplicates, in LAYER_IDS order. */
	layers: LayerId[];
	/** Feature whose popup is open, or null. */
	select: string | null;
	/** Measurement path: empty, or 2…MAX_MEASURE_POINTS points. */
	measure: LonLat[];
	units: LengthUnit;
	theme: ThemeName;
	/** Embed controls, no duplicates, in CONTROLS order. Only `/embed` applies them. */
	controls: Control[];
	/**
	 * The report passage (`p-N`) a story embed shows, or null for a plain map. Only `/embed`
	 * applies it; there it wins over `select`, `measure` and `view` (url.ts).
	 */
	story: string | null;
}

/**
 * Valid ranges. Latitude stops at Web Mercator's limit (MapLibre's MAX_MERCATOR_LATITUDE), so every
 * centre MapLibre can report is valid; measurement points may use the whole WGS84 range.
 */
export const LIMITS = {
	zoom: { min: 0, max: 24 },
	lat: { min: -85.051129, max: 85.051129 },
	lon: { min: -180, max: 180 },
	/** Bearings outside are wrapped, never rejected: (−180, 180]. */
	bearing: { min: -180, max: 180 },
	pitch: { min: 0, max: 85 },
	pointLat: { min: -90, max: 90 },
	measurePoints: { min: 2, max: 100 }
} as const;

export const MAX_MEASURE_POINTS = LIMITS.measurePoints.max;

/**
 * Where the camera may go, within LIMITS: its centre over the map's extent (the study box every
 * data file is cut to), no closer than zoom 11 (the basemap's detail ends there: the countries are
 * simplified to about 200 m) and no steeper than MapLibre's default 60° pitch. The map keeps its
 * whole view inside the extent (src/lib/map/camera-bounds.ts); links are clamped to these.
 */
export const CAMERA_LIMITS = {
	extent: MAP_EXTENT,
	zoom: { min: LIMITS.zoom.min, max: 11 },
	pitch: { min: LIMITS.pitch.min, max: 60 }
} as const;

/** A valid view moved to the nearest one inside CAMERA_LIMITS, and the fields that moved. */
export function clampView(view: CameraView): { value: CameraView; clamped: string[] } {
	const [w, s, e, n] = CAMERA_LIMITS.extent;
	const clamp = (x: number, lo: number, hi: number) => Math.min(Math.max(x, lo), hi);
	const value: CameraView = {
		...view,
		zoom: clamp(view.zoom, CAMERA_LIMITS.zoom.min, CAMERA_LIMITS.zoom.max),
		lat: clamp(view.lat, s, n),
		lon: clamp(view.lon, w, e),
		pitch: clamp(view.pitch, CAMERA_LIMITS.pitch.min, CAMERA_LIMITS.pitch.max)
	};
	const names = { zoom: 'zoom', lat: 'latitude', lon: 'longitude', pitch: 'pitch' } as const;
	const clamped = (Object.keys(names) as (keyof typeof names)[])
		.filter((k) => value[k] !== view[k])
		.map((k) => names[k]);
	return { value, clamped };
}

export const DEFAULT_CONTROLS: readonly Control[] = ['zoom', 'legend', 'fullscreen'];

/** What a URL without parameters means. Frozen (arrays too): copy with `defaultMapState()`. */
export const DEFAULT_MAP_STATE: Readonly<MapState> = Object.freeze({
	view: null,
	layers: Object.freeze(canonicalLayers(DEFAULT_LAYER_IDS)) as LayerId[],
	select: null,
	measure: Object.freeze([]) as unknown as LonLat[],
	units: 'km',
	theme: 'light',
	controls: Object.freeze(canonicalControls(DEFAULT_CONTROLS)) as Control[],
	story: null
});

/** A fresh, mutable copy of the default state. */
export function defaultMapState(): MapState {
	return {
		...DEFAULT_MAP_STATE,
		layers: [...DEFAULT_MAP_STATE.layers],
		measure: [],
		controls: [...DEFAULT_MAP_STATE.controls]
	};
}

/** Layer ids deduplicated and put in LAYER_IDS order (the order the URL writes). */
export function canonicalLayers(ids: Iterable<LayerId>): LayerId[] {
	const wanted = new Set(ids);
	return LAYER_IDS.filter((id) => wanted.has(id));
}

/** Controls deduplicated and put in CONTROLS order. */
export function canonicalControls(ids: Iterable<Control>): Control[] {
	const wanted = new Set(ids);
	return CONTROLS.filter((id) => wanted.has(id));
}

export function isControl(value: string): value is Control {
	return (CONTROLS as readonly string[]).includes(value);
}
export function isUnits(value: string): value is LengthUnit {
	return (UNITS as readonly string[]).includes(value);
}
export function isTheme(value: string): value is ThemeName {
	return (THEME_NAMES as readonly string[]).includes(value);
}

/** Wraps any finite bearing into (−180, 180]; values already in range are returned unchanged. */
export function wrapBearing(bearing: number): number {
	if (bearing > -180 && bearing <= 180) return bearing + 0; // + 0 turns −0 into 0
	const wrapped = ((((bearing + 180) % 360) + 360) % 360) - 180;
	return wrapped === -180 ? 180 : wrapped + 0;
}

const inRange = (x: number, r: { min: number; max: number }) => x >= r.min && x <= r.max;

/** A view as typed by a person or a script: bearing and pitch may be left out (they default to 0). */
export interface ViewInput {
	zoom: number;
	lat: number;
	lon: number;
	bearing?: number | undefined;
	pitch?: number | undefined;
}

/**
 * Checks a view against LIMITS, the one rule shared by the URL and the postMessage API.
 * Bearing is wrapped; everything else out of range is rejected with a reason naming the field.
 */
export function checkView(input: ViewInput): { value: CameraView } | { error: string } {
	const { zoom, lat, lon, bearing = 0, pitch = 0 } = input;
	const fields = { zoom, lat, lon, bearing, pitch };
	for (const [name, x] of Object.entries(fields)) {
		if (typeof x !== 'number' || !Number.isFinite(x))
			return { error: m.url_must_be_finite({ name }) };
	}
	if (!inRange(zoom, LIMITS.zoom)) return { error: rangeError(m.url_part_zoom(), LIMITS.zoom) };
	if (!inRange(lat, LIMITS.lat)) return { error: rangeError(m.url_part_latitude(), LIMITS.lat) };
	if (!inRange(lon, LIMITS.lon)) return { error: rangeError(m.url_part_longitude(), LIMITS.lon) };
	if (!inRange(pitch, LIMITS.pitch)) return { error: rangeError(m.url_part_pitch(), LIMITS.pitch) };
	return {
		value: {
			zoom: zoom + 0,
			lat: lat + 0,
			lon: lon + 0,
			bearing: wrapBearing(bearing),
			pitch: pitch + 0
		}
	};
}

/** Checks one measurement point: finite, longitude −180…180, latitude −90…90. */
export function checkPoint(lon: number, lat: number): { value: LonLat } | { error: string } {
	if (!Number.isFinite(lon) || !Number.isFinite(lat)) {
		return { error: m.url_lonlat_finite() };
	}
	if (!inRange(lon, LIMITS.lon)) return { error: rangeError(m.url_part_longitude(), LIMITS.lon) };
	if (!inRange(lat, LIMITS.pointLat))
		return { error: rangeError(m.url_part_latitude(), LIMITS.pointLat) };
	return { value: [lon + 0, lat + 0] };
}

function rangeError(name: string, r: { min: number; max: number }): string {
	return m.url_must_be_between({ name, min: r.min, max: r.max });
}

export interface StateCheckContext {
	/** When given, `select` must be one of these. */
	knownFeatureIds?: ReadonlySet<string>;
}

/**
 * True when `s` is a complete, canonical MapState: every field present and in range, lists
 * deduplicated and in canonical order. The fuzz tests assert it of everything the parsers return.
 */
export function isValidMapState(s: unknown, ctx: StateCheckContext = {}): s is MapState {
	if (typeof s !== 'object' || s === null) return false;
	const st = s as Record<string, unknown>;
	return (
		isValidView(st.view) &&
		isCanonicalList(st.layers, LAYER_IDS) &&
		isValidSelect(st.select, ctx.knownFeatureIds) &&
		isValidMeasure(st.measure) &&
		typeof st.units === 'string' &&
		isUnits(st.units) &&
		typeof st.theme === 'string' &&
		isTheme(st.theme) &&
		isCanonicalList(st.controls, CONTROLS) &&
		(st.story === null || (typeof st.story === 'string' && passageNumber(st.story) !== null))
	);
}

function isValidView(v: unknown): boolean {
	if (v === null) return true;
	if (typeof v !== 'object' || v === undefined) return false;
	const view = v as Record<string, unknown>;
	const nums = [view.zoom, view.lat, view.lon, view.bearing, view.pitch];
	if (!nums.every((x) => typeof x === 'number' && Number.isFinite(x))) return false;
	const checked = checkView(view as unknown as CameraView);
	return 'value' in checked && checked.value.bearing === view.bearing;
}

function isCanonicalList(v: unknown, order: readonly string[]): boolean {
	if (!Array.isArray(v)) return false;
	let last = -1;
	for (const item of v) {
		const i = typeof item === 'string' ? order.indexOf(item) : -1;
		if (i <= last) return false;
		last = i;
	}
	return true;
}

function isValidSelect(v: unknown, known: ReadonlySet<string> | undefined): boolean {
	if (v === null) return true;
	if (typeof v !== 'string' || !FEATURE_ID_PATTERN.test(v)) return false;
	return known === undefined || known.has(v);
}

function isValidMeasure(v: unknown): boolean {
	if (!Array.isArray(v)) return false;
	if (v.length === 0) return true;
	if (v.length < LIMITS.measurePoints.min || v.length > LIMITS.measurePoints.max) return false;
	return v.every(
		(p) =>
			Array.isArray(p) &&
			p.length === 2 &&
			typeof p[0] === 'number' &&
			typeof p[1] === 'number' &&
			'value' in checkPoint(p[0], p[1])
	);
}
