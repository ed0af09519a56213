import { describe, expect, it } from 'vitest';
import {
	cacheControlFor,
	ifNoneMatchMatches,
	isCacheablePage,
	negotiateEncoding,
	NO_STORE,
	PAGE_CACHE_CONTROL,
	pageVary,
	pageEtag
} from './page-cache';

/** The directives of a Cache-Control value, as name → value (true when it has none). */
function directives(value: string): Map<string, string | true> {
	return new Map(
		value.split(',').map((d) => {
			const [name = '', arg] = d.trim().split('=');
			return [name, arg ?? true];
		})
	);
}

describe('the page policy', () => {
	const d = directives(PAGE_CACHE_CONTROL);

	it('lets browsers keep a page briefly and shared caches longer, then serve it stale while revalidating', () => {
		expect(d.get('public')).toBe(true);
		const maxAge = Number(d.get('max-age'));
		const sMaxAge = Number(d.get('s-maxage'));
		expect(maxAge).toBeGreaterThan(0);
		expect(maxAge).toBeLessThanOrEqual(300);
		expect(sMaxAge).toBeGreaterThan(maxAge);
		expect(Number(d.get('stale-while-revalidate'))).toBeGreaterThan(0);
		expect(d.has('immutable')).toBe(false);
	});

	it('varies on Accept-Encoding, and on Accept-Language only when it chose the language', () => {
		expect(pageVary(false)).toBe('Accept-Encoding');
		expect(pageVary(true)).toBe('Accept-Encoding, Accept-Language');
	});
});

describe('cacheControlFor', () => {
	const page = { method: 'GET', status: 200, contentType: 'text/html', cacheControl: null };

	it('gives 200 HTML pages the page policy, for GET and HEAD', () => {
		expect(cacheControlFor(page)).toBe(PAGE_CACHE_CONTROL);
		expect(cacheControlFor({ ...page, method: 'HEAD' })).toBe(PAGE_CACHE_CONTROL);
		expect(cacheControlFor({ ...page, contentType: 'text/html; charset=utf-8' })).toBe(
			PAGE_CACHE_CONTROL
		);
	});

	it('never stores errors, even when the route chose a lifetime (an /oembed 404, a 404 page, a 500)', () => {
		for (const status of [400, 404, 500, 501, 503]) {
			expect(cacheControlFor({ ...page, status })).toBe(NO_STORE);
			expect(cacheControlFor({ ...page, status, contentType: 'text/plain' })).toBe(NO_STORE);
			expect(cacheControlFor({ ...page, status, cacheControl: 'public, max-age=86400' })).toBe(
				NO_STORE
			);
		}
	});

	it("keeps a route's own choice (oEmbed's day) and leaves other responses alone", () => {
		const json = {
			...page,
			contentType: 'application/json',
			cacheControl: 'public, max-age=86400'
		};
		expect(cacheControlFor(json)).toBeNull();
		expect(cacheControlFor({ ...page, cacheControl: 'no-store' })).toBeNull();
		expect(cacheControlFor({ ...page, contentType: 'application/json' })).toBeNull();
		expect(cacheControlFor({ ...page, method: 'POST' })).toBeNull();
		expect(cacheControlFor({ ...page, status: 308 })).toBeNull();
	});

	it('counts only GET/HEAD 200 HTML as a cacheable page', () => {
		expect(isCacheablePage(page)).toBe(true);
		expect(isCacheablePage({ ...page, status: 304 })).toBe(false);
		expect(isCacheablePage({ ...page, contentType: null })).toBe(false);
	});
});

describe('negotiateEncoding', () => {
	it.each([
		['gzip, deflate, br', 'br'],
		['gzip, deflate, br, zstd', 'br'],
		['br', 'br'],
		['gzip', 'gzip'],
		['GZIP', 'gzip'],
		['deflate', 'identity'],
		['', 'identity'],
		[null, 'identity'],
		['identity', 'identity'],
		['br;q=0, gzip', 'gzip'],
		['br;q=0.5, gzip;q=0.8', 'gzip'],
		['br;q=0.8, gzip;q=0.8', 'br'],
		['gzip;q=0, br;q=0', 'identity'],
		['*', 'br'],
		['*;q=0', 'identity'],
		['gzip, *;q=0', 'gzip'],
		['br;q=junk, gzip', 'gzip']
	])('%s → %s', (header, expected) => {
		expect(negotiateEncoding(header)).toBe(expected);
	});
});

describe('pageEtag', () => {
	const page = {
		buildId: '1764420000000',
		config: '',
		url: 'http://localhost:3000/embed?select=kharbmaydon'
	};

	it('is a strong validator, stable for the same build, configuration, URL and encoding', () => {
		const tag = pageEtag(page, 'br');
		expect(tag).toMatch(/^"[\w-]+-br"$/);
		expect(pageEtag({ ...page }, 'br')).toBe(tag);
	});

	it('changes with the build, the configuration, the URL (origin and query included) and the encoding', () => {
		const tag = pageEtag(page, 'br');
		const others = [
			pageEtag({ ...page, buildId: '1764420000001' }, 'br'),
			pageEtag({ ...page, config: 'https://news.example' }, 'br'),
			pageEtag({ ...page, url: 'https://map.example/embed?select=kharbmaydon' }, 'br'),
			pageEtag({ ...page, url: 'http://localhost:3000/embed?select=fakhrabad' }, 'br'),
			pageEtag(page, 'gzip'),
			pageEtag(page, 'identity')
		];
		expect(new Set([tag, ...others]).size).toBe(others.length + 1);
	});
});

describe('ifNoneMatchMatches', () => {
	const tag = '"abc-br"';
	it.each([
		['"abc-br"', true],
		['W/"abc-br"', true],
		['"x", "abc-br"', true],
		['*', true],
		['"abc-gzip"', false],
		['"abc"', false],
		['', false],
		[null, false]
	])('%s → %s', (header, expected) => {
		expect(ifNoneMatchMatches(header, tag)).toBe(expected);
	});
});
