/**
 * Point sites, one layer group per `layer` value of sites.geojson. Every site shows its
 * precision circle (the radius within which the real place lies, from sites.md); sourced
 * coordinates are solid dots, estimated ones hollow rings with a dashed circle.
 */
import type {
	ExpressionSpecification,
	FilterSpecification
} from '@maplibre/maplibre-gl-style-spec';
import type { Locale } from '$lib/i18n/locales';
import * as m from '$lib/paraglide/messages';
import type { LayerId } from './layer-ids';
import { nameField, whenDimmed, whenSelected } from './expressions';
import { FONT_BOLD, FONT_REGULAR } from './fonts';
import type { Theme } from './theme';
import type { BandedLayer, LayerGroup, LegendEntry } from './types';

const isEstimated: ExpressionSpecification = ['==', ['get', 'basis'], 'estimated'];

/** A site group's declaration; its words are message functions, read when a page renders. */
export interface SiteGroupOptions {
	id: LayerId;
	title: () => string;
	description: () => string;
	required: boolean;
	color: (t: Theme) => string;
	/** Dot radius in pixels (before selection); the required sites are larger. */
	radius: number;
	/** Zoom below which the group's labels are hidden, to keep small scales calm. */
	labelMinZoom?: number;
	/** Sites whose name another layer writes (the capital's, larger: context.ts). */
	labelledElsewhere?: readonly string[];
	legendLabel: () => string;
}

export function siteLayers(o: SiteGroupOptions, t: Theme, locale: Locale): BandedLayer[] {
	const color = o.color(t);
	const inGroup: FilterSpecification = ['==', ['get', 'layer'], o.id];
	return [
		{
			band: 'area',
			spec: {
				id: `${o.id}-precision-fill`,
				type: 'fill',
				source: 'precision',
				filter: inGroup,
				paint: {
					'fill-color': color,
					'fill-opacity': whenSelected(t.precisionOpacity * 1.8, t.precisionOpacity)
				}
			}
		},
		{
			band: 'area',
			spec: {
				id: `${o.id}-precision-sourced`,
				type: 'line',
				source: 'precision',
				filter: ['all', inGroup, ['!', isEstimated]],
				paint: { 'line-color': color, 'line-width': 1, 'line-opacity': whenDimmed(0.15, 0.7) }
			}
		},
		{
			band: 'area',
			spec: {
				id: `${o.id}-precision-estimated`,
				type: 'line',
				source: 'precision',
				filter: ['all', inGroup, isEstimated],
				paint: {
					'line-color': color,
					'line-width': 1.2,
					'line-opacity': 0.8,
					'line-dasharray': [3, 2]
				}
			}
		},
		{
			band: 'point',
			interactive: true,
			spec: {
				id: `${o.id}-site-dot`,
				type: 'circle',
				source: 'sites',
				filter: inGroup,
				paint: {
					'circle-radius': whenSelected(o.radius + 3, o.radius),
					'circle-color': ['case', isEstimated, t.textHalo, color],
					'circle-stroke-color': [
						'case',
						isEstimated,
						color,
						whenSelected(t.selection, t.textHalo)
					],
					'circle-stroke-width': ['case', isEstimated, whenSelected(4, 3), whenSelected(3, 1.5)],
					'circle-opacity': whenDimmed(0.25, 1),
					'circle-stroke-opacity': whenDimmed(0.25, 1)
				}
			}
		},
		{
			// the dot as an obstacle: no label of ours is written over a site (circles take no part
			// in MapLibre's label collisions); invisible, and placed before every label
			band: 'label-first',
			spec: {
				id: `${o.id}-site-obstacle`,
				type: 'symbol',
				source: 'sites',
				filter: inGroup,
				layout: {
					'text-field': '●',
					'text-font': FONT_REGULAR,
					'text-size': 2 * o.radius + 2,
					'text-allow-overlap': true,
					'text-padding': 0
				},
				paint: { 'text-opacity': 0 }
			}
		},
		{
			band: 'label',
			spec: {
				id: `${o.id}-site-label`,
				type: 'symbol',
				source: 'sites',
				filter: o.labelledElsewhere?.length
					? ['all', inGroup, ['!', ['in', ['get', 'id'], ['literal', o.labelledElsewhere]]]]
					: inGroup,
				...(o.labelMinZoom ? { minzoom: o.labelMinZoom } : {}),
				layout: {
					'text-field': nameField(locale),
					'text-font': o.required ? FONT_BOLD : FONT_REGULAR,
					'text-size': o.required ? 13 : 11,
					// right of the dot, else below or above, never left: a label flipped to the left of
					// a site near the map's west edge (the Khatlon sites on a phone) ran off it; one
					// with no room is left out until the reader zooms in
					'text-variable-anchor': ['left', 'top', 'bottom'],
					'text-radial-offset': 0.9,
					'text-justify': 'auto',
					'text-max-width': 9,
					'symbol-sort-key': o.required ? 1 : 10
				},
				paint: {
					'text-color': t.text,
					'text-halo-color': t.textHalo,
					'text-halo-width': 1.6,
					'text-opacity': whenDimmed(0.35, 1)
				}
			}
		}
	];
}

