import type { LayerSpecification, SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { buildStyle, THEMES } from '$lib/layers';
import { DEFAULT_LAYER_IDS } from '$lib/layers/layer-ids';
import { CONTEXT_SOURCES, LINKED_SOURCES } from '$lib/layers/sources';
import { addContext, splitFirstPaint } from './first-paint';

const full = buildStyle(THEMES.light, 'https://example.org/data/', DEFAULT_LAYER_IDS);

/** A stand-in for a MapLibre map's style: sources by id and layers in draw order. */
function fakeMap(style = splitFirstPaint(full).first) {
	const sources = new Map<string, SourceSpecification>(Object.entries(style.sources));
	const layers: LayerSpecification[] = [...style.layers];
	return {
		sources,
		layers,
		getSource: (id: string) => sources.get(id),
		getLayer: (id: string) => layers.find((l) => l.id === id),
		addSource: (id: string, spec: SourceSpecification) => sources.set(id, spec),
		addLayer: (spec: LayerSpecification, beforeId?: string) => {
			const i = beforeId ? layers.findIndex((l) => l.id === beforeId) : -1;
			layers.splice(i < 0 ? layers.length : i, 0, spec);
		}
	};
}

describe('splitFirstPaint', () => {
	const { first, context } = splitFirstPaint(full);

	it('draws the report first: no context source or layer in the first style', () => {
		expect(Object.keys(first.sources).some((id) => CONTEXT_SOURCES.includes(id as never))).toBe(
			false
		);
		for (const layer of first.layers)
			if ('source' in layer) expect(CONTEXT_SOURCES).not.toContain(layer.source);
		// the background and the selectable, feature-state sources are there from the start
		expect(first.layers[0]?.id).toBe('background');
		for (const id of LINKED_SOURCES) expect(first.sources).toHaveProperty(id);
	});

	it('keeps every source and layer of the full style, in one of the two parts', () => {
		expect([...Object.keys(first.sources), ...context.sources.map(([id]) => id)].sort()).toEqual(
			Object.keys(full.sources).sort()
		);
		expect(first.layers.length + context.layers.length).toBe(full.layers.length);
		expect(context.layers.length).toBeGreaterThan(0);
	});

	it('adds the context back in the full style’s order, with its visibility', () => {
		const map = fakeMap();
		addContext(map, context);
		expect(map.layers.map((l) => l.id)).toEqual(full.layers.map((l) => l.id));
		expect(map.layers).toEqual(full.layers);
		expect([...map.sources.keys()].sort()).toEqual(Object.keys(full.sources).sort());
	});

	it('adds nothing twice (a theme change may have set the full style already)', () => {
		const map = fakeMap(full);
		addContext(map, context);
		expect(map.layers).toEqual(full.layers);
	});

	it('keeps layers added meanwhile (a tool overlay) on top', () => {
		const map = fakeMap();
		const tool = { id: 'tool-path', type: 'line', source: 'tool-path' } as LayerSpecification;
		map.layers.push(tool);
		addContext(map, context);
		expect(map.layers.at(-1)).toBe(tool);
		expect(map.layers.slice(0, -1).map((l) => l.id)).toEqual(full.layers.map((l) => l.id));
	});
});
