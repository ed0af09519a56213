/**
 * Load test of the BUILT app as shipped: `node server.js` (one process per core) on a free
 * loopback port, and the shipped nginx set-up (deploy/nginx/, started by tests/e2e/nginx-proxy.ts)
 * in front of it. autocannon loads the map page, an embed, an oEmbed answer and a data file, each
 * at 200 and 1,000 connections, straight to Node and through the proxy, and prints requests/s,
 * latency percentiles, errors, timeouts and non-2xx responses per row, then checks the targets
 * (0 errors and 0 timeouts in every row; through the proxy, p99 under 50 ms at 200 connections)
 * and that the server still answers correctly. Writes bench/load-results.json.
 *
 * Run: `npm run build`, then `npm run bench:load` (it builds nothing; FRONTIER_BUILD_DIR serves
 * another build, as server.js does). Options: `--duration S` (10 per row), `--connections 200,1000`,
 * `--skip-proxy`. Without nginx (Debian package `nginx`) only the direct rows run. Not a test:
 * the figures depend on the machine, and here the load generator shares its cores with the server.
 *
 * autocannon is one Node thread: it parses responses at about 50 MB/s here, so for the 40 kB data
 * file it measures itself (against a bare Node server sending the same bytes from memory it gets
 * ~1,300 req/s and a p99 of ~200 ms at 200 connections; wrk gets ~21,000 req/s and 34 ms). When
 * wrk (Debian package `wrk`, a C client) is installed, every row is run again with it as a
 * cross-check, and the proxy target is reported for both clients. `--skip-wrk` skips that pass.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { findNginx, startNginxProxy, type NginxProxy } from '../tests/e2e/nginx-proxy';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUILD = process.env.FRONTIER_BUILD_DIR
	? resolve(process.env.FRONTIER_BUILD_DIR, 'build')
	: join(ROOT, 'build');
const OUT = resolve(ROOT, 'bench/load-results.json');
const HOST = '127.0.0.1';
/** What a browser sends: every row asks for compression, as readers do. */
const HEADERS = { 'accept-encoding': 'gzip, deflate, br' };
const PROXY_P99_TARGET_MS = 50;

const { values: args } = parseArgs({
	options: {
		duration: { type: 'string', default: '10' },
		connections: { type: 'string', default: '200,1000' },
		'skip-proxy': { type: 'boolean', default: false },
		'skip-wrk': { type: 'boolean', default: false }
	}
});
const DURATION_S = Number(args.duration);
const CONNECTIONS = args.connections.split(',').map(Number);

/** The paths, for a server reached at `origin` (oEmbed only answers for maps on its own host). */
function targets(origin: string) {
	const embed = '/embed?select=kharbmaydon';
	return [
		{ name: 'map page', path: '/' },
		{ name: 'embed', path: embed },
		{ name: 'oEmbed', path: `/oembed?url=${encodeURIComponent(origin + embed)}` },
		{ name: 'borders.geojson', path: '/data/borders.geojson' }
	];
}

interface Row {
	via: 'node' | 'proxy';
	name: string;
	path: string;
	connections: number;
	requests: number;
	seconds: number;
	requestsPerSecond: number;
	latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
	throughputMBps: number;
	errors: number;
	timeouts: number;
	non2xx: number;
	statusCodes: Record<string, number>;
	contentEncoding: string | null;
	cacheControl: string | null;
	bytes: number;
}

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

async function waitUntilUp(base: string, child: ChildProcess, timeoutMs = 30_000): Promise<void> {
	const until = Date.now() + timeoutMs;
	while (Date.now() < until) {
		if (child.exitCode !== null) throw new Error(`server exited early (code ${child.exitCode})`);
		const ok = await fetch(`${base}/healthz`).then(
			(r) => r.ok,
			() => false
		);
		if (ok) return;
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`server did not answer on ${base} within ${timeoutMs} ms`);
}

/** One request first (it also fills the proxy's cache), to record what the row serves. */
async function probe(base: string, path: string) {
	const res = await fetch(`${base}${path}`, { headers: HEADERS, redirect: 'manual' });
	const body = Buffer.from(await res.arrayBuffer());
	if (!res.ok) throw new Error(`${path}: ${res.status} before the load`);
	return {
		contentEncoding: res.headers.get('content-encoding'),
		cacheControl: res.headers.get('cache-control'),
		bytes: Number(res.headers.get('content-length') ?? body.length)
	};
}

async function runRow(
	via: Row['via'],
	base: string,
	t: { name: string; path: string },
	connections: number
): Promise<Row> {
	const first = await probe(base, t.path);
	// a discarded warm-up: every server process compiles and keeps the page before the row counts
	await autocannon({ url: `${base}${t.path}`, connections: 10, duration: 2, headers: HEADERS });
	const r = await autocannon({
		url: `${base}${t.path}`,
		connections,
		duration: DURATION_S,
		headers: HEADERS,
		timeout: 10
	});
	return {
		via,
		name: t.name,
		path: t.path,
		connections,
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
		errors: r.errors,
		timeouts: r.timeouts,
		non2xx: r.non2xx,
		statusCodes: Object.fromEntries(
			Object.entries(r.statusCodeStats).map(([code, s]) => [code, s.count])
		),
		...first
	};
}

