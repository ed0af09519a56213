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
	type Encoding,
	ifNoneMatchMatches,
	isCacheablePage,
	MIN_COMPRESS_BYTES,
	negotiateEncoding,
	PAGE_CACHE_CONTROL,
	PAGE_SHARED_MAX_AGE,
	pageEtag,
	pageVary
} from './page-cache';
import { requestLocale } from '$lib/i18n/request';
import { ResponseMemo, sharedLifetime } from './response-memo';

/** What a 304 carries: the validators and caching headers only (RFC 9110 §15.4.5). */
const NOT_MODIFIED_HEADERS = ['etag', 'vary', 'cache-control'];

const pick = (headers: Record<string, string>, names: readonly string[]) =>
	Object.fromEntries(
		names.flatMap((n) => (headers[n] === undefined ? [] : [[n, headers[n]] as const]))
	);

export interface PageCaching {
	/** A 304 or a kept response, or null: render. */
	answerEarly(event: RequestEvent): Response | null;
	/** The rendered response with its caching headers, compressed; kept when it may be. */
	finish(event: RequestEvent, response: Response): Promise<Response>;
	/**
	 * The same answer as answerEarly for a GET, from the request as node:http received it, with
	 * no Request object, no promise and no stream: the Node server (server.js) calls it before
	 * SvelteKit sees the request. Under a crowd this keeps the per-request cost near a static
	 * file's; with the dearer path a saturated process left new connections waiting in the
	 * kernel's accept queue past a client's timeout (bench/load.ts at 1,000 connections).
	 */
	keptAnswer(request: RawRequest): KeptAnswer | null;
}

/** What keptAnswer reads of a node:http request (IncomingMessage has these). */
export interface RawRequest {
	method?: string;
	url?: string;
	headers: Record<string, string | string[] | undefined>;
}

export interface KeptAnswer {
	status: number;
	headers: Record<string, string>;
	body: Uint8Array | null;
}

/** The globalThis slot the hook puts keptAnswer in, and server.js reads it from. */
export const KEPT_ANSWER_SLOT = Symbol.for('frontier-map.kept-answer');

/**
 * The memo's key: the request as the server received it (method, path and query) and the headers
 * the page's origin is made from (`originHeaders`: Host and any PROTOCOL_HEADER, HOST_HEADER or
 * PORT_HEADER adapter-node reads; ORIGIN is the same for the whole process), plus the encoding.
 * SvelteKit's URL is a function of these, so two requests with one key get the same page; a URL
 * SvelteKit normalises differently is only a miss. The page's language is part of the key: the
 * URL's `lang=`, or what Accept-Language chose.
 */
export function memoKey(
	method: string,
	pathAndQuery: string,
	header: (name: string) => string | null | undefined,
	originHeaders: readonly string[],
	encoding: Encoding
): string {
	const query = pathAndQuery.indexOf('?');
	const search = new URLSearchParams(query < 0 ? '' : pathAndQuery.slice(query + 1));
	const { locale } = requestLocale(search, header('accept-language'));
	return [
		method,
		pathAndQuery,
		...originHeaders.map((h) => header(h) ?? ''),
		encoding,
		locale
	].join('\n');
}

/**
 * `config` is whatever else changes a page besides its URL and the build (the embed allow-list,
 * which /embed's data and frame-ancestors carry); `originHeaders` the lower-case names of the
 * request headers the site's origin comes from (see memoKey).
 */
export function createPageCaching(options: {
	buildId: string;
	config: string;
	originHeaders: readonly string[];
}): PageCaching {
	// 500 pages of 4–16 kB: a few MB per process, at most 32
	const memo = new ResponseMemo({
		maxEntries: 500,
		maxBytes: 32 * 2 ** 20,
		maxAgeSeconds: PAGE_SHARED_MAX_AGE
	});

	const isRead = (event: RequestEvent) =>
		(event.request.method === 'GET' || event.request.method === 'HEAD') && !event.isDataRequest;

	/** The representation's ETag (its language included), and its Vary. */
	function etagFor(event: RequestEvent) {
		const headers = event.request.headers;
		const encoding = negotiateEncoding(headers.get('accept-encoding'));
		const language = requestLocale(event.url.searchParams, headers.get('accept-language'));
		const url = `${event.url.href}#${language.locale}`;
		const page = { buildId: options.buildId, config: options.config, url };
		return { encoding, etag: pageEtag(page, encoding), vary: pageVary(language.negotiated) };
	}

	function keyOf(event: RequestEvent, encoding: Encoding) {
		const { pathname, search } = event.url;
		const header = (name: string) => event.request.headers.get(name);
		return memoKey(
			event.request.method,
			pathname + search,
			header,
			options.originHeaders,
			encoding
		);
	}

	/**
	 * Only pages get our ETags, so a match means this URL was a 200 page of this build. The 304
	 * carries the validators and caching headers only (RFC 9110 §15.4.5): no CSP, which a cache
	 * would merge into its stored copy.
	 */
	function notModified(event: RequestEvent, etag: string, vary: string): Response | null {
		const ifNoneMatch = event.request.headers.get('if-none-match');
		if (!ifNoneMatch || !ifNoneMatchMatches(ifNoneMatch, etag)) return null;
		return new Response(null, {
			status: 304,
			headers: { etag, vary, 'cache-control': PAGE_CACHE_CONTROL }
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
		const { encoding, etag, vary } = etagFor(event);
		response.headers.set('etag', etag);
		response.headers.set('vary', vary);
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
			const { encoding, etag, vary } = etagFor(event);
			const unchanged = notModified(event, etag, vary);
			if (unchanged) return unchanged;
			const kept = memo.get(keyOf(event, encoding));
			return kept ? new Response(kept.body, { status: kept.status, headers: kept.headers }) : null;
		},

		keptAnswer(request) {
			if (request.method !== 'GET' || !request.url) return null;
			const header = (name: string) => {
				const value = request.headers[name];
				return Array.isArray(value) ? value.join(', ') : value;
			};
			const encoding = negotiateEncoding(header('accept-encoding'));
			const key = memoKey('GET', request.url, header, options.originHeaders, encoding);
			const kept = memo.get(key);
			if (!kept) return null;
			const headers = Object.fromEntries(kept.headers);
			const etag = headers['etag'];
			const ifNoneMatch = header('if-none-match');
			if (etag && ifNoneMatch && ifNoneMatchMatches(ifNoneMatch, etag))
				return { status: 304, headers: pick(headers, NOT_MODIFIED_HEADERS), body: null };
			return { status: kept.status, headers, body: kept.body };
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
			const encoding = negotiateEncoding(event.request.headers.get('accept-encoding'));
			memo.set(keyOf(event, encoding), { status: 200, headers, body }, lifetime);
			return new Response(body, { status: 200, headers });
		}
	};
}
