/**
 * Runs a function with the messages (and the page language number formats read) in another
 * language, for tests: vitest renders English, as the server does without a request.
 */
import { setServerLocaleSource } from '$lib/i18n/locale';
import { BASE_LOCALE, type Locale } from '$lib/i18n/locales';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';

export function inLocale<T>(locale: Locale, run: () => T): T {
	const before = getLocale;
	overwriteGetLocale(() => locale);
	setServerLocaleSource(() => locale);
	try {
		return run();
	} finally {
		overwriteGetLocale(before);
		setServerLocaleSource(() => BASE_LOCALE);
	}
}
