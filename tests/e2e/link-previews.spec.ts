/**
 * Link previews (issue 17): what a link-preview parser (unfurl.js, as messengers and CMSs do it)
 * reads from a shared link, and the picture it then fetches — a 1200×630 PNG — and the oEmbed
 * answer's thumbnail. Then the image URLs under `npm start` without ORIGIN and behind a proxy.
 * HTTP only, no browser.
 */
import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';
import { unfurl } from 'unfurl.js';
import { freePort, startNodeServer } from './node-server';

/** Width and height of a PNG, from its signature and IHDR chunk; throws for anything else. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	if (!bytes.subarray(0, 8).equals(signature)) throw new Error('not a PNG');
	if (bytes.subarray(12, 16).toString('latin1') !== 'IHDR') throw new Error('no IHDR first');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const PAGES = [
	{ path: '/?select=kharbmaydon', title: 'Kharbmaydon training ground', image: /kharbmaydon\./ },
	{
		path: '/embed?select=gbao',
		title: 'Gorno-Badakhshan Autonomous Region (GBAO)',
		image: /gbao\./
	},
	{
		path: '/',
		title: 'Frontier Map — Tajikistan’s borders in the 2022 CSTO/U.S. report',
		image: /default\./
	}
];

test.describe('link previews, as a parser reads them', () => {
	for (const p of PAGES) {
		test(`${p.path}: Open Graph and Twitter card of that view, with a 1200×630 PNG`, async ({
			baseURL,
			request
		}) => {
			const url = `${baseURL}${p.path}`;
			const meta = await unfurl(url, { oembed: false });
			const og = meta.open_graph;
			expect(og.title).toBe(p.title);
			expect(og.site_name).toBe('Frontier Map');
			expect(og.description ?? '').not.toBe('');
			// the canonical permalink: the full map with the view's state (from /embed too)
			expect(og.url).toBe(`${baseURL}/${p.path.replace(/^\/(embed)?/, '')}`);
			expect(meta.twitter_card.card).toBe('summary_large_image');
			expect(og.images).toHaveLength(1);
			const image = og.images![0]!;
			expect(image.url).toMatch(new RegExp(`^${baseURL}/previews/`));
			expect(image.url).toMatch(p.image);
			expect(image).toMatchObject({ width: 1200, height: 630, type: 'image/png' });
			expect(image.alt ?? '').toMatch(/^Map of /);
			expect(meta.twitter_card.images?.[0]?.url).toBe(image.url);

			const res = await request.get(image.url);
			expect(res.status()).toBe(200);
			expect(res.headers()['content-type']).toBe('image/png');
			const bytes = await res.body();
			expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
			expect(bytes.length).toBeLessThanOrEqual(150_000);
		});
	}

	test('the selected feature’s summary is the description; a measurement gives its length', async ({
		baseURL
	}) => {
		const k = await unfurl(`${baseURL}/?select=kharbmaydon`, { oembed: false });
		expect(k.open_graph.description).toMatch(/^Tajik Ministry of Defence range in Khatlon/);
		const m = await unfurl(`${baseURL}/?measure=68.78,38.53;68.55,37.35`, { oembed: false });
		expect(m.open_graph.description).toMatch(
			/^Measured path of 2 points: 1\d\d km, geodesic on WGS84\.$/
		);
		expect(m.open_graph.images?.[0]?.alt).toMatch(/\(the measured path is not drawn\)$/);
		const r = await unfurl(`${baseURL}/report`, { oembed: false });
		expect(r.open_graph.title).toBe(
			'Tajikistan between CSTO and U.S. military support to defend its borders and domestic stability'
		);
		expect(r.open_graph.url).toBe(`${baseURL}/report`);
		expect(r.open_graph.images?.[0]?.url).toMatch(/\/previews\/default\.[0-9a-f]{8}\.png$/);
	});

	test('the oEmbed answer carries the same image as its thumbnail', async ({
		baseURL,
		request
	}) => {
		const page = await unfurl(`${baseURL}/embed?select=gbao`, { oembed: false });
		const oembed = await (
			await request.get(`/oembed?${new URLSearchParams({ url: `${baseURL}/embed?select=gbao` })}`)
		).json();
		expect(oembed).toMatchObject({
			thumbnail_url: page.open_graph.images![0]!.url,
			thumbnail_width: 1200,
			thumbnail_height: 630
		});
		const bytes = await (await request.get(oembed.thumbnail_url)).body();
		expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
		// and a parser that follows the page's oEmbed discovery link finds it too
		const withOembed = await unfurl(`${baseURL}/?select=kharbmaydon`);
		expect(withOembed.oEmbed?.thumbnails?.[0]).toEqual({
			url: expect.stringMatching(/\/previews\/kharbmaydon\.[0-9a-f]{8}\.png$/),
			width: 1200,
			height: 630
		});
	});
});

test.describe('image URLs follow the site’s origin', () => {
	test.describe.configure({ timeout: 90_000 });

	/** GET on 127.0.0.1:port with the given headers (Host included: fetch cannot set it). */
	function get(port: number, path: string, headers: Record<string, string>): Promise<string> {
		return new Promise((resolve, reject) => {
			const req = httpRequest(
				{ host: '127.0.0.1', port, path, headers: { connection: 'close', ...headers } },
				(res) => {
					const chunks: Buffer[] = [];
					res.on('data', (c: Buffer) => chunks.push(c));
					res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
				}
			);
			req.on('error', reject);
			req.setTimeout(15_000, () => req.destroy(new Error(`timeout on ${path}`)));
			req.end();
		});
	}
	const ogImage = (html: string) =>
		/<meta property="og:image" content="([^"]+)"/.exec(html)?.[1] ?? null;

	async function withServer(env: Record<string, string>, run: (port: number) => Promise<void>) {
		const port = await freePort();
		const base: NodeJS.ProcessEnv = { ...process.env };
		for (const n of ['ORIGIN', 'PROTOCOL_HEADER', 'HOST_HEADER', 'PORT_HEADER']) delete base[n];
		const server = await startNodeServer({
			script: 'server.js',
			port,
			env: base,
			extraEnv: env,
			isUp: async () => (await get(port, '/embed', {})).length > 0,
			name: 'server.js',
			timeoutMs: 30_000
		});
		try {
			await run(port);
		} finally {
			server.stop();
		}
	}

	test('npm start without ORIGIN: the host the request reached, over http', async () => {
		await withServer({}, async (port) => {
			const html = await get(port, '/?select=gbao', { host: `localhost:${port}` });
			expect(ogImage(html)).toMatch(new RegExp(`^http://localhost:${port}/previews/gbao\\.`));
		});
	});

	test('behind a proxy that says how the site was reached', async () => {
		await withServer(
			{ PROTOCOL_HEADER: 'x-forwarded-proto', HOST_HEADER: 'x-forwarded-host' },
			async (port) => {
				const html = await get(port, '/embed?select=gbao', {
					host: `127.0.0.1:${port}`,
					'x-forwarded-proto': 'https',
					'x-forwarded-host': 'map.example'
				});
				expect(ogImage(html)).toMatch(/^https:\/\/map\.example\/previews\/gbao\.[0-9a-f]{8}\.png$/);
				expect(html).toContain(
					'<meta property="og:url" content="https://map.example/?select=gbao"'
				);
			}
		);
	});
});
