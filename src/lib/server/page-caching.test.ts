import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { createPageCaching, memoKey, type RawRequest } from './page-caching';

const PAGE = '<!doctype html><html><body>' + 'Frontier Map '.repeat(200) + '</body></html>';

/** Just what page-caching reads of a SvelteKit event. */
function event(
	path: string,
	headers: Record<string, string>,
	origin = 'http://a.test'
): RequestEvent {
	const url = new URL(path, origin);
	return {
		url,
		request: new Request(url, { headers }),
		isDataRequest: false
	} as unknown as RequestEvent;
}

function html(body = PAGE) {
	return new Response(body, { status: 200, headers: { 'content-type': 'text/html' } });
}

function raw(url: string, headers: Record<string, string>, method = 'GET'): RawRequest {
	return { method, url, headers };
}

function caching() {
	return createPageCaching({ buildId: 'b1', config: '', originHeaders: ['host', 'x-proto'] });
}

describe('keptAnswer: the Node server answers a kept page without SvelteKit', () => {
	it('gives the rendered page back, with the same headers, for the same request', async () => {
		const pages = caching();
		const headers = { host: 'a.test', 'accept-encoding': 'br', 'x-proto': 'http' };
		const rendered = await pages.finish(event('/?select=gbao', headers), html());
		const kept = pages.keptAnswer(raw('/?select=gbao', headers));
		expect(kept?.status).toBe(200);
		expect(kept?.headers['content-encoding']).toBe('br');
		expect(kept?.headers['etag']).toBe(rendered.headers.get('etag'));
		expect(Buffer.from(kept!.body!)).toEqual(Buffer.from(await rendered.arrayBuffer()));
	});

	it('misses for another host, protocol, encoding, query, or a HEAD', async () => {
		const pages = caching();
		const headers = { host: 'a.test', 'accept-encoding': 'br', 'x-proto': 'http' };
		await pages.finish(event('/', headers), html());
		expect(pages.keptAnswer(raw('/', headers))).not.toBeNull();
		expect(pages.keptAnswer(raw('/', { ...headers, host: 'b.test' }))).toBeNull();
		expect(pages.keptAnswer(raw('/', { ...headers, 'x-proto': 'https' }))).toBeNull();
		expect(pages.keptAnswer(raw('/', { ...headers, 'accept-encoding': 'gzip' }))).toBeNull();
		expect(pages.keptAnswer(raw('/?theme=dark', headers))).toBeNull();
		expect(pages.keptAnswer(raw('/', headers, 'HEAD'))).toBeNull();
	});

	it('answers 304 with the validators only when If-None-Match names the kept ETag', async () => {
		const pages = caching();
		const headers = { host: 'a.test', 'accept-encoding': 'br' };
		const rendered = await pages.finish(event('/embed', headers), html());
		const etag = rendered.headers.get('etag')!;
		const answer = pages.keptAnswer(raw('/embed', { ...headers, 'if-none-match': etag }));
		expect(answer?.status).toBe(304);
		expect(answer?.body).toBeNull();
		expect(Object.keys(answer!.headers).sort()).toEqual(['cache-control', 'etag', 'vary']);
		const other = pages.keptAnswer(raw('/embed', { ...headers, 'if-none-match': '"other"' }));
		expect(other?.status).toBe(200);
	});

	it('keeps nothing a shared cache may not keep', async () => {
		const pages = caching();
		const headers = { host: 'a.test' };
		const noStore = new Response('{}', {
			headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }
		});
		await pages.finish(event('/oembed?url=x', headers), noStore);
		expect(pages.keptAnswer(raw('/oembed?url=x', headers))).toBeNull();
		const json = new Response('{}', {
			headers: { 'content-type': 'application/json', 'cache-control': 'public, max-age=86400' }
		});
		await pages.finish(event('/oembed?url=y', headers), json);
		expect(pages.keptAnswer(raw('/oembed?url=y', headers))?.status).toBe(200);
	});

	it('is also what answerEarly finds inside SvelteKit', async () => {
		const pages = caching();
		const headers = { host: 'a.test', 'accept-encoding': 'gzip' };
		await pages.finish(event('/report', headers), html());
		const early = pages.answerEarly(event('/report', headers));
		expect(early?.headers.get('content-encoding')).toBe('gzip');
	});
});

describe('memoKey', () => {
	it('reads absent origin headers as empty, so their absence is part of the key', () => {
		const header = (name: string) => ({ host: 'a.test' })[name];
		const key = memoKey('GET', '/', header, ['host', 'x-forwarded-proto'], 'br');
		expect(key).toBe('GET\n/\na.test\n\nbr\nen');
	});

	it('keys the page’s language: the URL’s lang=, else what Accept-Language chose', () => {
		const key = (url: string, languages?: string) =>
			memoKey(
				'GET',
				url,
				(name) => ({ host: 'a.test', 'accept-language': languages })[name],
				['host'],
				'br'
			);
		expect(key('/about', 'ru-RU,ru;q=0.9')).not.toBe(key('/about', 'en-GB'));
		expect(key('/about', 'ru-RU,ru;q=0.9')).toBe(key('/about', 'ru'));
		expect(key('/about?lang=en', 'ru')).toBe(key('/about?lang=en', 'en'));
		expect(key('/about?lang=ru').endsWith('\nru')).toBe(true);
	});
});
