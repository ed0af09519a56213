/**
 * The production server (`npm start`): adapter-node's request handler on a plain node:http server,
 * plus what adapter-node's static server (sirv) cannot be told to do for the map's data files: a
 * cache policy, and ETags that survive a deploy. Everything else (static files precompressed with
 * brotli and gzip, `/_app/immutable/*` cached for a year, server-rendered pages) is adapter-node's.
 *
 * Under a crowd: one process per core (node:cluster; WEB_CONCURRENCY sets how many, 1 runs a
 * single process without a primary), a graceful shutdown on SIGTERM/SIGINT, GET /healthz, and
 * timeouts so a slow or idle client cannot hold sockets for long. Pages' caching headers and
 * compression are set in src/hooks.server.ts.
 *
 * Environment: PORT (3000) and HOST (0.0.0.0), or SOCKET_PATH; ORIGIN and adapter-node's other
 * variables are read by its handler; FRONTIER_BUILD_DIR serves `<dir>/build` instead of ./build;
 * WEB_CONCURRENCY (the number of cores); SHUTDOWN_TIMEOUT (30 s), KEEP_ALIVE_TIMEOUT (10 s),
 * HEADERS_TIMEOUT (10 s) and REQUEST_TIMEOUT (30 s), in seconds like adapter-node's.
 * `node build/index.js` (adapter-node's own entry) still works, without these and without the
 * default origin below.
 *
 * The site's origin (in oEmbed answers, canonical and discovery links): ORIGIN when set; else the
 * request's Host header (or HOST_HEADER's) with the protocol from PROTOCOL_HEADER when that is
 * set, else the protocol the request really came over — plain http here. (adapter-node alone
 * assumes https without PROTOCOL_HEADER, so `npm start` advertised https://localhost:3000.)
 */
