/**
 * Tool overlays: a GeoJSON source plus its layers (style-spec data from `$lib/layers/overlays/`),
 * kept on the map by a component inside `<MapView>`, so tool components make no MapLibre calls
 * of their own. One rule for every overlay:
 *
 * - the source and layers exist only while there is something to draw: adding them to a map
 *   that has just loaded re-runs symbol placement (and its fade), which delayed an embed's
 *   first `idle` by about half a second when nothing was measured (`npm run bench`);
 * - a theme change keeps them: `MapView` carries every `tool-` source and layer over the style
 *   swap, and the overlay then gives its layers the new theme's paint (themes differ in paint
 *   only).
 */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { untrack } from 'svelte';
import type { OverlaySourceId } from '$lib/layers/overlays/ids';
import type { Theme } from '$lib/layers/theme';
import { getMapContext } from './context.svelte';

export const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

type PaintProperty = Parameters<MapLibreMap['setPaintProperty']>[1];

/**
 * Draws `data()` with `layers` on top of the map while it has features. Call it while a
 * component inside `<MapView>` initialises; returns whether the overlay is on the map now.
 */
export function useOverlay(
	source: OverlaySourceId,
	layers: (theme: Theme) => LayerSpecification[],
	data: () => FeatureCollection
): { readonly shown: boolean } {
	const ctx = getMapContext();
	const current = $derived(data());
	const shown = $derived(current.features.length > 0);

	$effect(() => {
		const map = ctx.map;
		if (!map || !shown) return;
		// Empty at first: the data effect below fills it (one place that sets data).
		map.addSource(source, { type: 'geojson', data: EMPTY });
		const specs = layers(untrack(() => ctx.theme));
		for (const spec of specs) map.addLayer(spec);
		return () => {
			// the map may already be gone (page teardown)
			if (!map.style) return;
			for (const spec of specs) if (map.getLayer(spec.id)) map.removeLayer(spec.id);
			if (map.getSource(source)) map.removeSource(source);
		};
	});

	$effect(() => {
		const map = ctx.map;
		const next = current;
		if (!map || !shown) return;
		(map.getSource(source) as GeoJSONSource | undefined)?.setData(next);
	});

	$effect(() => {
		const map = ctx.map;
		const theme = ctx.theme;
		if (!map || !shown) return;
		for (const spec of layers(theme)) {
			if (!('paint' in spec) || !spec.paint || !map.getLayer(spec.id)) continue;
			for (const [property, value] of Object.entries(spec.paint))
				map.setPaintProperty(spec.id, property as PaintProperty, value);
		}
	});

	return {
		get shown() {
			return shown;
		}
	};
}
