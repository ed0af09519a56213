/**
 * The shipped nginx set-up (deploy/nginx/, run by ./nginx-proxy.ts) in front of `node server.js`:
 * a second request is a cache hit that never reaches Node, revalidations get 304s, pages come
 * compressed per Accept-Encoding, build files come precompressed from disk, the security headers
 * per route arrive as the app sent them, and absolute links name the proxy's address. A counting
 * pass-through between nginx and the app sees every request that reaches Node.
 * Skips only when nginx is not installed (Debian package `nginx`; CI installs it).
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import { checkSiteConfig, findNginx, startNginxProxy, type NginxProxy } from './nginx-proxy';
import { freePort, startNodeServer, type NodeServer } from './node-server';
import {
	BROWSER_ACCEPT_ENCODING as BROWSER_AE,
	decodedBody as decoded,
	rawGet as get,
	type RawReply as Reply
} from './raw-http';

const nginx = findNginx();
test.skip(!nginx, 'nginx is not installed here (Debian package `nginx`): the proxy tests need it');
test.describe.configure({ mode: 'serial' });

const buildRoot = process.env.FRONTIER_BUILD_DIR
	? resolve(process.env.FRONTIER_BUILD_DIR, 'build')
	: resolve('build');

let app: NodeServer;
let proxy: NginxProxy;
let counter: Server;
/** Every request that reached Node: path and the headers nginx sent. */
const reached: { url: string; headers: IncomingHttpHeaders }[] = [];
let appPort: number;
const hits = (url: string) => reached.filter((r) => r.url === url).length;

test.beforeAll(async () => {
	test.setTimeout(60_000);
	appPort = await freePort();
	const env = { ...process.env };
	delete env.ORIGIN;
	app = await startNodeServer({
		script: 'server.js',
		port: appPort,
		env,
		// one process, and the protocol from the proxy: the README's set-up behind nginx
		extraEnv: { WEB_CONCURRENCY: '1', PROTOCOL_HEADER: 'x-forwarded-proto' },
		isUp: async () => (await get(appPort, '/healthz')).status === 200,
		name: 'the app behind nginx',
		timeoutMs: 30_000
	});
	// nginx → counter → app: the counter records and forwards, bytes untouched
	const counterPort = await freePort();
	counter = createServer((req, res) => {
		reached.push({ url: req.url ?? '', headers: req.headers });
		const upstream = request(
			{ host: '127.0.0.1', port: appPort, path: req.url, method: req.method, headers: req.headers },
			(up) => {
				res.writeHead(up.statusCode ?? 502, up.rawHeaders);
				up.pipe(res);
			}
		);
		upstream.on('error', () => res.destroy());
		req.pipe(upstream);
	});
	await new Promise<void>((ok) => counter.listen(counterPort, '127.0.0.1', ok));
	proxy = await startNginxProxy({
		nginx: nginx!,
		port: await freePort(),
		appPort: counterPort,
		clientDir: join(buildRoot, 'client')
	});
});

test.afterAll(async () => {
	await proxy?.stop();
	counter?.close();
	app?.stop();
});

test('a second request for a page is a cache hit that never reaches Node', async () => {
	const first = await get(proxy.port, '/', BROWSER_AE);
	expect(first.status).toBe(200);
	expect(first.headers['x-cache-status']).toBe('MISS');
	expect(hits('/')).toBe(1);
	// another spelling of the same choice of encoding shares the cached copy
	const second = await get(proxy.port, '/', { 'accept-encoding': 'br, gzip' });
	expect(second.headers['x-cache-status']).toBe('HIT');
	expect(hits('/')).toBe(1);
	expect(second.headers['content-encoding']).toBe('br');
	expect(second.headers.etag).toBe(first.headers.etag);
	expect(decoded(second)).toBe(decoded(first));
	expect(decoded(second)).toContain('Frontier Map');
});

