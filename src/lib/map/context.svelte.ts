/**
 * The map handed to child components (popups, measure tool, range rings…) through Svelte
 * context, so they never create or look up MapLibre objects on their own.
 */
import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap, MapEventType } from 'maplibre-gl';
import type { Theme } from '$lib/layers/theme';

const KEY = Symbol('frontier-map');

export interface MapContext {
	/** The map once it has loaded its style, else null. */
	readonly map: MapLibreMap | null;
	/** The map's theme now (overlays restyle with it). */
	readonly theme: Theme;
}

export function setMapContext(ctx: MapContext): void {
	setContext(KEY, ctx);
}

export function getMapContext(): MapContext {
	const ctx = getContext<MapContext | undefined>(KEY);
	if (!ctx) throw new Error('getMapContext() must be called inside <MapView>');
	return ctx;
}

/** Attaches a map listener and returns its teardown, for use as an `$effect` return value. */
export function listen<T extends keyof MapEventType>(
	map: MapLibreMap,
	type: T,
	handler: (ev: MapEventType[T]) => void
): () => void {
	map.on(type, handler);
	return () => map.off(type, handler);
}
