/**
 * A feature's name in the reader's language. Russian names come from the data (the pipeline's
 * `name_ru`: Natural Earth's for places and our authored ones, each with its source); where no
 * source gives one, the English name is shown rather than a transliteration of our own.
 */
import type { Locale } from '$lib/i18n/locales';

/** Anything that carries the two names: a catalog entry, feature properties, a GeoJSON feature. */
export interface Named {
	name: string;
	name_ru?: string | null;
}

type NamedOrFeature = Named | { properties: Named | null };

const namesOf = (x: NamedOrFeature): Named | null =>
	'properties' in x ? x.properties : (x as Named);

/** The name to show in `locale`: the Russian name in Russian when the data has one, else `name`. */
export function localName(entryOrFeature: NamedOrFeature, locale: Locale): string {
	const named = namesOf(entryOrFeature);
	if (!named) return '';
	const ru = typeof named.name_ru === 'string' ? named.name_ru.trim() : '';
	return locale === 'ru' && ru ? ru : named.name;
}
