/**
 * Types shared by the layer builders: a layer group is one toggle of the legend
 * (one `layers=` id) and owns the style layers that draw it.
 */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Locale } from '$lib/i18n/locales';
import type { LayerId } from './layer-ids';
import type { Theme } from './theme';

/**
 * Drawing bands: the style is assembled band by band so that, whatever the group order,
 * areas lie under lines, lines under points and every label on top. MapLibre places the labels
 * of the topmost layer first, so `label-first` holds what must never be dropped and what other
 * labels must make room for: the capital's name, the site dots' collision boxes, country names.
 */
export const BANDS = ['base', 'area', 'line', 'point', 'label', 'label-first'] as const;
export type Band = (typeof BANDS)[number];

export interface BandedLayer {
	band: Band;
	spec: LayerSpecification;
	/** True for layers a click or tap should select a feature on. */
	interactive?: boolean;
}

export type LegendSymbol = 'line' | 'dashed-line' | 'fill' | 'dot' | 'ring' | 'halo';

export interface LegendEntry {
	label: string;
	symbol: LegendSymbol;
	color: string;
}

/**
 * One layer toggle. `title`, `description` and the legend's labels are in the page's language:
 * read them when rendering (they are getters over the `layers` messages), never keep them in a
 * module-level constant.
 */
export interface LayerGroup {
	/** The toggle's id; `base` is the always-on basemap (no toggle). */
	id: LayerId | 'base';
	readonly title: string;
	/** One sentence for the legend, the embed builder and the docs. */
	readonly description: string;
	/** One of design.md's six required layers. */
	required: boolean;
	legend: (theme: Theme) => LegendEntry[];
	/** The style layers; `locale` is the language of the map's labels (names and label text). */
	layers: (theme: Theme, locale: Locale) => BandedLayer[];
}
