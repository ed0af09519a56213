/**
 * `node server.js` under a crowd: pages are cacheable, revalidatable and compressed; errors are
 * never stored; /healthz; one process per core (WEB_CONCURRENCY); a graceful shutdown that
 * finishes a response in flight, then exits, within SHUTDOWN_TIMEOUT.
 */
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { PORT } from '../../playwright.config';
import { freePort } from './node-server';
import { BROWSER_ACCEPT_ENCODING, decodedBody, rawGet } from './raw-http';

const buildRoot = process.env.FRONTIER_BUILD_DIR
	? resolve(process.env.FRONTIER_BUILD_DIR, 'build')
	: resolve('build');

const PAGE_CACHE_CONTROL = 'public, max-age=60, s-maxage=300, stale-while-revalidate=3600';

test.describe('pages from node server.js', () => {
	test('are cacheable, compressed, and answer 304 to their ETag', async () => {
		for (const path of ['/', '/embed?select=kharbmaydon', '/report', '/about', '/data']) {
			const br = await rawGet(PORT, path, BROWSER_ACCEPT_ENCODING);
			expect(br.status, path).toBe(200);
			expect(br.headers['cache-control'], path).toBe(PAGE_CACHE_CONTROL);
			// no lang= in these URLs: the browser's languages choose the page's (src/lib/i18n)
			expect(br.headers.vary, path).toBe('Accept-Encoding, Accept-Language');
			expect(br.headers['content-encoding'], path).toBe('br');
			expect(br.headers.etag, path).toMatch(/^"[\w-]+-br"$/);
			const plain = await rawGet(PORT, path);
			expect(plain.headers['content-encoding'], path).toBeUndefined();
			expect(decodedBody(br), path).toBe(plain.body.toString('utf8'));
			expect(br.body.length, path).toBeLessThan(plain.body.length / 2);
			const gzip = await rawGet(PORT, path, { 'accept-encoding': 'gzip' });
			expect(gzip.headers['content-encoding'], path).toBe('gzip');
			expect(decodedBody(gzip), path).toBe(plain.body.toString('utf8'));

			const again = await rawGet(PORT, path, {
				...BROWSER_ACCEPT_ENCODING,
				'if-none-match': String(br.headers.etag)
			});
			expect(again.status, path).toBe(304);
			expect(again.body.length, path).toBe(0);
			expect(again.headers['cache-control'], path).toBe(PAGE_CACHE_CONTROL);
		}
	});

	test('keep their security headers per route', async () => {
		const home = await rawGet(PORT, '/', BROWSER_ACCEPT_ENCODING);
		expect(home.headers['content-security-policy']).toMatch(/frame-ancestors 'none'$/);
		expect(home.headers['x-frame-options']).toBe('DENY');
		const embed = await rawGet(PORT, '/embed', BROWSER_ACCEPT_ENCODING);
		expect(embed.headers['content-security-policy']).toMatch(/frame-ancestors \*$/);
		expect(embed.headers['x-frame-options']).toBeUndefined();
	});

	test('errors are never stored; oEmbed keeps its own lifetime', async () => {
		for (const path of [
			'/oembed?url=nope',
			'/oembed',
			'/no-such-page',
			'/oembed?url=x&format=xml'
		]) {
			const reply = await rawGet(PORT, path, BROWSER_ACCEPT_ENCODING);
			expect(reply.status, path).toBeGreaterThanOrEqual(400);
			expect(reply.headers['cache-control'], path).toBe('no-store');
			expect(reply.headers.etag ?? '', path).not.toMatch(/-br"$/);
		}
		const ok = await rawGet(
			PORT,
			`/oembed?url=${encodeURIComponent(`http://127.0.0.1:${PORT}/embed`)}`
		);
		expect(ok.status).toBe(200);
		expect(ok.headers['cache-control']).toBe('public, max-age=86400');
	});

	test('hashed preview images are cached for good; a missing one is not', async () => {
		const missing = await rawGet(PORT, '/previews/kharbmaydon.0123456789ab.png');
		expect(missing.status).toBe(404);
		expect(missing.headers['cache-control'] ?? '').not.toContain('immutable');
		const dir = join(buildRoot, 'client/previews');
		const hashed = existsSync(dir)
			? readdirSync(dir).filter((f) => /^[\w-]+\.[\w-]{6,}\.png$/.test(f))
			: [];
		test.skip(hashed.length === 0, 'this build has no preview images yet (npm run previews)');
		const image = await rawGet(PORT, `/previews/${hashed[0]}`);
		expect(image.status).toBe(200);
		expect(image.headers['cache-control']).toBe('public, max-age=31536000, immutable');
	});

	test('/healthz answers 200, tiny and never cached', async () => {
		const reply = await rawGet(PORT, '/healthz');
		expect(reply.status).toBe(200);
		expect(reply.body.toString()).toBe('ok\n');
		expect(reply.headers['cache-control']).toBe('no-store');
	});
});

/** The largest build file (MapLibre, over 1 MB): a response a paused reader keeps in flight. */
function largestChunk(): string {
	const dir = join(buildRoot, 'client/_app/immutable/chunks');
	const [file] = readdirSync(dir)
		.filter((f) => f.endsWith('.js'))
		.sort((a, b) => statSync(join(dir, b)).size - statSync(join(dir, a)).size);
	return `/_app/immutable/chunks/${file}`;
}

interface Started {
	child: ChildProcess;
	port: number;
	exited: Promise<number | null>;
}

async function startServer(env: Record<string, string>): Promise<Started> {
	const port = await freePort();
	const child = spawn(process.execPath, ['server.js'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env },
		stdio: 'ignore'
	});
	const exited = new Promise<number | null>((ok) => child.once('exit', (code) => ok(code)));
	const deadline = Date.now() + 30_000;
	for (;;) {
		const up = await rawGet(port, '/healthz').then(
			(r) => r.status === 200,
			() => false
		);
		if (up) return { child, port, exited };
		if (Date.now() > deadline || child.exitCode !== null)
			throw new Error('server.js did not start');
		await new Promise((r) => setTimeout(r, 200));
	}
}

