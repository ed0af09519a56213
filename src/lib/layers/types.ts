/**
 * Types shared by the layer builders: a layer group is one toggle of the legend
 * (one `layers=` id) and owns the style layers that draw it.
 */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
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

export interface LayerGroup {
	/** The toggle's id; `base` is the always-on basemap (no toggle). */
	id: LayerId | 'base';
	title: string;
	/** One sentence for the legend, the embed builder and the docs. */
	description: string;
	/** One of design.md's six required layers. */
	required: boolean;
	legend: (theme: Theme) => LegendEntry[];
	layers: (theme: Theme) => BandedLayer[];
}
