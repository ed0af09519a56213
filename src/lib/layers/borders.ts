/**
 * Border lines derived by the pipeline. The Afghan border is the report's main subject;
 * the Kyrgyz one is dashed because much of it was undemarcated and disputed in 2022.
 */
import type {
	ExpressionSpecification,
	FilterSpecification
} from '@maplibre/maplibre-gl-style-spec';
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
	title: 'Tajik–Afghan border',
	description: 'About 1,344 km officially; most of it follows the Panj and Pamir rivers.',
	required: true,
	legend: (t) => [{ label: 'Tajik–Afghan border', symbol: 'line', color: t.feature.afBorder }],
	layers: (t) =>
		borderLayers({
			id: 'tj-af-border',
			filter: byId('tj-af-border'),
			color: t.feature.afBorder,
			halo: t.textHalo,
			base: 2.2,
			label: 'Tajik–Afghan border'
		})
};

export const kgBorderGroup: LayerGroup = {
	id: 'tj-kg-border',
	title: 'Tajik–Kyrgyz border',
	description:
		'Much of it undemarcated and disputed in 2022; clashes in April 2021 and September 2022.',
	required: true,
	legend: (t) => [
		{
			label: 'Tajik–Kyrgyz border (partly disputed)',
			symbol: 'dashed-line',
			color: t.feature.kgBorder
		}
	],
	layers: (t) =>
		borderLayers({
			id: 'tj-kg-border',
			filter: byId('tj-kg-border'),
			color: t.feature.kgBorder,
			halo: t.textHalo,
			base: 2,
			dash: [2, 1.2],
			label: 'Tajik–Kyrgyz border'
		})
};

export const otherBordersGroup: LayerGroup = {
	id: 'other-borders',
	title: 'Other borders of Tajikistan',
	description: 'The borders with Uzbekistan and China, for context.',
	required: false,
	legend: (t) => [
		{ label: 'Uzbek and Chinese borders', symbol: 'line', color: t.feature.otherBorder }
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