import cluster from 'node:cluster';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Seconds from the environment (adapter-node's variable names), or the default. */
const seconds = (name, fallback) => Number(process.env[name] || fallback) * 1000;
const SHUTDOWN_TIMEOUT_MS = seconds('SHUTDOWN_TIMEOUT', 30);

/** WEB_CONCURRENCY processes (1 or less: a single one, no cluster); unset or not a number: one per core. */
const requested = Math.floor(Number(process.env.WEB_CONCURRENCY || NaN));
const concurrency = Number.isFinite(requested) ? Math.max(1, requested) : availableParallelism();
const socketPath = process.env.SOCKET_PATH;
const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || '0.0.0.0';
const address = socketPath ?? `http://${host}:${port}`;

/**
 * The primary only forks and watches: every worker listens on the same port (the primary hands
 * connections round-robin). A worker that dies is replaced, unless it died before it ever
 * listened (a broken build: stop instead of looping). SIGTERM/SIGINT go to every worker, which
 * finish their requests; after SHUTDOWN_TIMEOUT (+5 s) the stragglers are killed.
 */
function runPrimary(count) {
	let stopping = false;
	let listening = 0;
	for (let i = 0; i < count; i++) cluster.fork();
	cluster.on('listening', (worker) => {
		worker.listened = true;
		if (++listening === count)
			console.log(`Listening on ${address} (${count} processes, ${buildDir()})`);
	});
	cluster.on('exit', (worker, code, signal) => {
		if (stopping) {
			if (Object.keys(cluster.workers ?? {}).length === 0) process.exit();
			return;
		}
		if (!worker.listened) {
			console.error(`A server process failed to start (${signal ?? `exit ${code}`}); stopping.`);
			stop(1);
			return;
		}
		console.error(
			`Server process ${worker.process.pid} died (${signal ?? `exit ${code}`}); replacing it.`
		);
		cluster.fork();
	});
	function stop(exitCode = 0) {
		if (stopping) return;
		stopping = true;
		process.exitCode = exitCode;
		for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
		if (Object.keys(cluster.workers ?? {}).length === 0) process.exit();
		setTimeout(() => {
			for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGKILL');
			process.exit(1);
		}, SHUTDOWN_TIMEOUT_MS + 5000).unref();
	}
	process.on('SIGTERM', () => stop());
	process.on('SIGINT', () => stop());
}

function buildDir() {
	return process.env.FRONTIER_BUILD_DIR
		? resolve(process.env.FRONTIER_BUILD_DIR, 'build')
		: join(dirname(fileURLToPath(import.meta.url)), 'build');
}

/**
 * Without ORIGIN or PROTOCOL_HEADER, the handler is told the request's real protocol through a
 * header of our own, set on every request (a client's copy of it is overwritten). It must be in
 * the environment before the handler is imported: adapter-node reads it once, at import.
 */
const OWN_PROTOCOL_HEADER = 'x-frontier-request-protocol';

/**
 * `/data/*` keeps its names across deploys (they are public download URLs, not content-hashed),
 * so it cannot be immutable: browsers and CDNs reuse a file for an hour, then revalidate it,
 * serving the cached copy meanwhile for up to a day.
 */
export const DATA_CACHE_CONTROL = 'public, max-age=3600, stale-while-revalidate=86400';

/**
 * Link-preview images are named for their content (`/previews/<id>.<hash>.png`): a new picture is
 * a new URL, so a copy can be kept for good. Names without a hash get no such promise.
 */
export const PREVIEW_CACHE_CONTROL = 'public, max-age=31536000, immutable';
const HASHED_PREVIEW = /^\/previews\/[\w-]+\.[\w-]{6,}\.png$/;

/** True when an If-None-Match header names `etag` (weak comparison, as RFC 9110 asks). */
function matches(ifNoneMatch, etag) {
	const bare = (tag) => tag.trim().replace(/^W\//, '');
	return (ifNoneMatch ?? '')
		.split(',')
		.some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/**
 * Data file path → a weak ETag of its content. sirv's ETags are per file variant (.br, .gz, plain)
 * and per build time, so a revalidation after a deploy, or with another Accept-Encoding, was a full
 * download; this one is the same for every encoding of the same data and across deploys.
 */
function dataTagsOf(dataDir) {
	return new Map(
		readdirSync(dataDir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile() && !/\.(gz|br)$/.test(entry.name))
			.map((entry) => {
				const file = join(entry.parentPath, entry.name);
				const hash = createHash('sha256').update(readFileSync(file));
				const path = relative(dataDir, file).split(sep).join('/');
				return [`/data/${path}`, `W/"${hash.digest('base64url').slice(0, 27)}"`];
			})
	);
}

/** Cache headers for a data file; answers 304 itself, else lets sirv send the file with our ETag. */
function dataResponse(req, res, etag) {
	res.setHeader('cache-control', DATA_CACHE_CONTROL);
	res.setHeader('vary', 'Accept-Encoding');
	res.setHeader('etag', etag);
	if (matches(req.headers['if-none-match'], etag)) {
		res.writeHead(304).end();
		return true;
	}
	// sirv passes its own ETag to writeHead, which would win over setHeader: put ours in instead
	const writeHead = res.writeHead.bind(res);
	res.writeHead = (status, headers) => writeHead(status, headers && { ...headers, ETag: etag });
	return false;
}

/** A hashed preview image is immutable, once it is found (a 404 must not be kept for a year). */
function previewResponse(res) {
	const writeHead = res.writeHead.bind(res);
	res.writeHead = (status, ...rest) => {
		if (status === 200) res.setHeader('cache-control', PREVIEW_CACHE_CONTROL);
		return writeHead(status, ...rest);
	};
}

/** For load balancers and orchestrators: 200 while serving, 503 once shutting down. Never cached. */
function health(res, draining) {
	res.writeHead(draining ? 503 : 200, {
		'content-type': 'text/plain; charset=utf-8',
		'cache-control': 'no-store'
	});
	res.end(draining ? 'shutting down\n' : 'ok\n');
}

/** One server process: adapter-node's handler with the extras above. */
async function runWorker() {
	const followRequestProtocol = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
	if (followRequestProtocol) process.env.PROTOCOL_HEADER = OWN_PROTOCOL_HEADER;
	const dir = buildDir();
	const { handler } = await import(pathToFileURL(join(dir, 'handler.js')).href);
	const dataTags = dataTagsOf(join(dir, 'client', 'data'));
	/**
	 * The app's own memo of pages and oEmbed answers (src/lib/server/page-caching.ts, put here by
	 * src/hooks.server.ts when the handler loads): a GET it keeps is answered at once, without a
	 * trip through SvelteKit. That keeps a crowd's requests as cheap as a static file's; through
	 * the dearer path a saturated process left new connections waiting in the kernel's accept
	 * queue past the client's timeout (1,000 connections, `npm run bench:load`).
	 */
	const keptAnswer = globalThis[Symbol.for('frontier-map.kept-answer')];
	let draining = false;

	const server = createServer((req, res) => {
		if (draining) res.setHeader('connection', 'close');
		if (followRequestProtocol)
			req.headers[OWN_PROTOCOL_HEADER] = req.socket.encrypted ? 'https' : 'http';
		const kept = keptAnswer?.(req);
		if (kept) {
			res.writeHead(kept.status, kept.headers);
			return res.end(kept.body ?? undefined);
		}
		const path = (req.url ?? '').split('?')[0];
		const isRead = req.method === 'GET' || req.method === 'HEAD';
		if (path === '/healthz' && isRead) return health(res, draining);
		const etag = dataTags.get(path);
		if (etag && isRead && dataResponse(req, res, etag)) return;
		if (isRead && HASHED_PREVIEW.test(path)) previewResponse(res);
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
	// An idle keep-alive connection is closed after KEEP_ALIVE_TIMEOUT (a proxy in front must
	// close its idle upstream connections sooner: deploy/nginx says 5 s); a client that has not
	// sent its headers after HEADERS_TIMEOUT, or its whole request after REQUEST_TIMEOUT, gets a
	// 408; a socket with no traffic either way for two minutes is dropped.
	server.keepAliveTimeout = seconds('KEEP_ALIVE_TIMEOUT', 10);
	server.headersTimeout = seconds('HEADERS_TIMEOUT', 10);
	server.requestTimeout = seconds('REQUEST_TIMEOUT', 30);
	server.timeout = 120_000;

	const listening = () => {
		if (cluster.isPrimary) console.log(`Listening on ${address} (${dir})`);
	};
	if (socketPath) server.listen(socketPath, listening);
	else server.listen(port, host, listening);

	/** Stop accepting connections, let requests in flight finish, then exit (like adapter-node's). */
	function shutdown() {
		if (draining) return;
		draining = true;
		server.close(() => process.exit(0));
		// connections become idle as their last response ends: close them then, not after
		// KEEP_ALIVE_TIMEOUT (requests arriving now get `connection: close` above)
		server.closeIdleConnections();
		setInterval(() => server.closeIdleConnections(), 100).unref();
		setTimeout(() => server.closeAllConnections(), SHUTDOWN_TIMEOUT_MS).unref();
	}
	process.on('SIGTERM', shutdown);
	process.on('SIGINT', shutdown);
	// a worker whose primary is gone has no one to hand it connections or to stop it
	if (cluster.isWorker) process.on('disconnect', shutdown);
}

if (cluster.isPrimary && concurrency > 1) runPrimary(concurrency);
else await runWorker();
