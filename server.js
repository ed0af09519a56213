/**
 * The production server (`npm start`): adapter-node's request handler on a plain node:http server,
 * plus what adapter-node's static server (sirv) cannot be told to do for the map's data files: a
 * cache policy, and ETags that survive a deploy. Everything else (static files precompressed with
 * brotli and gzip, `/_app/immutable/*` cached for a year, server-rendered pages) is adapter-node's.
 *
 * Environment: PORT (3000) and HOST (0.0.0.0), or SOCKET_PATH; ORIGIN and adapter-node's other
 * variables are read by its handler; FRONTIER_BUILD_DIR serves `<dir>/build` instead of ./build.
 * `node build/index.js` (adapter-node's own entry) still works, without these two and without the
 * default origin below.
 *
 * The site's origin (in oEmbed answers, canonical and discovery links): ORIGIN when set; else the
 * request's Host header (or HOST_HEADER's) with the protocol from PROTOCOL_HEADER when that is
 * set, else the protocol the request really came over — plain http here. (adapter-node alone
 * assumes https without PROTOCOL_HEADER, so `npm start` advertised https://localhost:3000.)
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Without ORIGIN or PROTOCOL_HEADER, the handler is told the request's real protocol through a
 * header of our own, set on every request (a client's copy of it is overwritten). It must be in
 * the environment before the handler is imported: adapter-node reads it once, at import.
 */
const OWN_PROTOCOL_HEADER = 'x-frontier-request-protocol';
const followRequestProtocol = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (followRequestProtocol) process.env.PROTOCOL_HEADER = OWN_PROTOCOL_HEADER;

const buildDir = process.env.FRONTIER_BUILD_DIR
	? resolve(process.env.FRONTIER_BUILD_DIR, 'build')
	: join(dirname(fileURLToPath(import.meta.url)), 'build');
const { handler } = await import(pathToFileURL(join(buildDir, 'handler.js')).href);

/**
 * `/data/*` keeps its names across deploys (they are public download URLs, not content-hashed),
 * so it cannot be immutable: browsers and CDNs reuse a file for an hour, then revalidate it,
 * serving the cached copy meanwhile for up to a day.
 */
export const DATA_CACHE_CONTROL = 'public, max-age=3600, stale-while-revalidate=86400';

/**
 * Data file path → a weak ETag of its content. sirv's ETags are per file variant (.br, .gz, plain)
 * and per build time, so a revalidation after a deploy, or with another Accept-Encoding, was a full
 * download; this one is the same for every encoding of the same data and across deploys.
 */
const dataDir = join(buildDir, 'client', 'data');
const dataTags = new Map(
	readdirSync(dataDir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && !/\.(gz|br)$/.test(entry.name))
		.map((entry) => {
			const file = join(entry.parentPath, entry.name);
			const hash = createHash('sha256').update(readFileSync(file));
			const path = relative(dataDir, file).split(sep).join('/');
			return [`/data/${path}`, `W/"${hash.digest('base64url').slice(0, 27)}"`];
		})
);

/** True when an If-None-Match header names `etag` (weak comparison, as RFC 9110 asks). */
function matches(ifNoneMatch, etag) {
	const bare = (tag) => tag.trim().replace(/^W\//, '');
	return (ifNoneMatch ?? '')
		.split(',')
		.some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
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

const server = createServer((req, res) => {
	if (followRequestProtocol)
		req.headers[OWN_PROTOCOL_HEADER] = req.socket.encrypted ? 'https' : 'http';
	const etag = dataTags.get((req.url ?? '').split('?')[0]);
	const isRead = req.method === 'GET' || req.method === 'HEAD';
	if (etag && isRead && dataResponse(req, res, etag)) return;
	handler(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	});
});

const socketPath = process.env.SOCKET_PATH;
const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || '0.0.0.0';
const listening = () =>
	console.log(`Listening on ${socketPath ?? `http://${host}:${port}`} (${buildDir})`);
if (socketPath) server.listen(socketPath, listening);
else server.listen(port, host, listening);

/** Stop accepting connections, let requests in flight finish, then exit (like adapter-node's). */
function shutdown() {
	server.close(() => process.exit(0));
	server.closeIdleConnections();
	setTimeout(
		() => server.closeAllConnections(),
		Number(process.env.SHUTDOWN_TIMEOUT || 30) * 1000
	).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
