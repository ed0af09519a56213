/** Small style-expression helpers shared by the layer builders. */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';

/** `whenSelected(a, b)`: a for the selected feature (feature-state), b otherwise. */
export function whenSelected(
	selected: number | string | ExpressionSpecification,
	otherwise: number | string | ExpressionSpecification
): ExpressionSpecification {
	return [
		'case',
		['boolean', ['feature-state', 'selected'], false],
		selected,
		otherwise
	] as ExpressionSpecification;
}

/**
 * `whenDimmed(a, b)`: a for features the timeline has filtered out (feature-state `dim`),
 * b otherwise. Dimmed rather than hidden, so the geography stays readable.
 */
export function whenDimmed(
	dimmed: number | string,
	otherwise: number | string | ExpressionSpecification
): ExpressionSpecification {
	return [
		'case',
		['boolean', ['feature-state', 'dim'], false],
		dimmed,
		otherwise
	] as ExpressionSpecification;
}
