/**
 * A tiny helper for tool overlays: a GeoJSON source plus its layers, added on creation,
 * updated with `set`, removed with `remove`. Keeps MapLibre calls out of tool components.
 */
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';

export interface Overlay {
	set(data: FeatureCollection): void;
	remove(): void;
}

/** Ids of tool sources and layers start with this, so a theme change keeps them. */
export const TOOL_PREFIX = 'tool-';

export const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Adds `layers` (each with `source` = `sourceId`) on top of the map. */
export function createOverlay(
	map: MapLibreMap,
	sourceId: string,
	layers: LayerSpecification[],
	data: FeatureCollection = EMPTY
): Overlay {
	if (!sourceId.startsWith(TOOL_PREFIX))
		throw new RangeError(`sourceId must start with ${TOOL_PREFIX}`);
	map.addSource(sourceId, { type: 'geojson', data });
	for (const layer of layers) map.addLayer(layer);
	return {
		set(next) {
			(map.getSource(sourceId) as GeoJSONSource | undefined)?.setData(next);
		},
		remove() {
			// the map may already be gone (page teardown) or restyled
			if (!map.style) return;
			for (const layer of layers) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
			if (map.getSource(sourceId)) map.removeSource(sourceId);
		}
	};
}
