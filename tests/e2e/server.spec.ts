/**
 * Hardening of the built server (adapter-node), over HTTP only — no browser: malformed and
 * hostile URLs get a 4xx or the harmless map page, never a 5xx or a file from outside the
 * served folders; unknown routes get the friendly 404 page; the security headers are set;
 * and the server still answers correctly afterwards.
 *
 * Traversal attempts go through a raw `node:http` request as well, because URL parsers
 * (Playwright's included) normalise `..` and `%2e%2e` away before anything is sent.
 */
import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';

interface RawResponse {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: string;
}

/** GET with the request target sent exactly as written (no normalisation). */
function rawGet(baseURL: string, target: string): Promise<RawResponse> {
	const { hostname, port } = new URL(baseURL);
	return new Promise((resolve, reject) => {
		const req = httpRequest(
			{ host: hostname, port, path: target, method: 'GET', headers: { connection: 'close' } },
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () =>
					resolve({
						status: res.statusCode ?? 0,
						headers: res.headers,
						body: Buffer.concat(chunks).toString('utf8')
					})
				);
			}
		);
		req.on('error', reject);
		req.setTimeout(15_000, () => req.destroy(new Error(`timeout on ${target}`)));
		req.end();
	});
}

/** Text that would only appear if a file outside the served folders leaked. */
const LEAK_MARKERS = [
	'"devDependencies"',
	'"name": "frontier-map"',
	'root:x:0:0',
	'export const manifest',
	'from "SERVER"',
	'import { Server }'
];

function expectNoLeak(body: string, what: string): void {
	for (const marker of LEAK_MARKERS) expect(body, `${what} leaks ${marker}`).not.toContain(marker);
}

/** A stack trace in a response would look like "    at fn (file.js:1:2)". */
function expectNoStack(body: string, what: string): void {
	expect(body, `${what} shows a stack trace`).not.toMatch(/\n\s+at [^\n]+:\d+:\d+\)?/);
	expect(body, `${what} shows a file path`).not.toContain('/build/server/');
}

/** 4xx, or a 200 that is one of our own HTML pages; never a 5xx. */
function expectSafe(res: RawResponse, what: string): void {
	expect(res.status, `${what}: status`).toBeLessThan(500);
	expect(res.status, `${what}: status`).toBeGreaterThanOrEqual(200);
	if (res.status === 200) {
		expect(String(res.headers['content-type']), `${what}: 200 must be our HTML page`).toContain(
			'text/html'
		);
		expect(res.body).toContain('Frontier Map');
	}
	expectNoLeak(res.body, what);
	expectNoStack(res.body, what);
}

test.describe('malformed URLs', () => {
	const targets = [
		'/%',
		'/%E0%A4%A',
		'/%E0%A4%A/report',
		'/about/%',
		'/data/%',
		'/?view=%',
		'/?view=<script>alert(1)</script>',
		'/?view=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
		'/?select=../../etc/passwd',
		'/?select=%2e%2e%2f%2e%2e%2fetc%2fpasswd',
		'/?layers=%00%01&theme=%ff',
		'/?measure=1e999,1e999;NaN,NaN',
		`/?view=${'9'.repeat(4000)}`,
		'/embed?view=<img%20src=x%20onerror=alert(1)>'
	];
	for (const target of targets) {
		test(`GET ${target.slice(0, 60)} is handled safely`, async ({ baseURL }) => {
			const res = await rawGet(baseURL!, target);
			expectSafe(res, target);
			// whatever the page shows of the input, it never becomes markup
			expect(res.body).not.toContain('<script>alert(1)</script>');
			expect(res.body).not.toContain('<img src=x onerror=alert(1)>');
		});
	}

	test('a 64 KB query string gets a 4xx or the map, never a 5xx', async ({ baseURL, request }) => {
		// Node answers 431 and closes the socket, possibly before the client has sent the whole
		// request line: a reset connection is the server refusing it too.
		const refusedOrSafe = async (target: string, what: string) => {
			const res = await rawGet(baseURL!, target).catch((err: NodeJS.ErrnoException) => {
				if (err.code === 'ECONNRESET' || err.code === 'EPIPE') return null;
				throw err;
			});
			if (res) expectSafe(res, what);
			expect((await request.get('/')).status(), `the server answers after ${what}`).toBe(200);
		};
		await refusedOrSafe(`/?view=${'a'.repeat(64 * 1024)}`, 'a 64 KB query');
		await refusedOrSafe(
			`/?${Array.from({ length: 6000 }, (_, i) => `k${i}=v`).join('&')}`,
			'6,000 query parameters'
		);
	});

	test('the map page quotes hostile parameters as text in its notices', async ({ request }) => {
		const res = await request.get('/?view=<script>alert(1)</script>&select=../../etc/passwd');
		expect(res.status()).toBe(200);
		const html = await res.text();
		expect(html).not.toContain('<script>alert(1)</script>');
		expect(html).not.toContain('root:x:0:0');
	});
});