interface WrkRow {
	via: Row['via'];
	name: string;
	connections: number;
	requestsPerSecond: number;
	p50Ms: number;
	p99Ms: number;
	socketErrors: number;
	non2xx: number;
}

const hasWrk = () => spawnSync('wrk', ['--version'], { encoding: 'utf8' }).error === undefined;

/** wrk's "6.37ms" / "812.00us" / "1.20s" in milliseconds. */
function wrkMs(text: string | undefined): number {
	const m = /^([\d.]+)(us|ms|s)$/.exec(text ?? '');
	if (!m) return NaN;
	const n = Number(m[1]);
	return m[2] === 'us' ? n / 1000 : m[2] === 's' ? n * 1000 : n;
}

/** The same row with wrk (one thread, the same connections, duration and Accept-Encoding). */
function runWrkRow(via: Row['via'], base: string, t: { name: string; path: string }, c: number) {
	const out = spawnSync(
		'wrk',
		[
			'-t1',
			`-c${c}`,
			`-d${DURATION_S}s`,
			'--latency',
			'-H',
			`accept-encoding: ${HEADERS['accept-encoding']}`,
			`${base}${t.path}`
		],
		{ encoding: 'utf8' }
	).stdout;
	const pct = (p: string) => wrkMs(new RegExp(`^\\s+${p}%\\s+(\\S+)`, 'm').exec(out)?.[1]);
	const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
	return {
		via,
		name: t.name,
		connections: c,
		requestsPerSecond: Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN)),
		p50Ms: pct('50'),
		p99Ms: pct('99'),
		socketErrors: socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
		non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0)
	} satisfies WrkRow;
}

/** After the load: the page renders, the data file is whole, /healthz answers. */
async function healthCheck(base: string, child: ChildProcess) {
	const home = await fetch(`${base}/`);
	const homeHtml = await home.text();
	const data = await fetch(`${base}/data/borders.geojson`);
	const hasAfBorder = await data
		.json()
		.then((fc: { features: { id: string }[] }) => fc.features.some((f) => f.id === 'tj-af-border'))
		.catch(() => false);
	const health = await fetch(`${base}/healthz`);
	return {
		serverAlive: child.exitCode === null,
		homeStatus: home.status,
		homeIsMapPage: homeHtml.includes('Frontier Map'),
		dataStatus: data.status,
		dataHasTjAfBorder: hasAfBorder,
		healthz: health.status
	};
}

function stop(child: ChildProcess): Promise<void> {
	return new Promise((ok) => {
		if (child.exitCode !== null) return ok();
		const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
		child.once('exit', () => {
			clearTimeout(force);
			ok();
		});
		child.kill('SIGTERM');
	});
}

function markdownTable(rows: Row[]): string {
	const lines = [
		'| via | path | connections | req/s | p50 ms | p99 ms | errors | timeouts | non-2xx |',
		'| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
	];
	for (const r of rows) {
		const path = r.name === 'oEmbed' ? '/oembed?url=…/embed?select=kharbmaydon' : r.path;
		lines.push(
			`| ${r.via} | \`${path}\` | ${r.connections.toLocaleString('en')} | ${r.requestsPerSecond.toLocaleString('en')} | ${r.latencyMs.p50} | ${r.latencyMs.p99.toLocaleString('en')} | ${r.errors} | ${r.timeouts} | ${r.non2xx} |`
		);
	}
	return lines.join('\n');
}

