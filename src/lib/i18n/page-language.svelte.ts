/**
 * The page's language for components: the locale, whether the URL chose it, and the page's
 * internal links with it (src/lib/i18n/links.ts).
 */
import { page } from '$app/state';
import { pageLocale } from './locale';
import { withLanguage } from './links';
import { urlLocale } from './url-locale';

/** An internal link that keeps the page's language. */
export function localHref(href: string): string {
	return withLanguage(href, pageLocale(), urlLocale(page.url.searchParams) !== null);
}
