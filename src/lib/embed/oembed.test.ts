import { describe, expect, it } from 'vitest';
import { OEMBED_CACHE_AGE, oembedDiscoveryHref, oembedResponse, type OEmbedResult } from './oembed';

const origin = 'https://frontier.example';
const names = new Map([['gbao', 'Gorno-Badakhshan (GBAO)']]);
const ctx = { origin, featureNames: (id: string) => names.get(id) };
const ask = (params: Record<string, string>) => oembedResponse(new URLSearchParams(params), ctx);
const mapUrl = `${origin}/?view=7/38.5/71&select=gbao&units=mi`;
const ok = (r: OEmbedResult) => {
	if (r.status !== 200) throw new Error(`${r.status} ${r.message}`);
	return r.body;
};

describe('oembedResponse', () => {
	it('answers json (the default) with a rich response', () => {
		const body = ok(ask({ url: mapUrl }));
		expect(body).toMatchObject({
			type: 'rich',
			version: '1.0',
			provider_name: 'Frontier Map',
			provider_url: `${origin}/`,
			width: 800,
			height: 500,
			cache_age: OEMBED_CACHE_AGE,
			title: 'Frontier Map — Gorno-Badakhshan (GBAO)'
		});
		expect(body.html).toMatch(/^<iframe [^>]*><\/iframe>$/);
		expect(body.html).toContain(
			`src="${origin}/embed?view=7/38.5/71&amp;select=gbao&amp;units=mi"`
		);
		expect(body.html).toContain('loading="lazy"');
		expect(body.html).toContain('allowfullscreen');
		expect(body.html).toContain('title="Frontier Map — Gorno-Badakhshan (GBAO)"');
		expect(JSON.parse(JSON.stringify(body))).toEqual(body);
		expect(ok(ask({ url: mapUrl, format: 'json' }))).toEqual(body);
		expect(ok(ask({ url: mapUrl, format: 'JSON' }))).toEqual(body);
	});
	it('answers in the link’s language: the title, and lang= on to the iframe', () => {
		const named = {
			origin,
			featureNames: (id: string, locale: string) =>
				id === 'gbao' ? (locale === 'ru' ? 'Горно-Бадахшанская АО' : 'GBAO') : undefined
		};
		const ru = (url: string) => oembedResponse(new URLSearchParams({ url }), named);
		const body = ok(ru(`${origin}/embed?select=gbao&lang=ru`));
		expect(body.title).toBe('Frontier Map — Горно-Бадахшанская АО');
		expect(body.html).toContain(`src="${origin}/embed?select=gbao&amp;lang=ru"`);
		expect(ok(ru(`${origin}/?lang=RU`)).title).toBe(
			'Frontier Map: безопасность границ Таджикистана'
		);
		expect(ok(ru(`${origin}/?lang=ru`)).html).toContain(`src="${origin}/embed?lang=ru"`);
		// no lang=: English, and the iframe leaves the language to its reader's browser
		const plain = ok(ru(`${origin}/?select=gbao`));
		expect(plain.title).toBe('Frontier Map — GBAO');
		expect(plain.html).not.toContain('lang=');
	});

	it('accepts /embed urls and urls without a query', () => {
		expect(ask({ url: `${origin}/embed?layers=gbao&controls=` }).status).toBe(200);
		expect(ok(ask({ url: `${origin}/` })).html).toContain(`src="${origin}/embed"`);
		expect(ask({ url: origin }).status).toBe(200);
	});
	it('xml and any other format → 501', () => {
		expect(ask({ url: mapUrl, format: 'xml' }).status).toBe(501);
		expect(ask({ url: mapUrl, format: 'yaml' }).status).toBe(501);
		expect(ask({ url: 'https://evil.example/', format: 'xml' }).status).toBe(501);
	});
	it.each([
		'https://evil.example/?view=1/2/3',
		'http://frontier.example:8443/',
		'ftp://frontier.example/',
		'https://frontier.example:8443/',
		'https://frontier.example.evil.example/',
		'https://frontier.example/report',
		'https://frontier.example/data/borders.geojson',
		'https://frontier.example/embed/builder',
		'https://user:pw@frontier.example/',
		'/embed?view=1/2/3',
		'javascript:alert(1)',
		'not a url'
	])('a url that is not one of our maps → 404: %s', (url) => {
		expect(ask({ url }).status).toBe(404);
	});
	it('accepts our host over the other scheme, answering with our own origin', () => {
		// e.g. a reader's https link while a TLS proxy reaches the server over http
		expect(ok(ask({ url: 'http://frontier.example/?select=gbao' })).html).toContain(
			`src="${origin}/embed?select=gbao"`
		);
		const local = 'http://localhost:3000';
		const fromLocal = oembedResponse(new URLSearchParams({ url: `${local}/?select=kharbmaydon` }), {
			origin: local
		});
		expect(ok(fromLocal).html).toContain(`src="${local}/embed?select=kharbmaydon"`);
		expect(ok(fromLocal).provider_url).toBe(`${local}/`);
	});
	it('a missing url → 400', () => {
		expect(ask({}).status).toBe(400);
		expect(ask({ url: ' ' }).status).toBe(400);
	});
	it('respects maxwidth and maxheight, keeping the aspect ratio', () => {
		expect(ok(ask({ url: mapUrl, maxwidth: '400' }))).toMatchObject({ width: 400, height: 250 });
		expect(ok(ask({ url: mapUrl, maxheight: '100' }))).toMatchObject({ width: 160, height: 100 });
		expect(ok(ask({ url: mapUrl, maxwidth: '400', maxheight: '100' }))).toMatchObject({
			width: 160,
			height: 100
		});
		expect(ok(ask({ url: mapUrl, maxwidth: '2000', maxheight: '2000' }))).toMatchObject({
			width: 800,
			height: 500
		});
		expect(ok(ask({ url: mapUrl, maxwidth: '1' }))).toMatchObject({ width: 1, height: 1 });
		const body = ok(ask({ url: mapUrl, maxwidth: '400' }));
		expect(body.html).toContain('width="400"');
		expect(body.html).toContain('height="250"');
		expect(ok(ask({ url: mapUrl, maxwidth: '' }))).toMatchObject({ width: 800 });
	});
	it.each(['0', '-5', '1.5', 'abc', '1e3', '99999999', 'Infinity'])(
		'a bad maxwidth/maxheight → 400: %j',
		(v) => {
			expect(ask({ url: mapUrl, maxwidth: v }).status).toBe(400);
			expect(ask({ url: mapUrl, maxheight: v }).status).toBe(400);
		}
	);
	it('passes on only the clean state: poisoned parameters never reach the html', () => {
		const url = `${origin}/?select=%22%3E%3Cscript%3E&view=%3Cimg%3E&onload=alert(1)&layers=gbao`;
		const body = ok(ask({ url }));
		expect(body.html).toContain(`src="${origin}/embed?layers=gbao"`);
		expect(body.html).not.toMatch(/script|img|onload/);
		expect(body.title).toBe('Frontier Map: border security in Tajikistan');
	});
	it('answers a 100 KB url quickly (404)', () => {
		expect(ask({ url: `${origin}/?view=${'1'.repeat(100_000)}` }).status).toBe(404);
	});
	it('rejects a bad ctx.origin, naming it', () => {
		expect(() => oembedResponse(new URLSearchParams(), { origin: 'nope' })).toThrow(/ctx.origin/);
	});

	it('gives the view’s link preview image as the thumbnail: the selection’s, else the default', () => {
		const previews = {
			generated: 'test',
			images: {
				default: { file: 'default.0123abcd.png', alt: 'Map' },
				gbao: { file: 'gbao.89abcdef.png', alt: 'Map of GBAO' }
			}
		};
		const withPreviews = (url: string) =>
			ok(oembedResponse(new URLSearchParams({ url }), { ...ctx, previews }));
		expect(withPreviews(mapUrl)).toMatchObject({
			thumbnail_url: `${origin}/previews/gbao.89abcdef.png`,
			thumbnail_width: 1200,
			thumbnail_height: 630
		});
		expect(withPreviews(`${origin}/embed?select=kharbmaydon`).thumbnail_url).toBe(
			`${origin}/previews/default.0123abcd.png`
		);
		expect(withPreviews(`${origin}/`).thumbnail_url).toBe(
			`${origin}/previews/default.0123abcd.png`
		);
		// without images, no thumbnail fields at all (oEmbed wants all three or none)
		expect(Object.keys(ok(ask({ url: mapUrl })))).not.toContain('thumbnail_url');
	});
});

describe('oembedDiscoveryHref', () => {
	it('points at /oembed with the page url encoded', () => {
		const href = oembedDiscoveryHref(`${origin}/`, mapUrl);
		expect(href).toBe(`${origin}/oembed?url=${encodeURIComponent(mapUrl)}&format=json`);
		const back = new URL(href);
		expect(back.searchParams.get('url')).toBe(mapUrl);
		expect(oembedResponse(back.searchParams, ctx).status).toBe(200);
	});
});
