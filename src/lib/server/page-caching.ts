/**
 * The caching half of the server hook (src/hooks.server.ts): before rendering, answer a
 * revalidation with 304 or a repeated request from the process's memo; after, give pages their
 * Cache-Control, ETag and Vary (the rules: ./page-cache.ts), errors `no-store`, compress pages
 * with the client's best encoding, and keep what a shared cache may keep in the memo.
 */
import type { RequestEvent } from '@sveltejs/kit';
import { compress } from './compress';
import {
	cacheControlFor,
	ifNoneMatchMatches,
	isCacheablePage,
	MIN_COMPRESS_BYTES,
	negotiateEncoding,
	PAGE_CACHE_CONTROL,
	PAGE_SHARED_MAX_AGE,
	PAGE_VARY,
	pageEtag
} from './page-cache';
import { ResponseMemo, sharedLifetime } from './response-memo';

export interface PageCaching {
	/** A 304 or a kept response, or null: render. */
	answerEarly(event: RequestEvent): Response | null;
	/** The rendered response with its caching headers, compressed; kept when it may be. */
	finish(event: RequestEvent, response: Response): Promise<Response>;
}

/**
 * `config` is whatever else changes a page besides its URL and the build (the embed allow-list,
 * which /embed's data and frame-ancestors carry).
 */
export function createPageCaching(options: { buildId: string; config: string }): PageCaching {
	// 500 pages of 4–16 kB: a few MB per process, at most 32
	const memo = new ResponseMemo({
		maxEntries: 500,
		maxBytes: 32 * 2 ** 20,
		maxAgeSeconds: PAGE_SHARED_MAX_AGE
	});

	const isRead = (event: RequestEvent) =>
		(event.request.method === 'GET' || event.request.method === 'HEAD') && !event.isDataRequest;

	/** The representation's ETag, also the memo's key. */
	function etagFor(event: RequestEvent) {
		const encoding = negotiateEncoding(event.request.headers.get('accept-encoding'));
		const page = { buildId: options.buildId, config: options.config, url: event.url.href };
		return { encoding, etag: pageEtag(page, encoding) };
	}

	/**
	 * Only pages get our ETags, so a match means this URL was a 200 page of this build. The 304
	 * carries the validators and caching headers only (RFC 9110 §15.4.5): no CSP, which a cache
	 * would merge into its stored copy.
	 */
	function notModified(event: RequestEvent, etag: string): Response | null {
		const ifNoneMatch = event.request.headers.get('if-none-match');
		if (!ifNoneMatch || !ifNoneMatchMatches(ifNoneMatch, etag)) return null;
		return new Response(null, {
			status: 304,
			headers: { etag, vary: PAGE_VARY, 'cache-control': PAGE_CACHE_CONTROL }
		});
	}

	async function withPageHeaders(event: RequestEvent, response: Response): Promise<Response> {
		const facts = {
			method: event.request.method,
			status: response.status,
			contentType: response.headers.get('content-type'),
			cacheControl: response.headers.get('cache-control')
		};
		const cacheControl = cacheControlFor(facts);
		if (cacheControl) response.headers.set('cache-control', cacheControl);
		if (event.isDataRequest || !isCacheablePage(facts)) return response;
		const { encoding, etag } = etagFor(event);
		response.headers.set('etag', etag);
		response.headers.set('vary', PAGE_VARY);
		if (encoding === 'identity' || response.headers.has('content-encoding')) return response;
		const body = new Uint8Array(await response.arrayBuffer());
		const headers = new Headers(response.headers);
		if (body.byteLength < MIN_COMPRESS_BYTES) return new Response(body, { status: 200, headers });
		const compressed = await compress(body, encoding);
		headers.set('content-encoding', encoding);
		headers.set('content-length', String(compressed.byteLength));
		return new Response(compressed, { status: 200, headers });
	}

	return {
		answerEarly(event) {
			if (!isRead(event)) return null;
			const { etag } = etagFor(event);
			const unchanged = notModified(event, etag);
			if (unchanged) return unchanged;
			const kept = memo.get(etag);
			return kept ? new Response(kept.body, { status: kept.status, headers: kept.headers }) : null;
		},

		async finish(event, rendered) {
			const response = await withPageHeaders(event, rendered);
			const lifetime = sharedLifetime(response.headers.get('cache-control'));
			const keep =
				event.request.method === 'GET' &&
				isRead(event) &&
				response.status === 200 &&
				lifetime > 0 &&
				!response.headers.has('set-cookie');
			if (!keep) return response;
			const body = new Uint8Array(await response.arrayBuffer());
			const headers = [...response.headers];
			// a page's key is the ETag it was just given; other kept answers (oEmbed) have none
			const key = response.headers.get('etag') ?? etagFor(event).etag;
			memo.set(key, { status: 200, headers, body }, lifetime);
			return new Response(body, { status: 200, headers });
		}
	};
}
