/** What the overlays share: a length written along a line, and a filter on the geometry type. */
import type {
	ExpressionSpecification,
	FilterSpecification,
	SymbolLayerSpecification
} from '@maplibre/maplibre-gl-style-spec';
import { FONT_BOLD } from '../fonts';
import type { Theme } from '../theme';
import type { OverlaySourceId } from './ids';

export const geometry = (g: 'LineString' | 'Point'): FilterSpecification => [
	'==',
	['geometry-type'],
	g
];

const LABEL: ExpressionSpecification = ['get', 'label'];

/** The feature's `label` written along a line, in `color` over the theme's halo. */
export function lengthLabel(
	t: Theme,
	id: string,
	source: OverlaySourceId,
	color: string,
	placement: { filter?: FilterSpecification; layout: SymbolLayerSpecification['layout'] }
): SymbolLayerSpecification {
	return {
		id,
		type: 'symbol',
		source,
		...(placement.filter ? { filter: placement.filter } : {}),
		layout: {
			'text-field': LABEL,
			'text-font': FONT_BOLD,
			'text-size': 12,
			'text-allow-overlap': true,
			...placement.layout
		},
		paint: { 'text-color': color, 'text-halo-color': t.textHalo, 'text-halo-width': 2 }
	};
}