function siteGroup(o: SiteGroupOptions): LayerGroup {
	return {
		id: o.id,
		get title() {
			return o.title();
		},
		get description() {
			return o.description();
		},
		required: o.required,
		legend: (t): LegendEntry[] => [{ label: o.legendLabel(), symbol: 'dot', color: o.color(t) }],
		layers: (t, locale) => siteLayers(o, t, locale)
	};
}

export const kharbmaydonGroup = siteGroup({
	id: 'kharbmaydon',
	title: () => m.layers_kharbmaydon_title(),
	description: () => m.legend_kharbmaydon_description(),
	required: true,
	color: (t) => t.feature.kharbmaydon,
	radius: 7,
	legendLabel: () => m.layers_kharbmaydon_legend()
});

export const fakhrabadGroup = siteGroup({
	id: 'fakhrabad',
	title: () => m.layers_fakhrabad_title(),
	description: () => m.legend_fakhrabad_description(),
	required: true,
	color: (t) => t.feature.fakhrabad,
	radius: 7,
	legendLabel: () => m.layers_fakhrabad_legend()
});

export const base201Group = siteGroup({
	id: 'base-201',
	title: () => m.layers_base_201_title(),
	description: () => m.legend_base_201_description(),
	required: true,
	color: (t) => t.feature.base201,
	radius: 7,
	legendLabel: () => m.layers_base_201_legend()
});

export const crossingsGroup = siteGroup({
	id: 'border-crossings',
	title: () => m.layers_crossings_title(),
	description: () => m.legend_crossings_description(),
	required: false,
	color: (t) => t.feature.crossing,
	radius: 4.5,
	labelMinZoom: 6.5,
	legendLabel: () => m.layers_crossings_legend()
});

export const clashGroup = siteGroup({
	id: 'clash-sites',
	title: () => m.layers_clash_title(),
	description: () => m.legend_clash_description(),
	required: false,
	color: (t) => t.feature.clash,
	radius: 4.5,
	labelMinZoom: 7,
	legendLabel: () => m.layers_clash_legend()
});

export const chinaGroup = siteGroup({
	id: 'china-facilities',
	title: () => m.layers_china_title(),
	description: () => m.legend_china_description(),
	required: false,
	color: (t) => t.feature.china,
	radius: 5,
	legendLabel: () => m.layers_china_legend()
});

export const russianGroup = siteGroup({
	id: 'russian-sites',
	title: () => m.layers_russian_title(),
	description: () => m.legend_russian_description(),
	required: false,
	color: (t) => t.feature.russian,
	radius: 4.5,
	labelMinZoom: 7,
	legendLabel: () => m.layers_russian_legend()
});

/** Legend entries explaining the symbol conventions shared by every site group. */
export function siteConventionsLegend(t: Theme): LegendEntry[] {
	return [
		{ label: m.layers_sourced_coordinate(), symbol: 'dot', color: t.text },
		{ label: m.layers_estimated_coordinate(), symbol: 'ring', color: t.text },
		{ label: m.layers_precision_circle(), symbol: 'halo', color: t.text }
	];
}

/** Dushanbe, Tajikistan's capital: the place site whose name the capital's label writes (context.ts). */
export const CAPITAL_SITE_ID = 'dushanbe';

/** Researched towns and villages (Dushanbe, Khorugh, Vorukh…) drawn like sites, inside the Places toggle. */
export const placeSiteOptions: SiteGroupOptions = {
	id: 'places',
	title: () => m.layers_places_title(),
	description: () => m.legend_place_sites_description(),
	required: false,
	color: (t) => t.feature.place,
	radius: 4.5,
	labelledElsewhere: [CAPITAL_SITE_ID],
	legendLabel: () => m.layers_place_sites_legend()
};
