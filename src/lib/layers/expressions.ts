/** Small style-expression helpers shared by the layer builders. */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Locale } from '$lib/i18n/locales';

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

/**
 * A feature's name in the map's language: in Russian its `name_ru` (Natural Earth's, or ours with
 * a source, from the pipeline), else the English name; in English the English name alone, so the
 * English style is unchanged. `english` is the expression of the English name.
 */
export function nameField(
	locale: Locale,
	english: ExpressionSpecification = ['get', 'name']
): ExpressionSpecification {
	return locale === 'ru' ? ['coalesce', ['get', 'name_ru'], english] : english;
}
