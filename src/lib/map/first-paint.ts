/**
 * The map's first paint holds the report's layers only; the context (basemap, rivers, glaciers,
 * places: CONTEXT_SOURCES) is added once they have drawn. The full style stays the one source of
 * truth: this splits it, and adds the context back in the full style's order.
 */
import type {
	LayerSpecification,
	SourceSpecification,
	StyleSpecification
} from '@maplibre/maplibre-gl-style-spec';
import { CONTEXT_SOURCES } from '$lib/layers/sources';

export interface DeferredLayer {
	spec: LayerSpecification;
	/** The first-paint layer it goes under (undefined: on top of the style's layers). */
	beforeId: string | undefined;
}

export interface DeferredContext {
	sources: [string, SourceSpecification][];
	layers: DeferredLayer[];
}

const sourceOf = (layer: LayerSpecification): string | undefined =>
	'source' in layer && typeof layer.source === 'string' ? layer.source : undefined;

/** The style of the first paint (without the context) and what to add once it has drawn. */
export function splitFirstPaint(
	style: StyleSpecification,
	deferred: readonly string[] = CONTEXT_SOURCES
): { first: StyleSpecification; context: DeferredContext } {
	const later = new Set(deferred);
	const isLater = (layer: LayerSpecification) => later.has(sourceOf(layer) ?? '');
	const layers: DeferredLayer[] = [];
	style.layers.forEach((spec, i) => {
		if (!isLater(spec)) return;
		const next = style.layers.slice(i + 1).find((l) => !isLater(l));
		layers.push({ spec, beforeId: next?.id });
	});
	const sources = Object.entries(style.sources);
	return {
		first: {
			...style,
			sources: Object.fromEntries(sources.filter(([id]) => !later.has(id))),
			layers: style.layers.filter((l) => !isLater(l))
		},
		context: { sources: sources.filter(([id]) => later.has(id)), layers }
	};
}

/** The part of a MapLibre map that addContext uses (a fake in the unit tests). */
export interface StyleTarget {
	getSource(id: string): unknown;
	getLayer(id: string): unknown;
	addSource(id: string, spec: SourceSpecification): unknown;
	addLayer(spec: LayerSpecification, beforeId?: string): unknown;
}

/**
 * Adds the context to a map drawn from `first`. Idempotent: a theme change may have set the full
 * style already, and what is there stays. Tool overlays added meanwhile stay on top.
 */
export function addContext(map: StyleTarget, context: DeferredContext): void {
	for (const [id, spec] of context.sources) if (!map.getSource(id)) map.addSource(id, spec);
	for (const { spec, beforeId } of context.layers) {
		if (map.getLayer(spec.id)) continue;
		map.addLayer(spec, beforeId !== undefined && map.getLayer(beforeId) ? beforeId : undefined);
	}
}
