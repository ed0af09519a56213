/**
 * Which language a request gets: `lang=` in the URL when it names one of ours (any case), else
 * the best of the browser's Accept-Language (Paraglide's parser, q-values and `ru-RU` → `ru`
 * included), else English. Pure, and the one rule for the page, its caching and the proxy's key.
 */
import { extractLocaleFromHeader } from '$lib/paraglide/runtime';
import { BASE_LOCALE, isLocale, type Locale } from './locales';
import { urlLocale } from './url-locale';

export interface RequestLocale {
	locale: Locale;
	/** true when the URL did not say and Accept-Language chose: the page varies with that header */
	negotiated: boolean;
}

export function requestLocale(
	search: URLSearchParams,
	acceptLanguage: string | null | undefined
): RequestLocale {
	const fromUrl = urlLocale(search);
	if (fromUrl) return { locale: fromUrl, negotiated: false };
	const preferred = acceptLanguage
		? extractLocaleFromHeader({ headers: { get: () => acceptLanguage } } as unknown as Request)
		: undefined;
	return { locale: isLocale(preferred) ? preferred : BASE_LOCALE, negotiated: true };
}
