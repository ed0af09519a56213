/**
 * Load test of the BUILT server (adapter-node): starts `node build/index.js` on a free loopback
 * port, runs autocannon against the map page, the embed page and the largest data file, prints
 * requests/s, latency percentiles, non-2xx responses and errors per target, checks the server
 * still answers correctly, stops it and writes bench/load-results.json.
 *
 * Run: `npm run build`, then `npx tsx bench/load.ts` (it builds nothing). Not a test: it prints
 * numbers, and its figures depend on the machine. Each target is bounded in time AND count
 * (DURATION_S seconds or MAX_REQUESTS requests, whichever comes first).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import autocannon from 'autocannon';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** `BENCH_SERVER=path/to/index.js` serves another copy of the build. */
const SERVER = resolve(ROOT, process.env.BENCH_SERVER ?? 'build/index.js');
const OUT = resolve(ROOT, 'bench/load-results.json');
const HOST = '127.0.0.1';

const CONNECTIONS = 20;
const DURATION_S = 10;
const MAX_REQUESTS = 20_000;

interface Target {
	name: string;
	path: string;
	headers: Record<string, string>;
}

const TARGETS: Target[] = [
	{ name: 'map page', path: '/', headers: { 'accept-encoding': 'gzip, br' } },
	{ name: 'embed page', path: '/embed', headers: { 'accept-encoding': 'gzip, br' } },
	{ name: 'borders.geojson', path: '/data/borders.geojson', headers: { 'accept-encoding': 'gzip' } }
];

interface Probe {
	status: number;
	contentType: string | null;
	contentEncoding: string | null;
	cacheControl: string | null;
	bytes: number;
}

interface TargetResult extends Probe {
	name: string;
	path: string;
	requests: number;
	seconds: number;
	requestsPerSecond: number;
	latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
	throughputMBps: number;
	non2xx: number;
	errors: number;
	timeouts: number;
	statusCodes: Record<string, number>;
}

/** A free TCP port on the loopback interface. */
function freePort(): Promise<number> {
	return new Promise((ok, fail) => {
		const srv = createServer();
		srv.once('error', fail);
		srv.listen(0, HOST, () => {
			const addr = srv.address();
			const port = typeof addr === 'object' && addr ? addr.port : 0;
			srv.close(() => ok(port));
		});
	});
}

