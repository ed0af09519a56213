/** The Gorno-Badakhshan Autonomous Region (GBAO), from geoBoundaries ADM1. */
import * as m from '$lib/paraglide/messages';
import { whenDimmed, whenSelected } from './expressions';
import { FONT_BOLD } from './fonts';
import type { LayerGroup } from './types';

export const gbaoGroup: LayerGroup = {
	id: 'gbao',
	get title() {
		return m.layers_gbao_title();
	},
	get description() {
		return m.legend_gbao_description();
	},
	required: true,
	legend: (t) => [{ label: m.layers_gbao_legend(), symbol: 'fill', color: t.feature.gbao }],
	layers: (t, locale) => [
		{
			band: 'area',
			interactive: true,
			spec: {
				id: 'gbao-fill',
				type: 'fill',
				source: 'regions',
				filter: ['==', ['get', 'id'], 'gbao'],
				paint: {
					'fill-color': t.feature.gbao,
					'fill-opacity': whenDimmed(0.03, whenSelected(0.22, 0.1))
				}
			}
		},
		{
			band: 'area',
			spec: {
				id: 'gbao-outline',
				type: 'line',
				source: 'regions',
				filter: ['==', ['get', 'id'], 'gbao'],
				layout: { 'line-join': 'round' },
				paint: {
					'line-color': t.feature.gbao,
					'line-width': whenSelected(2.5, 1.2),
					'line-opacity': 0.8
				}
			}
		},
		{
			band: 'label',
			spec: {
				id: 'gbao-label',
				type: 'symbol',
				// one point (labels.geojson): the polygon would be labelled once per tile
				source: 'labels',
				filter: ['==', ['get', 'of'], 'gbao'],
				layout: {
					'text-field': m.layers_gbao_map_label({}, { locale }),
					'text-font': FONT_BOLD,
					'text-size': ['interpolate', ['linear'], ['zoom'], 5, 11, 8, 15],
					'text-letter-spacing': 0.12,
					'symbol-sort-key': 30
				},
				paint: {
					'text-color': t.feature.gbao,
					'text-halo-color': t.textHalo,
					'text-halo-width': 1.5,
					'text-opacity': 0.85
				}
			}
		}
	]
};
