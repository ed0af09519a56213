/**
 * The messages `/embed` posts to its parent window (design.md, "Public interface"). Kept apart
 * from the inbound parser (./protocol.ts) so the embed page posts `ready`, `resize` and the rest
 * without loading the parser's code, which arrives with the host's first message.
 */
import type { LonLat, MapView } from '$lib/state/map-state';
import { MESSAGE_SOURCE } from './message-names';

export type OutboundMessage =
	| { source: typeof MESSAGE_SOURCE; type: 'ready' }
	| { source: typeof MESSAGE_SOURCE; type: 'select'; id: string | null }
	| { source: typeof MESSAGE_SOURCE; type: 'viewchange'; view: MapView }
	| { source: typeof MESSAGE_SOURCE; type: 'measure'; lengthMeters: number; points: LonLat[] }
	| { source: typeof MESSAGE_SOURCE; type: 'resize'; height: number }
	| { source: typeof MESSAGE_SOURCE; type: 'error'; message: string };

/** Longest `error` message sent, in characters. */
export const MAX_ERROR_LENGTH = 300;

/**
 * Builders for the messages `/embed` posts to `window.parent`. Each returns a fresh plain object
 * (safe for structured clone: no references into the map's own state).
 */
export const outbound = {
	ready: (): OutboundMessage => ({ source: MESSAGE_SOURCE, type: 'ready' }),
	/** `id` null: the selection was cleared. */
	select: (id: string | null): OutboundMessage => ({ source: MESSAGE_SOURCE, type: 'select', id }),
	viewchange: (view: MapView): OutboundMessage => ({
		source: MESSAGE_SOURCE,
		type: 'viewchange',
		view: {
			zoom: view.zoom,
			lat: view.lat,
			lon: view.lon,
			bearing: view.bearing,
			pitch: view.pitch
		}
	}),
	/** `lengthMeters`: geodesic length on WGS84 (computed by src/lib/geo). */
	measure: (
		lengthMeters: number,
		points: readonly (readonly [number, number])[]
	): OutboundMessage => ({
		source: MESSAGE_SOURCE,
		type: 'measure',
		lengthMeters,
		points: points.map(([lon, lat]) => [lon, lat])
	}),
	/** Height in CSS pixels, rounded up to a whole pixel so the iframe never clips. */
	resize: (height: number): OutboundMessage => ({
		source: MESSAGE_SOURCE,
		type: 'resize',
		height: Math.max(0, Math.ceil(height))
	}),
	error: (message: string): OutboundMessage => ({
		source: MESSAGE_SOURCE,
		type: 'error',
		message:
			message.length > MAX_ERROR_LENGTH ? `${message.slice(0, MAX_ERROR_LENGTH - 1)}…` : message
	})
} as const;
