/**
 * Security headers for every server-rendered response. The CSP itself (script hashes, worker
 * and blob sources) comes from kit.csp in svelte.config.js; here we add the per-route frame
 * rules: /embed may be framed by any site (or the FRONTIER_EMBED_ORIGINS allow-list plus our own
 * origin), every other route (/embed/builder and /embed/docs included) by none.
 */
import type { Handle, ResolveOptions } from '@sveltejs/kit';
import { version } from '$app/environment';
import { env } from '$env/dynamic/private';
import { parseAllowedOrigins } from '$lib/embed/origin';
import { setServerLocaleSource } from '$lib/i18n/locale';
import { routeForPath } from '$lib/i18n/groups';
import { labelFontPreloads } from '$lib/map/label-fonts';
import { isLocale, type Locale } from '$lib/i18n/locales';
import { pageMessageFiles } from 'virtual:frontier-message-files';
import { requestLocale } from '$lib/i18n/request';
import { defineCustomServerStrategy, getLocale } from '$lib/paraglide/runtime';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { PREVIEW_HEAD_MARK, previewHeadHtml } from '$lib/server/link-preview';
import { createPageCaching, KEPT_ANSWER_SLOT } from '$lib/server/page-caching';
import { themeCodec } from '$lib/state/url';

const allowedOrigins = parseAllowedOrigins(env.FRONTIER_EMBED_ORIGINS, (bad) =>
	console.warn(`FRONTIER_EMBED_ORIGINS: ignoring ${JSON.stringify(bad)} (not an http(s) origin)`)
);

/** True for routes meant to be framed by other sites. */
export function isEmbedPath(pathname: string): boolean {
	return pathname === '/embed' || pathname === '/embed/';
}

/**
 * With an allow-list, our own origin stays allowed too: the embed builder previews `/embed` in
 * iframes. Only `/embed` is framable; the builder and the docs are not.
 */
function frameAncestors(pathname: string): string {
	if (!isEmbedPath(pathname)) return "'none'";
	if (allowedOrigins === null) return '*';
	return ["'self'", ...allowedOrigins].join(' ');
}

/**
 * What the server writes into the page while rendering: the link preview's tags (Open Graph,
 * Twitter card) in the head, the page's language in <html lang> (which the browser reads its
 * messages' language from: src/lib/i18n/locale.ts), and `?theme=dark` on <html>, so server-rendered pages (and the map
 * before it hydrates) come out dark at once instead of flashing light first. Neither needs any
 * JavaScript in the page.
 */
function pageTransform(url: URL, locale: Locale): ResolveOptions {
	// The page's own codec, so the server and the page agree (`?theme=DARK` is dark on both).
	const raw = url.searchParams.get('theme');
	const parsed =
		raw === null ? null : themeCodec.parse(raw, { knownFeatureIds: new Set(), embed: false });
	const dark = Boolean(parsed && 'value' in parsed && parsed.value === 'dark');
	let preview: string | null = null;
	return {
		transformPageChunk: ({ html }) => {
			if (html.includes(PREVIEW_HEAD_MARK))
				html = html.replace(PREVIEW_HEAD_MARK, (preview ??= previewHeadHtml(url, locale)));
			const theme = dark ? ' data-theme="dark"' : '';
			html = html.replace('<html lang="en">', `<html lang="${locale}"${theme}>`);
			const route = routeForPath(url.pathname);
			const preloads = messagePreloads(route, locale) + labelFontPreloads(route);
			return html.replace('</head>', `${preloads}</head>`);
		}
	};
}

/**
 * Pages are cacheable, revalidatable and compressed (src/lib/server/page-caching.ts). Besides its
 * URL and the build, what changes a page is the embed allow-list (/embed's data and frame rule),
 * and its origin comes from Host or the headers adapter-node is told to read.
 */
const pageCaching = createPageCaching({
	buildId: version,
	config: env.FRONTIER_EMBED_ORIGINS ?? '',
	originHeaders: ['host', env.PROTOCOL_HEADER, env.HOST_HEADER, env.PORT_HEADER]
		.filter((name): name is string => Boolean(name))
		.map((name) => name.toLowerCase())
});
// The Node server (server.js) answers what this process keeps before SvelteKit sees the request.
(globalThis as Record<symbol, unknown>)[KEPT_ANSWER_SLOT] = pageCaching.keptAnswer;

/**
 * The page's messages in its language, as module preloads: the browser waits for them before
 * the app starts (src/hooks.client.ts), so they download with the page's other modules.
 */
function messagePreloads(route: string | null, locale: Locale): string {
	const file = route === null ? undefined : pageMessageFiles[locale]?.[route];
	return file ? `<link rel="modulepreload" href="${file}">` : '';
}

/**
 * The request's language (src/lib/i18n/request.ts), as Paraglide's strategy: its middleware then
 * renders the request in that language (messages read it through AsyncLocalStorage).
 */
defineCustomServerStrategy('custom-frontier', {
	getLocale: (request) =>
		request
			? requestLocale(new URL(request.url).searchParams, request.headers.get('accept-language'))
					.locale
			: undefined
});
setServerLocaleSource(() => {
	const locale = getLocale();
	return isLocale(locale) ? locale : 'en';
});

export const handle: Handle = async ({ event, resolve }) => {
	// a 304, or the response this process rendered for the same URL and encoding moments ago
	const early = pageCaching.answerEarly(event);
	if (early) return early;
	const response = await paraglideMiddleware(event.request, ({ locale }) =>
		resolve(event, pageTransform(event.url, isLocale(locale) ? locale : 'en'))
	);
	const headers = response.headers;
	const pathname = event.url.pathname;
	const frame = `frame-ancestors ${frameAncestors(pathname)}`;
	const csp = headers.get('content-security-policy');
	if (csp) headers.set('content-security-policy', `${csp}; ${frame}`);
	else headers.set('content-security-policy', frame);
	if (!isEmbedPath(pathname)) headers.set('x-frame-options', 'DENY');
	headers.set('x-content-type-options', 'nosniff');
	headers.set('referrer-policy', 'strict-origin-when-cross-origin');
	headers.set('permissions-policy', 'camera=(), microphone=(), geolocation=()');
	return pageCaching.finish(event, response);
};