async function main(): Promise<void> {
	if (!existsSync(join(BUILD, 'handler.js'))) {
		console.error(
			`No build in ${BUILD}: run \`npm run build\` first (this script builds nothing).`
		);
		process.exit(1);
	}
	const nginx = args['skip-proxy'] ? null : findNginx();
	if (!nginx && !args['skip-proxy'])
		console.warn('nginx not found (Debian package `nginx`): only the rows straight to Node run.');

	const appPort = await freePort();
	const direct = `http://${HOST}:${appPort}`;
	// `npm start` as shipped: no ORIGIN, one process per core (WEB_CONCURRENCY if set)
	const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(appPort), HOST };
	delete env.ORIGIN;
	const child = spawn(process.execPath, [join(ROOT, 'server.js')], {
		cwd: ROOT,
		env,
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr?.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4000)));
	let proxy: NginxProxy | null = null;
	try {
		await waitUntilUp(direct, child);
		if (nginx)
			proxy = await startNginxProxy({
				nginx,
				port: await freePort(),
				appPort,
				clientDir: join(BUILD, 'client'),
				workers: availableParallelism()
			});
		const bases: [Row['via'], string][] = [['node', direct]];
		if (proxy) bases.push(['proxy', `http://${HOST}:${proxy.port}`]);
		console.log(
			`node server.js ${direct} (WEB_CONCURRENCY=${process.env.WEB_CONCURRENCY ?? availableParallelism()})` +
				(proxy ? `, nginx http://${HOST}:${proxy.port}` : '') +
				` · ${DURATION_S} s per row · load average ${(loadavg()[0] ?? 0).toFixed(1)}`
		);
		const rows: Row[] = [];
		for (const [via, base] of bases)
			for (const connections of CONNECTIONS)
				for (const t of targets(base)) {
					process.stdout.write(`${via} ${t.name} × ${connections} … `);
					const row = await runRow(via, base, t, connections);
					rows.push(row);
					console.log(
						`${row.requestsPerSecond} req/s, p99 ${row.latencyMs.p99} ms, ` +
							`${row.errors} errors, ${row.timeouts} timeouts, ${row.non2xx} non-2xx`
					);
				}
		console.log(`\n${markdownTable(rows)}\n`);

		const wrkRows: WrkRow[] = [];
		if (!args['skip-wrk'] && hasWrk()) {
			console.log('cross-check with wrk (a C client, one thread):');
			for (const [via, base] of bases)
				for (const connections of CONNECTIONS)
					for (const t of targets(base)) {
						const w = runWrkRow(via, base, t, connections);
						wrkRows.push(w);
						console.log(
							`  ${via} ${t.name} × ${connections}: ${w.requestsPerSecond} req/s, p50 ${w.p50Ms} ms, ` +
								`p99 ${w.p99Ms} ms, ${w.socketErrors} socket errors, ${w.non2xx} non-2xx`
						);
					}
		}

		const clean = rows.every((r) => r.errors === 0 && r.timeouts === 0 && r.non2xx === 0);
		const proxyRows = rows.filter((r) => r.via === 'proxy' && r.connections === 200);
		const fastProxy =
			proxyRows.length > 0 && proxyRows.every((r) => r.latencyMs.p99 < PROXY_P99_TARGET_MS);
		console.log(`0 errors, 0 timeouts, 0 non-2xx in every row: ${clean ? 'yes ✓' : 'NO ✗'}`);
		if (proxyRows.length)
			console.log(
				`through the proxy at 200 connections, p99 < ${PROXY_P99_TARGET_MS} ms (autocannon): ${fastProxy ? 'yes ✓' : 'NO ✗'}`
			);
		const wrkProxy = wrkRows.filter((r) => r.via === 'proxy' && r.connections === 200);
		const fastProxyWrk =
			wrkProxy.length > 0 && wrkProxy.every((r) => r.p99Ms < PROXY_P99_TARGET_MS);
		const cleanWrk = wrkRows.every((r) => r.socketErrors === 0 && r.non2xx === 0);
		if (wrkRows.length) {
			console.log(`wrk: 0 socket errors, 0 non-2xx in every row: ${cleanWrk ? 'yes ✓' : 'NO ✗'}`);
			console.log(
				`through the proxy at 200 connections, p99 < ${PROXY_P99_TARGET_MS} ms (wrk): ${fastProxyWrk ? 'yes ✓' : 'NO ✗'}`
			);
		}
		const health = await healthCheck(direct, child);
		console.log('after the load:', health);
		const report = {
			note: 'Written by bench/load.ts; figures depend on the machine (loopback; server, proxy and load generator share it).',
			date: new Date().toISOString(),
			node: process.version,
			machine: {
				cpus: cpus().length,
				cpuModel: cpus()[0]?.model ?? null,
				memoryGB: Math.round(totalmem() / 2 ** 30),
				loadAverageAfter: loadavg()[0]
			},
			config: {
				durationSeconds: DURATION_S,
				connections: CONNECTIONS,
				headers: HEADERS,
				webConcurrency: process.env.WEB_CONCURRENCY ?? String(availableParallelism()),
				proxy: proxy ? 'nginx, deploy/nginx/' : null
			},
			targets: {
				cleanEveryRow: clean,
				proxyP99Under50msAt200: proxyRows.length ? fastProxy : null,
				wrkCleanEveryRow: wrkRows.length ? cleanWrk : null,
				wrkProxyP99Under50msAt200: wrkProxy.length ? fastProxyWrk : null
			},
			rows,
			wrkRows,
			health,
			serverStderr: stderr.trim() || null
		};
		writeFileSync(OUT, `${JSON.stringify(report, null, '\t')}\n`);
		console.log(`wrote ${OUT}`);
		const healthy =
			health.serverAlive &&
			health.homeStatus === 200 &&
			health.homeIsMapPage &&
			health.dataStatus === 200 &&
			health.dataHasTjAfBorder &&
			health.healthz === 200;
		if (!healthy) process.exitCode = 1;
	} finally {
		await proxy?.stop();
		await stop(child);
	}
}

main().catch((err: unknown) => {
	console.error(err);
	process.exit(1);
});