test.describe('path traversal under /data', () => {
	const targets = [
		'/data/../package.json',
		'/data/../../package.json',
		'/data/%2e%2e/%2e%2e/package.json',
		'/data/%2E%2E/%2E%2E/package.json',
		'/data/..%2f..%2fpackage.json',
		'/data/..%2F..%2F..%2Fpackage.json',
		'/data/%2e%2e%2f%2e%2e%2fpackage.json',
		'/data/%252e%252e/%252e%252e/package.json',
		'/data/..%5c..%5cpackage.json',
		'/data/%5c..%5c..%5cpackage.json',
		'/data/..\\..\\package.json',
		'/data/....//....//package.json',
		'/data/..%00/package.json',
		'/data/borders.geojson%00.html',
		'/data/..%2f..%2fserver%2findex.js',
		'/data/..%2f..%2findex.js',
		'/data/..%2f..%2f..%2f..%2fetc%2fpasswd',
		'/_app/..%2f..%2fpackage.json',
		'/..%2fpackage.json',
		'/%2e%2e/%2e%2e/package.json',
		'//etc/passwd',
		'/data//../../package.json'
	];
	for (const target of targets) {
		test(`GET ${target} never serves a file from outside the served folders`, async ({
			baseURL
		}) => {
			const res = await rawGet(baseURL!, target);
			expectSafe(res, target);
		});
	}

	test('the same attempts through Playwright’s request client (normalised URLs)', async ({
		request
	}) => {
		for (const target of ['/data/../package.json', '/data/%2e%2e/%2e%2e/package.json']) {
			const res = await request.get(target);
			expect(res.status(), target).toBeLessThan(500);
			expectNoLeak(await res.text(), target);
		}
	});
});

test.describe('unknown routes', () => {
	for (const target of [
		'/no-such-page',
		'/data/no-such-file.geojson',
		'/report/extra',
		'/about/x/y'
	]) {
		test(`${target} is a friendly 404 that links home`, async ({ request }) => {
			const res = await request.get(target);
			expect(res.status()).toBe(404);
			expect(res.headers()['content-type']).toContain('text/html');
			const html = await res.text();
			expect(html).toContain('Page not found');
			expect(html).toMatch(/<a[^>]+href="\/"[^>]*>Back to the map<\/a>/);
			expectNoStack(html, target);
		});
	}

	test('a bad request gets the same friendly page, not a stack trace', async ({ baseURL }) => {
		const res = await rawGet(baseURL!, '/%E0%A4%A');
		expect(res.status).toBe(400);
		expect(res.body).toContain('Back to the map');
		expectNoStack(res.body, '/%E0%A4%A');
	});

	test('other methods are refused with a 4xx', async ({ request }) => {
		for (const method of ['POST', 'PUT', 'DELETE', 'PATCH'] as const) {
			const res = await request.fetch('/about', { method, data: 'x=1' });
			expect(res.status(), method).toBeGreaterThanOrEqual(400);
			expect(res.status(), method).toBeLessThan(500);
		}
	});
});

