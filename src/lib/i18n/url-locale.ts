import * as m from '$lib/paraglide/messages';
import { LANGUAGE_PARAM } from '$lib/state/params';
import { quoteValue } from '$lib/state/quote';
import { LOCALE_NAMES, LOCALES, isLocale, type Locale } from './locales';

/** `lang` from a query string, trimmed and lower-cased; null when absent or not one of ours. */
export function urlLocale(search: URLSearchParams): Locale | null {
	const lang = search.get('lang')?.trim().toLowerCase();
	return isLocale(lang) ? lang : null;
}

/** The notice for a `lang=` that is not one of ours (null when it is, or absent). */
export function languageNotice(search: URLSearchParams, pageLocale: Locale): string | null {
	const raw = search.get(LANGUAGE_PARAM);
	if (raw === null || urlLocale(search) !== null) return null;
	return m.url_ignored({
		param: LANGUAGE_PARAM,
		value: quoteValue(raw),
		reason: m.url_expected_one_of({ values: LOCALES.join(', ') }),
		fallback: m.url_lang_fallback({ language: LOCALE_NAMES[pageLocale] })
	});
}
