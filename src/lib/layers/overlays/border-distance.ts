/** The border-distance overlay (`BorderDistanceLayer`). */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Theme } from '../theme';
import { OVERLAY_SOURCES } from './ids';
import { geometry, lengthLabel } from './label';

/** The shortest line from a point to a border, its length, and its two ends. */
export function borderDistanceLayers(t: Theme): LayerSpecification[] {
	const source = OVERLAY_SOURCES.borderDistance;
	const color = t.tool.borderDistance;
	return [
		{
			id: 'tool-border-distance-line',
			type: 'line',
			source,
			filter: geometry('LineString'),
			paint: { 'line-color': color, 'line-width': 3, 'line-dasharray': [1.5, 1] }
		},
		lengthLabel(t, 'tool-border-distance-label', source, color, {
			filter: geometry('LineString'),
			layout: { 'symbol-placement': 'line-center', 'text-offset': [0, -0.9] }
		}),
		{
			id: 'tool-border-distance-ends',
			type: 'circle',
			source,
			filter: geometry('Point'),
			paint: {
				'circle-radius': 5,
				'circle-color': color,
				'circle-stroke-color': t.textHalo,
				'circle-stroke-width': 2
			}
		}
	];
}
