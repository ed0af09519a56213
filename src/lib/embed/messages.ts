/**
 * The postMessage API of `/embed` (design.md, "Public interface"), as the one list of its
 * messages: their names, their shapes, the builders of what the map posts, and the cheap check of
 * whether a message is for the map at all. The parser (./protocol.ts, with zod) and what commands
 * do (./host-commands.ts), both loaded with a host's first message, work on these types; the docs (./docs.ts) describe exactly these types. Free of zod and of the docs' prose,
 * so the embed page holds it from the start.
 */
import type { Locale } from '$lib/i18n/locales';
import type { LayerId } from '$lib/layers/layer-ids';
import {
	canonicalControls,
	canonicalLayers,
	type CameraView,
	type LonLat,
	type MapState,
	type ThemeName
} from '$lib/state/map-state';
import type { LengthUnit } from '$lib/geo/length-units';

/** Every message the map posts carries `source: MESSAGE_SOURCE`. */
export const MESSAGE_SOURCE = 'frontier-map';
/** Every command for the map must carry `target: MESSAGE_TARGET`. */
export const MESSAGE_TARGET = 'frontier-map';

/** Messages the map posts to `window.parent`, in the order the docs list them. */
export const OUTBOUND_TYPES = [
	'ready',
	'select',
	'layers',
	'viewchange',
	'measure',
	'state',
	'resize',
	'error'
] as const;
/** Commands a host posts to the map, in the order the docs list them. */
export const INBOUND_TYPES = [
	'setView',
	'select',
	'setLayers',
	'measure',
	'setTheme',
	'setUnits',
	'getState'
] as const;

export type OutboundType = (typeof OUTBOUND_TYPES)[number];
export type InboundType = (typeof INBOUND_TYPES)[number];

type Out<T extends OutboundType, Fields = object> = {
	source: typeof MESSAGE_SOURCE;
	type: T;
} & Fields;

export type OutboundMessage =
	| Out<'ready', { lang: Locale }>
	| Out<'select', { id: string | null }>
	| Out<'layers', { layers: LayerId[] }>
	| Out<'viewchange', { view: CameraView }>
	| Out<'measure', { lengthMeters: number; points: LonLat[] }>
	| Out<'state', { state: MapState }>
	| Out<'resize', { height: number }>
	| Out<'error', { message: string }>;

/** A command once the parser has accepted it (checked like the URL's values). */
export type InboundCommand =
	| { type: 'setView'; view: CameraView }
	| { type: 'select'; id: string | null }
	| { type: 'setLayers'; layers: LayerId[] }
	| { type: 'measure'; points: LonLat[] }
	| { type: 'setTheme'; theme: ThemeName }
	| { type: 'setUnits'; units: LengthUnit }
	| { type: 'getState' };

// The lists and the unions name the same messages.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const sameOutbound: Same<OutboundType, OutboundMessage['type']> = true;
const sameInbound: Same<InboundType, InboundCommand['type']> = true;
void sameOutbound;
void sameInbound;

/** A fresh camera object with exactly the documented fields. */
function copyView(view: CameraView): CameraView {
	return {
		zoom: view.zoom,
		lat: view.lat,
		lon: view.lon,
		bearing: view.bearing,
		pitch: view.pitch
	};
}

/** Longest `error` message sent, in characters. */
export const MAX_ERROR_LENGTH = 300;

/**
 * Builders for the messages the map posts, one per outbound type. Each returns a fresh plain
 * object (safe for structured clone: no references into the map's own state).
 */
export const outbound = {
	/** `lang`: the language the embed shows (its `lang=`, else the browser's, else English). */
	ready: (lang: Locale) => ({ source: MESSAGE_SOURCE, type: 'ready', lang }),
	/** `id` null: the selection was cleared. */
	select: (id: string | null) => ({ source: MESSAGE_SOURCE, type: 'select', id }),
	/** The visible layers, in canonical order. */
	layers: (layers: readonly LayerId[]) => ({
		source: MESSAGE_SOURCE,
		type: 'layers',
		layers: canonicalLayers(layers)
	}),
	viewchange: (view: CameraView) => ({
		source: MESSAGE_SOURCE,
		type: 'viewchange',
		view: copyView(view)
	}),
	/** `lengthMeters`: geodesic length on WGS84 (computed by src/lib/geo). */
	measure: (lengthMeters: number, points: readonly (readonly [number, number])[]) => ({
		source: MESSAGE_SOURCE,
		type: 'measure',
		lengthMeters,
		points: points.map(([lon, lat]): LonLat => [lon, lat])
	}),
	/** The answer to `getState`: the whole state, as the URL would carry it. */
	state: (state: MapState) => ({
		source: MESSAGE_SOURCE,
		type: 'state',
		state: {
			view: state.view === null ? null : copyView(state.view),
			layers: canonicalLayers(state.layers),
			select: state.select,
			measure: state.measure.map(([lon, lat]): LonLat => [lon, lat]),
			units: state.units,
			theme: state.theme,
			controls: canonicalControls(state.controls),
			story: state.story
		}
	}),
	/** Height in CSS pixels, rounded up to a whole pixel so the iframe never clips. */
	resize: (height: number) => ({
		source: MESSAGE_SOURCE,
		type: 'resize',
		height: Math.max(0, Math.ceil(height))
	}),
	error: (message: string) => ({
		source: MESSAGE_SOURCE,
		type: 'error',
		message:
			message.length > MAX_ERROR_LENGTH ? `${message.slice(0, MAX_ERROR_LENGTH - 1)}…` : message
	})
} as const satisfies {
	[K in OutboundType]: (...args: never[]) => Extract<OutboundMessage, { type: K }>;
};

/** The value of an own data property; undefined for accessors (their getters are never run). */
export function ownValue(obj: object, key: string): unknown {
	const d = Object.getOwnPropertyDescriptor(obj, key);
	return d !== undefined && 'value' in d ? d.value : undefined;
}

/**
 * The first, cheap look at a `message` event's data: is it a (non-array) object whose own
 * `target` is the map's? Hosts post all sorts of messages to every frame; only these are worth
 * loading the parser for. Never throws and never runs a getter.
 */
export function isAddressedToMap(data: unknown): boolean {
	try {
		if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
		return ownValue(data, 'target') === MESSAGE_TARGET;
	} catch {
		// a revoked proxy, a throwing trap: not a message for us
		return false;
	}
}
