/**
 * A feature's name for the server-rendered pages (/about, /data): in the request's language
 * where the data has the name in it (local-name.ts), and marked `lang="en"` where a page in
 * another language shows the English name because no source gives one.
 */
import { localName, type Named } from '$lib/data/local-name';
import { pageLocale } from '$lib/i18n/locale';
import { BASE_LOCALE } from '$lib/i18n/locales';

export interface ShownName {
	name: string;
	/** 'en' when a page in another language shows the English name. */
	nameLang?: 'en';
}

export function shownName(named: Named): ShownName {
	const locale = pageLocale();
	const name = localName(named, locale);
	return locale !== BASE_LOCALE && name === named.name ? { name, nameLang: 'en' } : { name };
}
