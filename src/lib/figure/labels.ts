/**
 * The exported figure's words in the page's language: its title, and the labels it draws around
 * the map (citation and permalink lines, north arrow, scale bars). The citation itself stays as
 * the report's metadata give it. Called when a figure is made, never at module load (the
 * messages are per request on the server and load asynchronously in the browser).
 */
import { pageLocale } from '$lib/i18n/locale';
import { intlLocale, type Locale } from '$lib/i18n/locales';
import * as m from '$lib/paraglide/messages';
import type { FigureLabels } from './layout';
import { formatScaleAmount, type ScaleUnit } from './scale-bar';

/** The map's own title, the figure's when nothing is selected. */
function mapFigureTitle(locale: Locale = pageLocale()): string {
	return m.home_figure_title({}, { locale });
}

/** The figure's title and subtitle: the selected feature's name over the map's title, or the map's. */
export function figureHeading(
	selectedName: string | null | undefined,
	locale: Locale = pageLocale()
): { title: string; subtitle: string | null } {
	const name = selectedName?.trim();
	const map = mapFigureTitle(locale);
	return name ? { title: name, subtitle: map } : { title: map, subtitle: null };
}

/** A scale bar's length, "50 km" / "50 км", "0.5 nmi" / "0,5 морской мили". */
function scaleLength(amount: number, unit: ScaleUnit, locale: Locale): string {
	const inputs = { value: formatScaleAmount(amount, intlLocale(locale)), count: amount };
	switch (unit) {
		case 'm':
			return m.home_figure_length_m(inputs, { locale });
		case 'km':
			return m.home_figure_length_km(inputs, { locale });
		case 'mi':
			return m.home_figure_length_mi(inputs, { locale });
		case 'nmi':
			return m.home_figure_length_nmi(inputs, { locale });
	}
}

/** The labels the figure draws around the map, in the language. */
export function figureLabels(locale: Locale = pageLocale()): FigureLabels {
	return {
		citeAs: (citation) => m.home_figure_cite_as({ citation }, { locale }),
		permalink: m.home_figure_permalink({}, { locale }),
		north: m.home_figure_north({}, { locale }),
		length: (amount, unit) => scaleLength(amount, unit, locale),
		atCentre: (length) => m.home_figure_scale_at_centre({ length }, { locale })
	};
}
