import { isLocale, type Locale } from './locales';

/** `lang` from a query string, trimmed and lower-cased; null when absent or not one of ours. */
export function urlLocale(search: URLSearchParams): Locale | null {
	const lang = search.get('lang')?.trim().toLowerCase();
	return isLocale(lang) ? lang : null;
}
