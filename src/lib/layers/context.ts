/**
 * The offline basemap and quiet context: land, water, neighbours, rivers, glaciers,
 * mountain ranges and places. Everything here is muted so the report's features stand out.
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import * as m from '$lib/paraglide/messages';
import { nameField } from './expressions';
import { FONT_BOLD, FONT_ITALIC, FONT_REGULAR } from './fonts';
import { CAPITAL_SITE_ID, placeSiteOptions, siteLayers } from './sites';
import type { LayerGroup } from './types';

const isFocus: ExpressionSpecification = ['boolean', ['get', 'focus'], false];

export const baseGroup: LayerGroup = {
	id: 'base',
	get title() {
		return m.layers_base_title();
	},
	get description() {
		return m.legend_base_description();
	},
	required: false,
	legend: () => [],
	layers: (t, locale) => [
		{
			band: 'base',
			spec: { id: 'background', type: 'background', paint: { 'background-color': t.background } }
		},
		{
			band: 'base',
			// Tajikistan is sorted last by the pipeline so it covers the enclave overlaps.
			spec: {
				id: 'countries-fill',
				type: 'fill',
				source: 'countries',
				paint: { 'fill-color': ['case', isFocus, t.focusLand, t.neighbourLand] }
			}
		},
		{
			band: 'base',
			spec: {
				id: 'lakes-fill',
				type: 'fill',
				source: 'lakes',
				paint: { 'fill-color': t.water, 'fill-outline-color': t.waterLine }
			}
		},
		{
			band: 'line',
			spec: {
				id: 'countries-outline',
				type: 'line',
				source: 'countries',
				filter: ['!', isFocus],
				paint: { 'line-color': t.countryLine, 'line-width': 0.8 }
			}
		},
		{
			// Placed before the towns' and sites' labels, which make room for it (the names of the
			// neighbours outrank a town's); one point per country (labels.geojson), since a polygon
			// source would label every part in every tile.
			band: 'label',
			spec: {
				id: 'countries-label',
				type: 'symbol',
				source: 'labels',
				filter: ['==', ['get', 'kind'], 'country'],
				layout: {
					'text-field': ['upcase', nameField(locale)],
					'text-font': FONT_BOLD,
					'text-size': ['interpolate', ['linear'], ['zoom'], 4, 10, 8, 14],
					'text-letter-spacing': 0.15,
					'text-max-width': 8,
					'symbol-sort-key': 100
				},
				paint: {
					'text-color': t.textMuted,
					'text-halo-color': t.textHalo,
					'text-halo-width': 1.2,
					'text-opacity': 0.75
				}
			}
		},
		{
			band: 'label',
			spec: {
				id: 'lakes-label',
				type: 'symbol',
				source: 'lakes',
				minzoom: 7,
				layout: {
					'text-field': nameField(locale, ['coalesce', ['get', 'name'], '']),
					'text-font': FONT_ITALIC,
					'text-size': 11,
					'symbol-sort-key': 90
				},
				paint: { 'text-color': t.waterLine, 'text-halo-color': t.textHalo, 'text-halo-width': 1 }
			}
		}
	]
};

export const riversGroup: LayerGroup = {
	id: 'rivers',
	get title() {
		return m.layers_rivers_title();
	},
	get description() {
		return m.legend_rivers_description();
	},
	required: false,
	legend: (t) => [{ label: m.layers_rivers_legend(), symbol: 'line', color: t.river }],
	layers: (t, locale) => [
		{
			band: 'area',
			spec: {
				id: 'rivers-line',
				type: 'line',
				source: 'rivers',
				layout: { 'line-join': 'round', 'line-cap': 'round' },
				paint: {
					'line-color': t.river,
					'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.8, 9, 2]
				}
			}
		},
		{
			band: 'label',
			spec: {
				id: 'rivers-label',
				type: 'symbol',
				source: 'rivers',
				minzoom: 6,
				layout: {
					'symbol-placement': 'line',
					'text-field': nameField(locale, ['coalesce', ['get', 'name_en'], ['get', 'name'], '']),
					'text-font': FONT_ITALIC,
					'text-size': 11,
					'symbol-spacing': 400,
					'symbol-sort-key': 80
				},
				paint: { 'text-color': t.river, 'text-halo-color': t.textHalo, 'text-halo-width': 1.2 }
			}
		}
	]
};

export const terrainGroup: LayerGroup = {
	id: 'terrain',
	get title() {
		return m.layers_terrain_title();
	},
	get description() {
		return m.legend_terrain_description();
	},
	required: false,
	legend: (t) => [{ label: m.layers_terrain_legend(), symbol: 'fill', color: t.mountainText }],
	layers: (t, locale) => [
		{
			band: 'area',
			spec: {
				id: 'glaciers-fill',
				type: 'fill',
				source: 'glaciers',
				paint: { 'fill-color': t.glacier, 'fill-opacity': 0.85 }
			}
		},
		{
			band: 'label',
			spec: {
				id: 'mountains-label',
				type: 'symbol',
				source: 'mountains',
				layout: {
					'text-field': ['upcase', nameField(locale, ['coalesce', ['get', 'name'], ''])],
					'text-font': FONT_ITALIC,
					'text-size': ['interpolate', ['linear'], ['zoom'], 4, 10, 8, 13],
					'text-letter-spacing': 0.3,
					'text-max-width': 10,
					'symbol-sort-key': 95
				},
				paint: {
					'text-color': t.mountainText,
					'text-halo-color': t.textHalo,
					'text-halo-width': 1,
					'text-opacity': 0.8
				}
			}
		},
		{
			band: 'label',
			spec: {
				id: 'peaks-label',
				type: 'symbol',
				source: 'peaks',
				minzoom: 6,
				filter: ['has', 'name'],
				layout: {
					'text-field': [
						'concat',
						'▲ ',
						nameField(locale),
						'\n',
						['to-string', ['get', 'elevation']],
						` ${m.layers_metres_symbol({}, { locale })}`
					],
					'text-font': FONT_REGULAR,
					'text-size': 10,
					'symbol-sort-key': 85
				},
				paint: { 'text-color': t.mountainText, 'text-halo-color': t.textHalo, 'text-halo-width': 1 }
			}
		}
	]
};

export const placesGroup: LayerGroup = {
	id: 'places',
	get title() {
		return m.layers_places_title();
	},
	get description() {
		return m.legend_places_description();
	},
	required: false,
	legend: (t) => [{ label: m.layers_places_legend(), symbol: 'dot', color: t.feature.place }],
	layers: (t, locale) => {
		const rank: ExpressionSpecification = ['coalesce', ['get', 'scalerank'], 10];
		return [
			{
				band: 'point',
				spec: {
					id: 'places-dot',
					type: 'circle',
					source: 'places',
					// places that are also report sites (Dushanbe, Khorugh…) are drawn by the site layers
					filter: ['!', ['has', 'site']],
					paint: {
						'circle-color': t.feature.place,
						'circle-radius': ['interpolate', ['linear'], rank, 0, 3.5, 10, 2],
						'circle-stroke-color': t.textHalo,
						'circle-stroke-width': 1
					}
				}
			},
			{
				band: 'label',
				spec: {
					id: 'places-label',
					type: 'symbol',
					source: 'places',
					filter: ['!', ['has', 'site']],
					layout: {
						'text-field': nameField(locale),
						'text-font': FONT_REGULAR,
						'text-size': ['interpolate', ['linear'], rank, 0, 14, 10, 10],
						'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
						'text-radial-offset': 0.6,
						'text-justify': 'auto',
						'symbol-sort-key': rank
					},
					paint: { 'text-color': t.text, 'text-halo-color': t.textHalo, 'text-halo-width': 1.4 }
				}
			},
			...siteLayers(placeSiteOptions, t, locale),
			{
				band: 'label-first',
				spec: {
					// Tajikistan's capital, a report site drawn with the place sites: its name is the
					// map's first label, larger than any town's, placed before all others, never dropped
					id: 'places-capital-label',
					type: 'symbol',
					source: 'sites',
					filter: ['==', ['get', 'id'], CAPITAL_SITE_ID],
					layout: {
						'text-field': nameField(locale),
						'text-font': FONT_BOLD,
						// larger than any town's (at most 14) or site's (13) at every zoom
						'text-size': ['interpolate', ['linear'], ['zoom'], 4, 15, 8, 18],
						'text-anchor': 'right',
						'text-offset': [-0.7, 0],
						'text-allow-overlap': true
					},
					paint: { 'text-color': t.text, 'text-halo-color': t.textHalo, 'text-halo-width': 1.8 }
				}
			}
		];
	}
};