async function waitUntilUp(base: string, child: ChildProcess, timeoutMs = 20_000): Promise<void> {
	const until = Date.now() + timeoutMs;
	while (Date.now() < until) {
		if (child.exitCode !== null) throw new Error(`server exited early (code ${child.exitCode})`);
		try {
			const res = await fetch(`${base}/`);
			if (res.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`server did not answer on ${base} within ${timeoutMs} ms`);
}

/** One request to see what the target returns (fetch would decompress: use raw bytes). */
async function probe(base: string, t: Target): Promise<Probe> {
	const res = await fetch(`${base}${t.path}`, { headers: t.headers, redirect: 'manual' });
	const body = Buffer.from(await res.arrayBuffer());
	return {
		status: res.status,
		contentType: res.headers.get('content-type'),
		contentEncoding: res.headers.get('content-encoding'),
		cacheControl: res.headers.get('cache-control'),
		bytes: Number(res.headers.get('content-length') ?? body.length)
	};
}

async function run(base: string, t: Target): Promise<TargetResult> {
	const first = await probe(base, t);
	const r = await autocannon({
		url: `${base}${t.path}`,
		connections: CONNECTIONS,
		duration: DURATION_S,
		maxOverallRequests: MAX_REQUESTS,
		headers: t.headers,
		timeout: 10
	});
	const statusCodes = Object.fromEntries(
		Object.entries(r.statusCodeStats).map(([code, s]) => [code, s.count])
	);
	return {
		name: t.name,
		path: t.path,
		...first,
		requests: r.requests.total,
		seconds: r.duration,
		requestsPerSecond: Math.round(r.requests.total / r.duration),
		latencyMs: {
			p50: r.latency.p50,
			p90: r.latency.p90,
			p99: r.latency.p99,
			max: r.latency.max,
			mean: Math.round(r.latency.mean * 100) / 100
		},
		throughputMBps: Math.round((r.throughput.mean / 1e6) * 100) / 100,
		non2xx: r.non2xx,
		errors: r.errors,
		timeouts: r.timeouts,
		statusCodes
	};
}

/** After the load: the map page renders and the data file is intact. */
async function healthCheck(base: string, child: ChildProcess) {
	const home = await fetch(`${base}/`);
	const homeHtml = await home.text();
	const data = await fetch(`${base}/data/borders.geojson`, {
		headers: { 'accept-encoding': 'identity' }
	});
	const raw = Buffer.from(await data.arrayBuffer());
	const text = data.headers.get('content-encoding') === 'gzip' ? gunzipSync(raw) : raw;
	const hasAfBorder = ((): boolean => {
		try {
			const fc = JSON.parse(text.toString('utf8')) as { features: { id: string }[] };
			return fc.features.some((f) => f.id === 'tj-af-border');
		} catch {
			return false;
		}
	})();
	return {
		serverAlive: child.exitCode === null,
		homeStatus: home.status,
		homeIsMapPage: homeHtml.includes('Frontier Map'),
		dataStatus: data.status,
		dataHasTjAfBorder: hasAfBorder
	};
}

function stop(child: ChildProcess): Promise<void> {
	return new Promise((ok) => {
		if (child.exitCode !== null) return ok();
		const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
		child.once('exit', () => {
			clearTimeout(force);
			ok();
		});
		child.kill('SIGTERM');
	});
}

function printTable(results: TargetResult[]): void {
	const rows = results.map((r) => ({
		target: `${r.name} (${r.path})`,
		'req/s': r.requestsPerSecond,
		requests: r.requests,
		'p50 ms': r.latencyMs.p50,
		'p99 ms': r.latencyMs.p99,
		'max ms': r.latencyMs.max,
		'MB/s': r.throughputMBps,
		'non-2xx': r.non2xx,
		errors: r.errors + r.timeouts,
		encoding: r.contentEncoding ?? 'none',
		'KB/resp': Math.round(r.bytes / 102.4) / 10
	}));
	console.table(rows);
}

async function main(): Promise<void> {
	if (!existsSync(SERVER)) {
		console.error(`No ${SERVER}: run \`npm run build\` first (this script builds nothing).`);
		process.exit(1);
	}
	const port = await freePort();
	const base = `http://${HOST}:${port}`;
	const child = spawn(process.execPath, [SERVER], {
		cwd: ROOT,
		env: { ...process.env, PORT: String(port), HOST, ORIGIN: base },
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr?.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4000)));
	try {
		await waitUntilUp(base, child);
		console.log(
			`server ${base} · ${CONNECTIONS} connections · ${DURATION_S} s or ${MAX_REQUESTS} requests per target`
		);
		const results: TargetResult[] = [];
		for (const t of TARGETS) {
			process.stdout.write(`${t.name} (${t.path}) … `);
			const r = await run(base, t);
			results.push(r);
			console.log(`${r.requestsPerSecond} req/s, p99 ${r.latencyMs.p99} ms`);
		}
		printTable(results);
		const health = await healthCheck(base, child);
		console.log('after the load:', health);
		const report = {
			note: 'Written by bench/load.ts; figures depend on the machine (loopback, server and load generator share it).',
			date: new Date().toISOString(),
			node: process.version,
			machine: {
				cpus: cpus().length,
				cpuModel: cpus()[0]?.model ?? null,
				memoryGB: Math.round(totalmem() / 2 ** 30)
			},
			config: { connections: CONNECTIONS, durationSeconds: DURATION_S, maxRequests: MAX_REQUESTS },
			targets: results,
			health,
			serverStderr: stderr.trim() || null
		};
		writeFileSync(OUT, `${JSON.stringify(report, null, '\t')}\n`);
		console.log(`wrote ${OUT}`);
		const ok =
			health.serverAlive &&
			health.homeStatus === 200 &&
			health.homeIsMapPage &&
			health.dataStatus === 200 &&
			health.dataHasTjAfBorder;
		if (!ok) process.exitCode = 1;
	} finally {
		await stop(child);
	}
}

main().catch((err: unknown) => {
	console.error(err);
	process.exit(1);
});
