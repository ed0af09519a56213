/**
 * Links that keep the reader's language. A page reached with `lang=` in its URL, or shown in a
 * language other than English, gives its internal links the same `lang=`, so a reload or a new
 * tab shows them in the language the reader is reading (without it the server would go by the
 * browser's Accept-Language again).
 */
import { BASE_LOCALE, type Locale } from './locales';

/**
 * `href` (a path on this site, with or without query and fragment) with `lang=locale`, or as is
 * when the page's language need not be written (English, not chosen in the URL).
 */
export function withLanguage(href: string, locale: Locale, chosenInUrl: boolean): string {
	if (locale === BASE_LOCALE && !chosenInUrl) return href;
	return setLanguage(href, locale);
}

/**
 * `href` with its `lang` parameter set to `locale`: any `lang` it had is dropped and the new one
 * goes last; the other parameters keep their order and their exact spelling (`view=7/38.5/71`
 * stays readable), and the fragment is kept.
 */
export function setLanguage(href: string, locale: Locale): string {
	const hashAt = href.indexOf('#');
	const hash = hashAt < 0 ? '' : href.slice(hashAt);
	const rest = hashAt < 0 ? href : href.slice(0, hashAt);
	const queryAt = rest.indexOf('?');
	const path = queryAt < 0 ? rest : rest.slice(0, queryAt);
	const others = (queryAt < 0 ? '' : rest.slice(queryAt + 1))
		.split('&')
		.filter((pair) => pair !== '' && !/^lang(=|$)/i.test(pair));
	return `${path}?${[...others, `lang=${locale}`].join('&')}${hash}`;
}
