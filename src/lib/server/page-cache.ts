/**
 * How server-rendered pages may be cached, revalidated and compressed. A page is a pure function
 * of its absolute URL, the build and the server's configuration (no cookies, no per-user data; the
 * CSP uses hashes, not nonces), so browsers, a reverse proxy and a CDN may all keep it. Pure: the
 * hook (src/hooks.server.ts) applies it; the unit tests and the nginx configuration's test read the
 * same constants.
 */
import { createHash } from 'node:crypto';

/**
 * The request headers a page's bytes depend on: the one list the `Vary` header is made from.
 * Accept-Language only counts when the URL has no `lang=` (src/lib/i18n/request.ts). A header added
 * here must also be in the reverse proxy's cache key: deploy/nginx/ (a unit test checks that it is).
 */
export const PAGE_VARY_HEADERS: readonly string[] = ['Accept-Encoding', 'Accept-Language'];

/**
 * `Vary` for a page: its encoding always, the browser's languages only when they chose the
 * page's language (no `lang=` in the URL).
 */
export function pageVary(languageNegotiated: boolean): string {
	return languageNegotiated ? PAGE_VARY_HEADERS.join(', ') : 'Accept-Encoding';
}

/**
 * Browsers keep a page a minute, shared caches (a proxy, a CDN) five; then either may serve the
 * stale copy for up to an hour while it revalidates in the background. A deploy therefore reaches
 * every reader within about five minutes plus one stale view (the ETag changes with the build).
 */
export const PAGE_SHARED_MAX_AGE = 300;
export const PAGE_CACHE_CONTROL = `public, max-age=60, s-maxage=${PAGE_SHARED_MAX_AGE}, stale-while-revalidate=3600`;

/** For errors (a 404 page, an /oembed 400): never kept, so a fixed link works at once. */
export const NO_STORE = 'no-store';

export type Encoding = 'br' | 'gzip' | 'identity';

/** Bodies smaller than this go out uncompressed: the headers would cost more than they save. */
export const MIN_COMPRESS_BYTES = 1024;

/**
 * The best encoding the client accepts: br, then gzip, else none. Honours q-values (`br;q=0` means
 * no) and `*`; a missing header means no compression.
 */
export function negotiateEncoding(acceptEncoding: string | null | undefined): Encoding {
	const q = new Map<string, number>();
	for (const part of (acceptEncoding ?? '').split(',')) {
		const [name, ...params] = part.trim().toLowerCase().split(';');
		if (!name) continue;
		const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		const value = qParam ? Number(qParam.slice(2)) : 1;
		q.set(name, Number.isFinite(value) ? value : 0);
	}
	const weight = (name: string) => q.get(name) ?? q.get('*') ?? 0;
	const best = (['br', 'gzip'] as const).filter((e) => weight(e) > 0);
	if (best.length === 0) return 'identity';
	return best.reduce((a, b) => (weight(b) > weight(a) ? b : a));
}

/**
 * A strong ETag for one representation of a page: the build, the server's configuration that
 * changes pages (e.g. FRONTIER_EMBED_ORIGINS) and the absolute URL (so the origin, which pages
 * write into their links, is part of it), plus the encoding (each encoding is its own
 * representation, RFC 9110 §8.8.3). Computed before rendering, so a match costs no render.
 */
export function pageEtag(
	page: { buildId: string; config: string; url: string },
	encoding: Encoding
): string {
	const hash = createHash('sha256')
		.update(`${page.buildId}\n${page.config}\n${page.url}`)
		.digest('base64url')
		.slice(0, 27);
	return `"${hash}-${encoding}"`;
}

/** True when an If-None-Match header names `etag` (weak comparison, as RFC 9110 §13.1.2 asks). */
export function ifNoneMatchMatches(ifNoneMatch: string | null | undefined, etag: string): boolean {
	const bare = (tag: string) => tag.trim().replace(/^W\//, '');
	return (ifNoneMatch ?? '')
		.split(',')
		.some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

export interface ResponseFacts {
	method: string;
	status: number;
	contentType: string | null;
	/** The Cache-Control the route set itself, if any: a route's own choice wins for 2xx. */
	cacheControl: string | null;
}

/**
 * The Cache-Control a response gets: errors are never stored; a 200 HTML page gets the page
 * policy unless its route chose one; anything else keeps what it has (null: leave it).
 */
export function cacheControlFor(r: ResponseFacts): string | null {
	if (r.status >= 400) return NO_STORE;
	if (r.cacheControl) return null;
	if (isCacheablePage(r)) return PAGE_CACHE_CONTROL;
	return null;
}

/** A GET/HEAD answered 200 with HTML: a page, cacheable and revalidatable by its ETag. */
export function isCacheablePage(r: Omit<ResponseFacts, 'cacheControl'>): boolean {
	return (
		(r.method === 'GET' || r.method === 'HEAD') &&
		r.status === 200 &&
		(r.contentType ?? '').toLowerCase().startsWith('text/html')
	);
}
