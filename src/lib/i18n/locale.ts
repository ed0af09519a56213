/**
 * The page's language. The server decides it per request (src/lib/i18n/server.ts) and writes it
 * into `<html lang>`; the browser reads it from there, so both render the same words and the
 * browser needs none of the server's negotiation.
 */
import { BASE_LOCALE, isLocale, type Locale } from './locales';

let serverLocale: (() => Locale) | null = null;

/** The server registers how it knows the request's language (Paraglide's request scope). */
export function setServerLocaleSource(source: () => Locale): void {
	serverLocale = source;
}

export function pageLocale(): Locale {
	if (typeof document !== 'undefined') {
		const lang = document.documentElement.lang;
		return isLocale(lang) ? lang : BASE_LOCALE;
	}
	return serverLocale?.() ?? BASE_LOCALE;
}
