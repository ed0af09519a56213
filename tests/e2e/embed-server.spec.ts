/**
 * The server side of embedding: the oEmbed provider's answers and errors, and the security
 * headers per route (only /embed may be framed; the CSP stays strict).
 */
import { expect, test } from './fixtures';

test.describe('oEmbed provider', () => {
	const oembed = (params: Record<string, string>) => `/oembed?${new URLSearchParams(params)}`;

	test('answers a link to the map with a rich JSON response holding the iframe', async ({
		request,
		baseURL
	}) => {
		const res = await request.get(
			oembed({ url: `${baseURL}/?select=gbao&theme=dark`, format: 'json' })
		);
		expect(res.status()).toBe(200);
		expect(res.headers()['content-type']).toMatch(/^application\/json/);
		const body = await res.json();
		expect(body).toMatchObject({
			type: 'rich',
			version: '1.0',
			provider_name: 'Frontier Map',
			provider_url: `${baseURL}/`,
			width: 800,
			height: 500
		});
		expect(body.title).toContain('GBAO');
		expect(body.html).toMatch(/^<iframe /);
		expect(body.html).toContain(`src="${baseURL}/embed?select=gbao&amp;theme=dark"`);
		expect(body.html).toContain('loading="lazy"');
		expect(body.html).toContain('title="Frontier Map — ');

		// an /embed link works too, and format may be left out
		const embed = await request.get(
			oembed({ url: `${baseURL}/embed?view=7/38.5/71&controls=zoom` })
		);
		expect(embed.status()).toBe(200);
		expect((await embed.json()).html).toContain('/embed?view=7/38.5/71&amp;controls=zoom');
	});

	test('respects maxwidth and maxheight, keeping the aspect ratio', async ({
		request,
		baseURL
	}) => {
		const url = `${baseURL}/`;
		const size = async (params: Record<string, string>) => {
			const body = await (await request.get(oembed({ url, ...params }))).json();
			expect(body.html).toContain(`width="${body.width}" height="${body.height}"`);
			return [body.width, body.height];
		};
		expect(await size({ maxwidth: '400' })).toEqual([400, 250]);
		expect(await size({ maxheight: '100' })).toEqual([160, 100]);
		expect(await size({ maxwidth: '600', maxheight: '300' })).toEqual([480, 300]);
		expect(await size({ maxwidth: '2000' })).toEqual([800, 500]);
	});

	test('errors as the spec says, with a short text body and never a 5xx', async ({
		request,
		baseURL
	}) => {
		const cases: [Record<string, string>, number][] = [
			[{ url: `${baseURL}/`, format: 'xml' }, 501],
			[{ url: 'https://example.com/?select=gbao' }, 404],
			[{ url: `${baseURL}/report` }, 404],
			[{ url: `${baseURL}/data/borders.geojson` }, 404],
			[{}, 400],
			[{ url: '' }, 400],
			[{ url: `${baseURL}/`, maxwidth: 'wide' }, 400],
			[{ url: `${baseURL}/`, maxheight: '-5' }, 400]
		];
		for (const [params, status] of cases) {
			const res = await request.get(oembed(params));
			expect(res.status(), JSON.stringify(params)).toBe(status);
			expect(res.headers()['content-type']).toMatch(/^text\/plain/);
			const text = (await res.text()).trim();
			expect(text.length).toBeGreaterThan(5);
			expect(text.length).toBeLessThan(120);
		}
		// hostile input: whatever it is, a client error or a map, never a server error
		for (const url of [
			'javascript:alert(1)',
			`${baseURL}/?select=<script>`,
			`${baseURL}/?view=${'9'.repeat(9000)}`,
			'%',
			`${baseURL}/embed?layers=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`
		]) {
			const res = await request.get(oembed({ url }));
			expect(res.status(), url.slice(0, 60)).toBeLessThan(500);
			if (res.status() === 200) expect((await res.json()).html).not.toMatch(/<img|<script/);
		}
		const raw = await request.get('/oembed?url=%E0%A4%A&maxwidth=%00');
		expect(raw.status()).toBeLessThan(500);
	});
});

test.describe('security headers per route', () => {
	const directive = (csp: string, name: string) =>
		csp
			.split(';')
			.map((d) => d.trim())
			.find((d) => d.startsWith(`${name} `)) ?? '';

	test('/embed may be framed by any site', async ({ request }) => {
		const res = await request.get('/embed');
		const h = res.headers();
		expect(directive(h['content-security-policy']!, 'frame-ancestors')).toBe('frame-ancestors *');
		expect(h['x-frame-options']).toBeUndefined();
		expect(h['x-content-type-options']).toBe('nosniff');
		expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
	});

	for (const path of ['/', '/report', '/embed/builder', '/embed/docs']) {
		test(`${path} may not be framed, and its CSP stays strict`, async ({ request }) => {
			const res = await request.get(path);
			expect(res.status()).toBe(200);
			const h = res.headers();
			const csp = h['content-security-policy']!;
			expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
			expect(h['x-frame-options']).toBe('DENY');
			expect(h['x-content-type-options']).toBe('nosniff');
			expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
			expect(directive(csp, 'script-src')).not.toContain('unsafe-inline');
			expect(directive(csp, 'script-src')).not.toContain('unsafe-eval');
			// MapLibre's worker (our origin) and its blobs; the builder's same-origin previews
			expect(directive(csp, 'worker-src')).toContain("'self'");
			expect(directive(csp, 'worker-src')).toContain('blob:');
			expect(directive(csp, 'frame-src')).toBe("frame-src 'self'");
		});
	}

	test('the CSP of /embed is as strict as the others', async ({ request }) => {
		const csp = (await request.get('/embed?select=gbao')).headers()['content-security-policy']!;
		expect(directive(csp, 'script-src')).not.toContain('unsafe-inline');
		expect(directive(csp, 'default-src')).toBe("default-src 'self'");
		expect(directive(csp, 'connect-src')).toBe("connect-src 'self'");
	});
});
