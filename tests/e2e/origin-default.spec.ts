/**
 * The site's origin as `npm start` serves it (issue 13, item 1): without ORIGIN, absolute links
 * (oEmbed discovery, canonical, the oEmbed iframe `src`) follow the host and port the request
 * reached, over plain http; ORIGIN wins when set; behind a proxy, PROTOCOL_HEADER/HOST_HEADER.
 * Each case starts its own `node server.js` on a free port — over HTTP only, no browser.
 */
import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';
import { freePort, startNodeServer } from './node-server';

test.describe.configure({ timeout: 90_000 });

interface App {
	port: number;
	stop: () => void;
}

/** `node server.js` (what `npm start` runs) with exactly the origin variables given. */
async function startServer(env: Record<string, string>): Promise<App> {
	const port = await freePort();
	const base: NodeJS.ProcessEnv = { ...process.env };
	for (const name of ['ORIGIN', 'PROTOCOL_HEADER', 'HOST_HEADER', 'PORT_HEADER']) delete base[name];
	const server = await startNodeServer({
		script: 'server.js',
		port,
		env: base,
		extraEnv: env,
		isUp: async () => (await get(port, '/embed')).status === 200,
		name: 'server.js',
		timeoutMs: 30_000
	});
	return { port, stop: server.stop };
}

/** GET on 127.0.0.1:port with the given headers (Host included: fetch cannot set it). */
function get(
	port: number,
	path: string,
	headers: Record<string, string> = {}
): Promise<{ status: number; body: string }> {
	return new Promise((resolve, reject) => {
		const req = httpRequest(
			{ host: '127.0.0.1', port, path, headers: { connection: 'close', ...headers } },
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () =>
					resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') })
				);
			}
		);
		req.on('error', reject);
		req.setTimeout(15_000, () => req.destroy(new Error(`timeout on ${path}`)));
		req.end();
	});
}

const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"');

/** The href of the first `<link>` with that rel (and type), from server-rendered HTML. */
function linkHref(html: string, rel: string, type?: string): string | null {
	for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
		if (!tag.includes(`rel="${rel}"`)) continue;
		if (type && !tag.includes(`type="${type}"`)) continue;
		const href = /href="([^"]*)"/.exec(tag)?.[1];
		return href === undefined ? null : unescape(href);
	}
	return null;
}

const OEMBED = 'application/json+oembed';

/** The oEmbed answer for `url`, asked of the server as `host` would. */
async function oembed(port: number, url: string, headers: Record<string, string> = {}) {
	const res = await get(port, `/oembed?url=${encodeURIComponent(url)}&format=json`, headers);
	return { status: res.status, body: res.status === 200 ? JSON.parse(res.body) : res.body };
}

test('without ORIGIN, links follow the host and port the request reached, over http', async () => {
	const app = await startServer({});
	try {
		const own = `http://127.0.0.1:${app.port}`;

		// The discovery link on / and /embed, and /embed's canonical link.
		const home = await get(app.port, '/?select=kharbmaydon');
		expect(linkHref(home.body, 'alternate', OEMBED)).toBe(
			`${own}/oembed?url=${encodeURIComponent(`${own}/?select=kharbmaydon`)}&format=json`
		);
		const embed = await get(app.port, '/embed?select=kharbmaydon');
		expect(linkHref(embed.body, 'canonical')).toBe(`${own}/?select=kharbmaydon`);
		const discovery = linkHref(embed.body, 'alternate', OEMBED);
		expect(discovery).toBe(
			`${own}/oembed?url=${encodeURIComponent(`${own}/embed?select=kharbmaydon`)}&format=json`
		);

		// Following the discovery link (as a link-preview client does) gives an http iframe.
		const target = new URL(discovery!);
		const answer = await get(app.port, `${target.pathname}${target.search}`);
		expect(answer.status).toBe(200);
		const rich = JSON.parse(answer.body) as { html: string; provider_url: string };
		expect(rich.html).toContain(`src="${own}/embed?select=kharbmaydon"`);
		expect(rich.provider_url).toBe(`${own}/`);

		// The docs' own example, reached as localhost:PORT.
		const local = `http://localhost:${app.port}`;
		const asLocal = { host: `localhost:${app.port}` };
		const fromLocal = await oembed(app.port, `${local}/?select=kharbmaydon`, asLocal);
		expect(fromLocal.status).toBe(200);
		expect(fromLocal.body.html).toContain(`src="${local}/embed?select=kharbmaydon"`);
		const docs = await get(app.port, '/embed/docs', asLocal);
		expect(unescape(docs.body)).toContain(
			`${local}/oembed?url=${encodeURIComponent(`${local}/?select=kharbmaydon`)}`
		);
		// …and a map of another host is still not ours.
		expect((await oembed(app.port, 'http://evil.example/?select=kharbmaydon')).status).toBe(404);

		// A client cannot make the server claim https by sending our internal header.
		const spoofed = await get(app.port, '/embed', { 'x-frontier-request-protocol': 'https' });
		expect(linkHref(spoofed.body, 'canonical')).toBe(`${own}/`);
	} finally {
		app.stop();
	}
});

test('ORIGIN, when set, wins over the request', async () => {
	const app = await startServer({ ORIGIN: 'https://map.example' });
	try {
		const embed = await get(app.port, '/embed?select=gbao');
		expect(linkHref(embed.body, 'canonical')).toBe('https://map.example/?select=gbao');
		expect(linkHref(embed.body, 'alternate', OEMBED)).toMatch(
			/^https:\/\/map\.example\/oembed\?url=https%3A%2F%2Fmap\.example%2Fembed/
		);
		const answer = await oembed(app.port, 'https://map.example/?select=gbao');
		expect(answer.status).toBe(200);
		expect(answer.body.html).toContain('src="https://map.example/embed?select=gbao"');
		// The request's own address is not the site's.
		const local = await oembed(app.port, `http://127.0.0.1:${app.port}/?select=gbao`);
		expect(local.status).toBe(404);
	} finally {
		app.stop();
	}
});

test('behind a proxy, PROTOCOL_HEADER and HOST_HEADER name the site', async () => {
	const app = await startServer({
		PROTOCOL_HEADER: 'x-forwarded-proto',
		HOST_HEADER: 'x-forwarded-host'
	});
	try {
		const proxied = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'map.example' };
		const embed = await get(app.port, '/embed?select=gbao', proxied);
		expect(linkHref(embed.body, 'canonical')).toBe('https://map.example/?select=gbao');
		const answer = await oembed(app.port, 'https://map.example/?select=gbao', proxied);
		expect(answer.body.html).toContain('src="https://map.example/embed?select=gbao"');
	} finally {
		app.stop();
	}
});
