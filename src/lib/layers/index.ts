/**
 * The layer registry: every map layer, declared once, in draw order. The map, the legend,
 * the layer toggles, the embed builder and the docs all read this list.
 *
 * Adding a layer: write a `LayerGroup` in the file of its kind (borders, regions, sites,
 * context), add its id to layer-ids.ts if it gets a toggle, and list it here.
 */
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { pageLocale } from '$lib/i18n/locale';
import type { Locale } from '$lib/i18n/locales';
import * as m from '$lib/paraglide/messages';
import { afBorderGroup, kgBorderGroup, otherBordersGroup } from './borders';
import { baseGroup, placesGroup, riversGroup, terrainGroup } from './context';
import type { LayerId } from './layer-ids';
import { gbaoGroup } from './regions';
import {
	base201Group,
	chinaGroup,
	clashGroup,
	crossingsGroup,
	fakhrabadGroup,
	kharbmaydonGroup,
	russianGroup
} from './sites';
import { ATTRIBUTION_TEXT, buildSources } from './sources';
import type { Theme } from './theme';
import { BANDS, type BandedLayer, type LayerGroup } from './types';

/** All groups; within a band, the order is the draw order (the legend has its own: LEGEND_SECTIONS). */
export const LAYER_GROUPS: readonly LayerGroup[] = [
	baseGroup,
	terrainGroup,
	riversGroup,
	gbaoGroup,
	otherBordersGroup,
	kgBorderGroup,
	afBorderGroup,
	placesGroup,
	russianGroup,
	crossingsGroup,
	clashGroup,
	chinaGroup,
	base201Group,
	fakhrabadGroup,
	kharbmaydonGroup
];

type ToggleGroup = LayerGroup & { id: LayerId };

/** A heading of the legend and the layer toggles, with its groups in legend order. */
export interface LegendSection {
	/** In the page's language (a getter over the `layers` messages). */
	readonly title: string;
	groups: readonly ToggleGroup[];
}

const toggle = (g: LayerGroup): ToggleGroup => g as ToggleGroup;

/**
 * The legend: what the report speaks of first (borders, the region, then the sites, the six
 * required layers leading), the context after. Every toggle group is in exactly one section
 * (style.test.ts checks it).
 */
export const LEGEND_SECTIONS: readonly LegendSection[] = [
	{
		get title() {
			return m.layers_section_report();
		},
		groups: [
			afBorderGroup,
			kgBorderGroup,
			gbaoGroup,
			base201Group,
			fakhrabadGroup,
			kharbmaydonGroup,
			otherBordersGroup,
			clashGroup,
			crossingsGroup,
			chinaGroup,
			russianGroup
		].map(toggle)
	},
	{
		get title() {
			return m.layers_section_context();
		},
		groups: [placesGroup, terrainGroup, riversGroup].map(toggle)
	}
];

/** The toggleable groups (everything but the basemap), in legend order. */
export const TOGGLE_GROUPS: readonly ToggleGroup[] = LEGEND_SECTIONS.flatMap((s) => s.groups);

export interface StyleLayerInfo {
	group: LayerGroup['id'];
	interactive: boolean;
}

/**
 * Builds the layers of every group, sorted band by band; labels in `locale` (the ids, sources
 * and order are the same in every language).
 */
export function buildLayers(
	theme: Theme,
	locale: Locale = pageLocale()
): { layer: BandedLayer; group: LayerGroup['id'] }[] {
	const all = LAYER_GROUPS.flatMap((g) =>
		g.layers(theme, locale).map((layer) => ({ layer, group: g.id }))
	);
	return BANDS.flatMap((band) => all.filter((l) => l.layer.band === band));
}

/**
 * The full MapLibre style for a theme. `visible` lists the toggles that are on; the
 * basemap is always on. No `glyphs` URL: labels are drawn locally from the page fonts.
 * `locale`, the page's language unless given, is the language of the labels: place names
 * (`name_ru` where the data has one, else the English name) and the layers' own label text.
 */
export function buildStyle(
	theme: Theme,
	dataRoot: string,
	visible: readonly LayerId[],
	locale: Locale = pageLocale()
): StyleSpecification {
	const on = new Set<string>(visible);
	return {
		version: 8,
		name: `Frontier Map (${theme.name})`,
		metadata: { attribution: ATTRIBUTION_TEXT },
		sources: buildSources(dataRoot),
		layers: buildLayers(theme, locale).map(({ layer, group }) => {
			const spec = { ...layer.spec };
			if (group !== 'base' && spec.type !== 'background') {
				spec.layout = {
					...spec.layout,
					visibility: on.has(group) ? 'visible' : 'none'
				} as typeof spec.layout;
			}
			return spec;
		})
	};
}

/** Style layer id → its group and whether clicks on it select a feature. */
export function styleLayerIndex(theme: Theme): Map<string, StyleLayerInfo> {
	return new Map(
		buildLayers(theme).map(({ layer, group }) => [
			layer.spec.id,
			{ group, interactive: layer.interactive === true }
		])
	);
}

/** Style layer ids that belong to a toggle group. */
export function styleLayerIdsOf(theme: Theme, group: LayerId): string[] {
	return buildLayers(theme)
		.filter((l) => l.group === group)
		.map((l) => l.layer.spec.id);
}

export { THEMES, type Theme, type ThemeName } from './theme';
export type { LayerGroup, LegendSymbol } from './types';
export { siteConventionsLegend } from './sites';