test.describe('/data and its files', () => {
	test('/data and /data/ both reach the index', async ({ request }) => {
		for (const target of ['/data', '/data/']) {
			const res = await request.get(target);
			expect(res.status(), target).toBe(200);
			const html = await res.text();
			expect(html).toContain('borders.geojson');
			expect(html).toContain('tj-af-border');
		}
	});

	test('/data/borders.geojson is served as GeoJSON with a validator for caching', async ({
		request
	}) => {
		const res = await request.get('/data/borders.geojson', {
			headers: { 'accept-encoding': 'gzip' }
		});
		expect(res.status()).toBe(200);
		expect(res.headers()['content-type']).toMatch(/^application\/(geo\+)?json/);
		// sirv sends no Cache-Control for these files; ETag/Last-Modified let browsers revalidate
		expect(res.headers()['etag'] ?? res.headers()['last-modified']).toBeTruthy();
		const etag = res.headers()['etag'];
		if (etag) {
			const again = await request.get('/data/borders.geojson', {
				headers: { 'if-none-match': etag }
			});
			expect(again.status()).toBe(304);
		}
	});

	test('a feature record (/data/features/<id>.json) is compressed, cached and revalidated like the layers', async ({
		request
	}) => {
		const res = await request.get('/data/features/kharbmaydon.json', {
			headers: { 'accept-encoding': 'br' }
		});
		expect(res.status()).toBe(200);
		expect(res.headers()['content-type']).toMatch(/^application\/json/);
		expect(res.headers()['content-encoding']).toBe('br');
		expect(res.headers()['cache-control']).toMatch(/max-age=3600/);
		const record = (await res.json()) as { entry: { id: string }; passages: unknown[] };
		expect(record.entry.id).toBe('kharbmaydon');
		expect(record.passages.length).toBeGreaterThan(0);
		const etag = res.headers()['etag'];
		expect(etag).toMatch(/^W\/"/);
		const again = await request.get('/data/features/kharbmaydon.json', {
			headers: { 'if-none-match': etag!, 'accept-encoding': 'gzip' }
		});
		expect(again.status()).toBe(304);
		expect((await request.get('/data/features/atlantis.json')).status()).toBe(404);
	});
});

test.describe('security headers', () => {
	for (const route of ['/', '/report', '/about', '/data']) {
		test(`${route} sends CSP, nosniff, a referrer policy and X-Frame-Options DENY`, async ({
			request
		}) => {
			const res = await request.get(route);
			expect(res.status()).toBe(200);
			const h = res.headers();
			const csp = h['content-security-policy'] ?? '';
			expect(csp, 'CSP').not.toBe('');
			const scriptSrc = csp
				.split(';')
				.map((d) => d.trim())
				.find((d) => d.startsWith('script-src'));
			expect(scriptSrc, 'script-src directive').toBeTruthy();
			expect(scriptSrc).not.toContain("'unsafe-inline'");
			expect(scriptSrc).not.toContain("'unsafe-eval'");
			expect(csp).toContain("frame-ancestors 'none'");
			expect(csp).toMatch(/object-src 'none'/);
			expect(h['x-content-type-options']).toBe('nosniff');
			expect(h['referrer-policy']).toBeTruthy();
			expect(h['x-frame-options']).toBe('DENY');
		});
	}
});

test('the server is still up and correct after all of the above', async ({ request }) => {
	const home = await request.get('/');
	expect(home.status()).toBe(200);
	const data = await request.get('/data/borders.geojson');
	expect(data.status()).toBe(200);
	const fc = (await data.json()) as { type: string; features: { id: string }[] };
	expect(fc.type).toBe('FeatureCollection');
	expect(fc.features.map((f) => f.id)).toContain('tj-af-border');
});

test('the server reads ?theme= with the page’s own codec: any case is dark at once', async ({
	request
}) => {
	for (const value of ['dark', 'DARK', ' Dark ']) {
		const html = await (await request.get(`/report?theme=${encodeURIComponent(value)}`)).text();
		expect(html, value).toContain('<html lang="en" data-theme="dark">');
	}
	const light = await (await request.get('/report?theme=blue')).text();
	expect(light).not.toContain('data-theme="dark"');
});
