/** The range-rings overlay (`RangeRingsLayer`). */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Theme } from '../theme';
import { OVERLAY_SOURCES } from './ids';
import { lengthLabel } from './label';

/** Geodesic range rings, each labelled with its radius along the ring. */
export function rangeRingsLayers(t: Theme): LayerSpecification[] {
	const source = OVERLAY_SOURCES.rangeRings;
	const color = t.tool.rangeRings;
	return [
		{
			id: 'tool-range-rings-line',
			type: 'line',
			source,
			paint: { 'line-color': color, 'line-width': 2, 'line-opacity': 0.9 }
		},
		lengthLabel(t, 'tool-range-rings-label', source, color, {
			layout: { 'symbol-placement': 'line', 'symbol-spacing': 350 }
		})
	];
}
