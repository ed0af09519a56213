/**
 * Border lines derived by the pipeline. The Afghan border is the report's main subject;
 * the Kyrgyz one is dashed because much of it was undemarcated and disputed in 2022.
 */
import type {
	ExpressionSpecification,
	FilterSpecification
} from '@maplibre/maplibre-gl-style-spec';
import * as m from '$lib/paraglide/messages';
import { whenDimmed, whenSelected } from './expressions';
import { FONT_BOLD } from './fonts';
import type { BandedLayer, LayerGroup } from './types';

const byId = (id: string): FilterSpecification => ['==', ['get', 'id'], id];

/** Zoom-scaled width, wider when selected (the zoom curve must be the outer expression). */
const width = (base: number): ExpressionSpecification => [
	'interpolate',
	['linear'],
	['zoom'],
	4,
	whenSelected(base + 2, base),
	10,
	whenSelected(base * 2 + 3, base * 2)
];

interface BorderLineOptions {
	id: string;
	filter: FilterSpecification;
	color: string;
	halo: string;
	base: number;
	dash?: number[];
	label?: string;
}

/** A border drawn as halo + line, with an invisible wide line to make it easy to tap. */
function borderLayers(o: BorderLineOptions): BandedLayer[] {
	const layers: BandedLayer[] = [
		{
			band: 'line',
			spec: {
				id: `${o.id}-halo`,
				type: 'line',
				source: 'borders',
				filter: o.filter,
				layout: { 'line-join': 'round', 'line-cap': 'round' },
				paint: { 'line-color': o.halo, 'line-width': width(o.base + 2.5), 'line-opacity': 0.7 }
			}
		},
		{
			band: 'line',
			spec: {
				id: `${o.id}-line`,
				type: 'line',
				source: 'borders',
				filter: o.filter,
				layout: { 'line-join': 'round', 'line-cap': o.dash ? 'butt' : 'round' },
				paint: {
					'line-color': o.color,
					'line-width': width(o.base),
					'line-opacity': whenDimmed(0.3, 1),
					...(o.dash ? { 'line-dasharray': o.dash } : {})
				}
			}
		},
		{
			band: 'line',
			interactive: true,
			spec: {
				id: `${o.id}-hit`,
				type: 'line',
				source: 'borders',
				filter: o.filter,
				paint: { 'line-color': '#000000', 'line-opacity': 0, 'line-width': 14 }
			}
		}
	];
	if (o.label) {
		layers.push({
			band: 'label',
			spec: {
				id: `${o.id}-label`,
				type: 'symbol',
				source: 'borders',
				filter: o.filter,
				minzoom: 5.5,
				layout: {
					'symbol-placement': 'line',
					'text-field': o.label,
					'text-font': FONT_BOLD,
					'text-size': 11,
					'text-offset': [0, 1.1],
					'symbol-spacing': 500,
					'symbol-sort-key': 20
				},
				paint: { 'text-color': o.color, 'text-halo-color': o.halo, 'text-halo-width': 1.5 }
			}
		});
	}
	return layers;
}

export const afBorderGroup: LayerGroup = {
	id: 'tj-af-border',
	get title() {
		return m.layers_af_border_name();
	},
	get description() {
		return m.legend_af_border_description();
	},
	required: true,
	legend: (t) => [{ label: m.layers_af_border_name(), symbol: 'line', color: t.feature.afBorder }],
	layers: (t, locale) =>
		borderLayers({
			id: 'tj-af-border',
			filter: byId('tj-af-border'),
			color: t.feature.afBorder,
			halo: t.textHalo,
			base: 2.2,
			label: m.layers_af_border_name({}, { locale })
		})
};

export const kgBorderGroup: LayerGroup = {
	id: 'tj-kg-border',
	get title() {
		return m.layers_kg_border_name();
	},
	get description() {
		return m.legend_kg_border_description();
	},
	required: true,
	legend: (t) => [
		{
			label: m.layers_kg_border_legend(),
			symbol: 'dashed-line',
			color: t.feature.kgBorder
		}
	],
	layers: (t, locale) =>
		borderLayers({
			id: 'tj-kg-border',
			filter: byId('tj-kg-border'),
			color: t.feature.kgBorder,
			halo: t.textHalo,
			base: 2,
			dash: [2, 1.2],
			label: m.layers_kg_border_name({}, { locale })
		})
};

export const otherBordersGroup: LayerGroup = {
	id: 'other-borders',
	get title() {
		return m.layers_other_borders_title();
	},
	get description() {
		return m.legend_other_borders_description();
	},
	required: false,
	legend: (t) => [
		{ label: m.layers_other_borders_legend(), symbol: 'line', color: t.feature.otherBorder }
	],
	layers: (t) =>
		borderLayers({
			id: 'other-borders',
			filter: ['in', ['get', 'id'], ['literal', ['tj-uz-border', 'tj-cn-border']]],
			color: t.feature.otherBorder,
			halo: t.textHalo,
			base: 1.3
		})
};