test('pages come compressed as the client accepts, one cached copy per encoding', async () => {
	const path = '/embed?select=kharbmaydon';
	const br = await get(proxy.port, path, { 'accept-encoding': 'br' });
	const gzip = await get(proxy.port, path, { 'accept-encoding': 'gzip' });
	const plain = await get(proxy.port, path, {});
	expect([br, gzip, plain].map((r) => r.headers['content-encoding'])).toEqual([
		'br',
		'gzip',
		undefined
	]);
	expect(br.body.length).toBeLessThan(plain.body.length / 2);
	expect(decoded(br)).toBe(plain.body.toString('utf8'));
	expect(decoded(gzip)).toBe(plain.body.toString('utf8'));
	expect(new Set([br, gzip, plain].map((r) => r.headers.etag)).size).toBe(3);
	expect(hits(path)).toBe(3);
	// what nginx asked the app for: the reduced header, never the client's own spelling
	expect(reached.filter((r) => r.url === path).map((r) => r.headers['accept-encoding'])).toEqual([
		'br',
		'gzip',
		undefined
	]);
	const again = await get(proxy.port, path, { 'accept-encoding': 'gzip;q=1, br;q=0' });
	expect(again.headers['x-cache-status']).toBe('HIT');
	expect(again.headers['content-encoding']).toBe('gzip');
	expect(hits(path)).toBe(3);
});

test('one cached copy per language: lang= in the URL, else the browser’s Accept-Language', async () => {
	const path = '/data';
	const ru = await get(proxy.port, path, { ...BROWSER_AE, 'accept-language': 'ru-RU,ru;q=0.9' });
	const en = await get(proxy.port, path, { ...BROWSER_AE, 'accept-language': 'en-GB,en;q=0.9' });
	expect(decoded(ru)).toContain('<html lang="ru"');
	expect(decoded(en)).toContain('<html lang="en"');
	expect(en.headers['x-cache-status']).toBe('MISS');
	expect(hits(path)).toBe(2);
	const ruAgain = await get(proxy.port, path, {
		...BROWSER_AE,
		'accept-language': 'ru-RU,ru;q=0.9'
	});
	expect(ruAgain.headers['x-cache-status']).toBe('HIT');
	expect(decoded(ruAgain)).toContain('<html lang="ru"');
	// with lang= the page no longer depends on the header: one copy for every browser
	const chosen = `${path}?lang=ru`;
	const first = await get(proxy.port, chosen, { ...BROWSER_AE, 'accept-language': 'en' });
	const second = await get(proxy.port, chosen, { ...BROWSER_AE, 'accept-language': 'de' });
	expect(first.headers.vary).toBe('Accept-Encoding');
	expect(second.headers['x-cache-status']).toBe('HIT');
	expect(decoded(second)).toContain('<html lang="ru"');
	expect(hits(chosen)).toBe(1);
});

test('revalidations get 304: from nginx for a cached page, from Node before rendering', async () => {
	const page = await get(proxy.port, '/report', BROWSER_AE);
	expect(page.status).toBe(200);
	const etag = String(page.headers.etag);
	expect(etag).toMatch(/^"[\w-]+-br"$/);
	expect(page.headers['cache-control']).toBe(
		'public, max-age=60, s-maxage=300, stale-while-revalidate=3600'
	);
	// no lang= in the URL: the browser's languages choose the page's (src/lib/i18n)
	expect(page.headers.vary).toBe('Accept-Encoding, Accept-Language');
	const viaProxy = await get(proxy.port, '/report', { ...BROWSER_AE, 'if-none-match': etag });
	expect(viaProxy.status).toBe(304);
	expect(viaProxy.body.length).toBe(0);
	expect(hits('/report')).toBe(1);
	// what nginx sends when its copy has expired (proxy_cache_revalidate): Node answers 304
	const asNginx = { host: `127.0.0.1:${proxy.port}`, 'x-forwarded-proto': 'http' };
	const direct = await get(appPort, '/report', {
		...asNginx,
		'accept-encoding': 'br',
		'if-none-match': etag
	});
	expect(direct.status).toBe(304);
	expect(direct.headers.etag).toBe(etag);
	expect(direct.headers['content-security-policy']).toBeUndefined();
	// a copy in another encoding, or of the page at another origin, is another representation
	const other = await get(appPort, '/report', {
		...asNginx,
		'accept-encoding': 'gzip',
		'if-none-match': etag
	});
	expect(other.status).toBe(200);
	const elsewhere = await get(appPort, '/report', {
		'accept-encoding': 'br',
		'if-none-match': etag
	});
	expect(elsewhere.status).toBe(200);
});