/** The pids whose parent is `pid` (Linux). */
function childrenOf(pid: number): number[] {
	return readdirSync('/proc')
		.filter((name) => /^\d+$/.test(name))
		.filter((name) => {
			try {
				const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
				return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
			} catch {
				return false;
			}
		})
		.map(Number);
}

test.describe('node server.js processes', () => {
	test.skip(process.platform !== 'linux', 'counts processes with /proc');
	// each test starts its own cluster, slow on two shared cores
	test.setTimeout(120_000);

	test('WEB_CONCURRENCY sets the number of server processes; 1 means no cluster', async () => {
		const two = await startServer({ WEB_CONCURRENCY: '2' });
		try {
			expect(childrenOf(two.child.pid!)).toHaveLength(2);
			expect((await rawGet(two.port, '/', BROWSER_ACCEPT_ENCODING)).status).toBe(200);
		} finally {
			two.child.kill('SIGTERM');
			expect(await two.exited).toBe(0);
		}
		const one = await startServer({ WEB_CONCURRENCY: '1' });
		try {
			expect(childrenOf(one.child.pid!)).toHaveLength(0);
			expect((await rawGet(one.port, '/', BROWSER_ACCEPT_ENCODING)).status).toBe(200);
		} finally {
			one.child.kill('SIGTERM');
			expect(await one.exited).toBe(0);
		}
	});

	test('SIGTERM finishes the requests in flight, refuses new connections, then exits 0', async () => {
		const server = await startServer({ WEB_CONCURRENCY: '2', SHUTDOWN_TIMEOUT: '20' });
		// a crowd of different pages (each rendered), all sent before the signal
		const paths = Array.from({ length: 40 }, (_, i) => `/embed?select=kharbmaydon&n=${i}`);
		let signalled = false;
		let afterSignal = 0;
		const replies = paths.map((path) =>
			rawGet(server.port, path, BROWSER_ACCEPT_ENCODING).then((reply) => {
				if (signalled && reply.status === 200 && decodedBody(reply).includes('</html>'))
					afterSignal++;
				if (!signalled) {
					signalled = true;
					server.child.kill('SIGTERM');
				}
				return reply;
			})
		);
		const done = await Promise.allSettled(replies);
		// Requests the server had taken are answered in full. A connection still waiting in the
		// listen queue when it closes is refused (on a loaded machine, a few are): a client
		// retries those, as it would after a keep-alive close.
		for (const d of done) if (d.status === 'fulfilled') expect(d.value.status).toBe(200);
		expect(afterSignal).toBeGreaterThanOrEqual(30);
		expect(await server.exited).toBe(0);
		await expect(rawGet(server.port, '/healthz')).rejects.toThrow();
	});

	test('after SHUTDOWN_TIMEOUT a reader that never finishes is cut off', async () => {
		const server = await startServer({ WEB_CONCURRENCY: '2', SHUTDOWN_TIMEOUT: '1' });
		const started = Date.now();
		await new Promise<void>((ok) => {
			const req = request(
				{ host: '127.0.0.1', port: server.port, path: largestChunk(), agent: false },
				(res) => {
					res.on('error', () => {});
					res.once('data', () => {
						res.pause();
						server.child.kill('SIGTERM');
						ok();
					});
				}
			);
			req.on('error', () => {});
			req.end();
		});
		expect(await server.exited).toBe(0);
		expect(Date.now() - started).toBeLessThan(5_000);
	});
});
