import { validateStyleMin, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import {
	buildStyle,
	LAYER_GROUPS,
	LEGEND_SECTIONS,
	styleLayerIdsOf,
	THEMES,
	TOGGLE_GROUPS
} from './index';
import { DEFAULT_LAYER_IDS, LAYER_IDS, REQUIRED_LAYER_IDS, type LayerId } from './layer-ids';
import { LOCALES } from '$lib/i18n/locales';
import { TOOL_PREFIX } from './overlays/ids';
import { OVERLAYS } from './overlays';

// MapView skips MapLibre's own validation (validateStyle: false): every style it can load is
// checked here instead — each theme, each language, the default layers, all and none
describe.each(
	Object.values(THEMES).flatMap((theme) =>
		LOCALES.flatMap((locale) =>
			[
				['default', DEFAULT_LAYER_IDS],
				['all', LAYER_IDS],
				['no', []]
			].map(([set, ids]) => ({ name: theme.name, theme, locale, set, ids: ids as LayerId[] }))
		)
	)
)('the $name style in $locale with $set layers', ({ theme, locale, ids }) => {
	it('passes the MapLibre style-spec validator', () => {
		expect(validateStyleMin(buildStyle(theme, 'http://localhost/data/', ids, locale))).toEqual([]);
	});
});

describe.each(Object.values(THEMES))('the $name style', (theme) => {
	const style = buildStyle(theme, 'http://localhost/data/', DEFAULT_LAYER_IDS);

	it('passes the MapLibre style-spec validator', () => {
		expect(validateStyleMin(style)).toEqual([]);
	});

	it('has no glyphs URL, so labels are drawn from local fonts and nothing is fetched', () => {
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
	});

	it('only references sources it declares, all on the data root', () => {
		for (const layer of style.layers) {
			if ('source' in layer) expect(style.sources).toHaveProperty(layer.source as string);
		}
		for (const source of Object.values(style.sources)) {
			expect(source.type).toBe('geojson');
			expect(String((source as { data: unknown }).data)).toMatch(
				/^http:\/\/localhost\/data\/[a-z-]+\.geojson$/
			);
		}
	});

	it('has unique layer ids', () => {
		const ids = style.layers.map((l) => l.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	describe('with every tool overlay on top, as the tools add them', () => {
		const withOverlays: StyleSpecification = {
			...style,
			sources: {
				...style.sources,
				...Object.fromEntries(
					OVERLAYS.map((o) => [
						o.source,
						{ type: 'geojson', data: { type: 'FeatureCollection', features: [] } }
					])
				)
			},
			layers: [...style.layers, ...OVERLAYS.flatMap((o) => o.layers(theme))]
		};
		const overlayLayers = OVERLAYS.flatMap((o) => o.layers(theme));

		it('passes the MapLibre style-spec validator', () => {
			expect(validateStyleMin(withOverlays)).toEqual([]);
		});

		it('has unique layer ids, each with the tool prefix and its own overlay source', () => {
			const ids = withOverlays.layers.map((l) => l.id);
			expect(new Set(ids).size).toBe(ids.length);
			for (const o of OVERLAYS) {
				expect(o.source.startsWith(TOOL_PREFIX)).toBe(true);
				for (const layer of o.layers(theme)) {
					expect(layer.id.startsWith(TOOL_PREFIX), layer.id).toBe(true);
					expect('source' in layer && layer.source, layer.id).toBe(o.source);
				}
			}
		});

		it('differ from the other theme in paint only, so a theme change restyles them in place', () => {
			const other = Object.values(THEMES).find((t) => t !== theme)!;
			const strip = (layers: typeof overlayLayers) => layers.map(({ paint: _, ...rest }) => rest);
			expect(strip(overlayLayers)).toEqual(strip(OVERLAYS.flatMap((o) => o.layers(other))));
		});
	});

	it('hides exactly the groups that are off', () => {
		const only = buildStyle(theme, '/data/', ['gbao']);
		for (const group of TOGGLE_GROUPS) {
			for (const id of styleLayerIdsOf(theme, group.id)) {
				const layer = only.layers.find((l) => l.id === id);
				expect(layer?.layout?.visibility, id).toBe(group.id === 'gbao' ? 'visible' : 'none');
			}
		}
	});
});

describe('the layer registry', () => {
	it('has one toggle group per layer id, and the required ones flagged', () => {
		expect(TOGGLE_GROUPS.map((g) => g.id).sort()).toEqual([...LAYER_IDS].sort());
		expect(
			TOGGLE_GROUPS.filter((g) => g.required)
				.map((g) => g.id)
				.sort()
		).toEqual([...REQUIRED_LAYER_IDS].sort());
	});

	it('gives every toggle group a legend entry and at least one interactive layer for required ones', () => {
		for (const group of LAYER_GROUPS) {
			if (group.id === 'base') continue;
			expect(group.legend(THEMES.light).length, group.id).toBeGreaterThan(0);
			if (group.required) {
				expect(
					group.layers(THEMES.light, 'en').some((l) => l.interactive),
					group.id
				).toBe(true);
			}
		}
	});

	it('lists every toggle group in exactly one legend section, the report first', () => {
		const listed = LEGEND_SECTIONS.flatMap((sec) => sec.groups.map((g) => g.id));
		expect(new Set(listed).size).toBe(listed.length);
		expect([...listed].sort()).toEqual(
			LAYER_GROUPS.filter((g) => g.id !== 'base')
				.map((g) => g.id)
				.sort()
		);
		expect(LEGEND_SECTIONS.map((sec) => sec.title)).toEqual(['From the report', 'Context']);
		const report = LEGEND_SECTIONS[0]!.groups;
		expect(report.every((g) => !['places', 'terrain', 'rivers'].includes(g.id))).toBe(true);
		expect(report.slice(0, 6).every((g) => g.required)).toBe(true);
	});

	it('writes the capital larger than any other place or site, before every other label', () => {
		const layers = buildStyle(THEMES.light, '/data/', DEFAULT_LAYER_IDS).layers;
		const capital = layers.find((l) => l.id === 'places-capital-label');
		const size = (capital as { layout: { 'text-size': unknown[] } }).layout['text-size'];
		// ['interpolate', ['linear'], ['zoom'], z0, s0, z1, s1]: the smallest size is s0
		expect(size[4]).toBeGreaterThan(14);
		expect((capital as { layout: Record<string, unknown> }).layout['text-allow-overlap']).toBe(
			true
		);
		const lastOther = Math.max(
			...layers.map((l, i) => (l.type === 'symbol' && l.id.endsWith('-label') ? i : -1))
		);
		expect(layers.indexOf(capital!)).toBe(lastOther);
	});

	it('draws every label above every line and every line above the basemap', () => {
		const layers = buildStyle(THEMES.light, '/data/', DEFAULT_LAYER_IDS).layers;
		const lastNonSymbol = Math.max(...layers.map((l, i) => (l.type === 'symbol' ? -1 : i)));
		const firstSymbol = layers.findIndex((l) => l.type === 'symbol');
		expect(firstSymbol).toBeGreaterThan(lastNonSymbol);
		expect(layers[0]?.type).toBe('background');
	});
});