test('security headers per route arrive exactly as the app sends them', async () => {
	const names = [
		'content-security-policy',
		'x-frame-options',
		'x-content-type-options',
		'referrer-policy',
		'permissions-policy'
	];
	const pick = (r: Reply) => Object.fromEntries(names.map((n) => [n, r.headers[n]]));
	for (const path of ['/about', '/embed', '/embed/builder']) {
		// the same request as nginx makes (pages with absolute links hash them into the CSP)
		const direct = await get(appPort, path, {
			...BROWSER_AE,
			host: `127.0.0.1:${proxy.port}`,
			'x-forwarded-proto': 'http'
		});
		const missed = await get(proxy.port, path, BROWSER_AE);
		const hit = await get(proxy.port, path, BROWSER_AE);
		expect(hit.headers['x-cache-status'], path).toBe('HIT');
		expect(pick(missed), path).toEqual(pick(direct));
		expect(pick(hit), path).toEqual(pick(direct));
	}
	const embed = await get(proxy.port, '/embed', BROWSER_AE);
	expect(embed.headers['content-security-policy']).toMatch(/frame-ancestors \*$/);
	expect(embed.headers['x-frame-options']).toBeUndefined();
	const about = await get(proxy.port, '/about', BROWSER_AE);
	expect(about.headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-/);
	expect(about.headers['content-security-policy']).toMatch(/frame-ancestors 'none'$/);
	expect(about.headers['x-frame-options']).toBe('DENY');
});

test("absolute links name the proxy's address, from the headers nginx sets", async () => {
	const origin = `http://127.0.0.1:${proxy.port}`;
	const page = decoded(await get(proxy.port, '/embed?select=fakhrabad', BROWSER_AE));
	expect(page).toContain(`<link rel="canonical" href="${origin}/?select=fakhrabad"`);
	const forwarded = reached.find((r) => r.url === '/embed?select=fakhrabad')!.headers;
	expect(forwarded['x-forwarded-proto']).toBe('http');
	expect(forwarded['x-forwarded-host']).toBe(`127.0.0.1:${proxy.port}`);
	expect(forwarded['x-forwarded-for']).toBe('127.0.0.1');
	// a client's own X-Forwarded-Proto does not get through
	const spoofed = decoded(
		await get(proxy.port, '/embed?select=kharbmaydon&spoof', {
			...BROWSER_AE,
			'x-forwarded-proto': 'https'
		})
	);
	expect(spoofed).toContain(`href="${origin}/?select=kharbmaydon`);
	const embedUrl = encodeURIComponent(`${origin}/embed?select=kharbmaydon`);
	const oembed = await get(proxy.port, `/oembed?url=${embedUrl}`);
	expect(oembed.status).toBe(200);
	expect(JSON.parse(oembed.body.toString('utf8')).html).toContain(`src="${origin}/embed?`);
	expect((await get(proxy.port, `/oembed?url=${embedUrl}`)).headers['x-cache-status']).toBe('HIT');
});

test('errors, /healthz and data requests are never served from the cache', async () => {
	for (const path of ['/oembed?url=nope', '/no-such-page', '/healthz']) {
		const first = await get(proxy.port, path, BROWSER_AE);
		const second = await get(proxy.port, path, BROWSER_AE);
		expect(second.headers['cache-control'], path).toBe('no-store');
		expect(second.headers['x-cache-status'], path).not.toBe('HIT');
		expect(first.status, path).toBe(second.status);
		expect(hits(path), path).toBe(2);
	}
});

test('data files are cached per their headers; build files come precompressed from disk', async () => {
	const data = '/data/borders.geojson';
	await get(proxy.port, data, BROWSER_AE);
	const cached = await get(proxy.port, data, BROWSER_AE);
	expect(cached.headers['x-cache-status']).toBe('HIT');
	expect(cached.headers['content-encoding']).toBe('br');
	expect(cached.headers['cache-control']).toBe(
		'public, max-age=3600, stale-while-revalidate=86400'
	);
	expect(hits(data)).toBe(1);
	expect(JSON.parse(decoded(cached)).type).toBe('FeatureCollection');

	const html = decoded(await get(proxy.port, '/', BROWSER_AE));
	const script = /\/_app\/immutable\/entry\/app\.[\w-]+\.js/.exec(html)?.[0];
	expect(script).toBeTruthy();
	const js = await get(proxy.port, script!, BROWSER_AE);
	expect(js.status).toBe(200);
	expect(js.headers['content-encoding']).toBe('gzip');
	expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
	expect(js.headers['x-cache-status']).toBeUndefined();
	expect(hits(script!)).toBe(0);
});

test('the whole shipped set-up, the TLS site included, passes nginx -t', () => {
	test.skip(spawnSync('openssl', ['version']).status !== 0, 'needs openssl for a test certificate');
	expect(checkSiteConfig(nginx!)).toBeNull();
});
