/** Small style-expression helpers shared by the layer builders. */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';

/** `whenSelected(a, b)`: a for the selected feature (feature-state), b otherwise. */
export function whenSelected<T>(selected: T, otherwise: T): ExpressionSpecification {
	return [
		'case',
		['boolean', ['feature-state', 'selected'], false],
		selected,
		otherwise
	] as ExpressionSpecification;
}

/** `whenHovered(a, b)`: a under the pointer, b otherwise. */
export function whenHovered<T>(hovered: T, otherwise: T): ExpressionSpecification {
	return [
		'case',
		['boolean', ['feature-state', 'hover'], false],
		hovered,
		otherwise
	] as ExpressionSpecification;
}
