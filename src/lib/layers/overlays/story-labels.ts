/**
 * The story's labels (/report): the names of the features the passage being read is about, the
 * named ones in bold, the related ones lighter. Points at each feature's popup anchor, filled by
 * `StoryMap`; `named` is a boolean property of each point.
 */
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { FONT_BOLD, FONT_REGULAR } from '../fonts';
import type { Theme } from '../theme';
import { OVERLAY_SOURCES } from './ids';

const NAMED: ExpressionSpecification = ['==', ['get', 'named'], true];

export function storyLabelLayers(t: Theme): LayerSpecification[] {
	return [
		{
			id: 'tool-story-labels',
			type: 'symbol',
			source: OVERLAY_SOURCES.storyLabels,
			layout: {
				'text-field': ['get', 'name'],
				'text-font': ['case', NAMED, ['literal', FONT_BOLD], ['literal', FONT_REGULAR]],
				'text-size': ['case', NAMED, 14, 12],
				'text-anchor': 'top',
				'text-offset': [0, 0.8],
				'text-max-width': 9,
				// named features first when labels collide
				'symbol-sort-key': ['case', NAMED, 0, 1]
			},
			paint: {
				'text-color': ['case', NAMED, t.text, t.textMuted],
				'text-halo-color': t.textHalo,
				'text-halo-width': 2
			}
		}
	];
}
