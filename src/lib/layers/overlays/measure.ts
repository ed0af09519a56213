/** The measurement path's overlay (`MeasureLayer`, on / and /embed). */
import type { FilterSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Theme } from '../theme';
import { OVERLAY_SOURCES } from './ids';
import { lengthLabel } from './label';

/** The path's features carry `role`: the whole path, a segment to label, a vertex. */
export type MeasureRole = 'path' | 'label' | 'vertex';

const role = (r: MeasureRole): FilterSpecification => ['==', ['get', 'role'], r];

/** The measurement's vertices: the layer a click or drag on a point hits. */
export const MEASURE_VERTICES = 'tool-measure-vertices';

/** A dashed line over a casing, a length per segment, a dot per point. */
export function measureLayers(t: Theme): LayerSpecification[] {
	const source = OVERLAY_SOURCES.measure;
	const color = t.tool.measure;
	return [
		{
			id: 'tool-measure-casing',
			type: 'line',
			source,
			filter: role('path'),
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': t.textHalo, 'line-width': 6 }
		},
		{
			id: 'tool-measure-line',
			type: 'line',
			source,
			filter: role('path'),
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': color, 'line-width': 2.5, 'line-dasharray': [2, 1] }
		},
		lengthLabel(t, 'tool-measure-labels', source, color, {
			filter: role('label'),
			layout: { 'symbol-placement': 'line-center', 'text-offset': [0, -0.9] }
		}),
		{
			id: MEASURE_VERTICES,
			type: 'circle',
			source,
			filter: role('vertex'),
			paint: {
				'circle-radius': 6,
				'circle-color': t.textHalo,
				'circle-stroke-color': color,
				'circle-stroke-width': 2.5
			}
		}
	];
}
