/**
 * `npm run bench:profile`: where the time to /embed's first map goes. Loads a page once (cold, in a
 * fresh context) under a Chromium trace and splits navigation start → the map's first `idle` into
 * network (when each file arrived), the page's main thread, the map worker(s), and the compositor /
 * GPU threads (WebGL runs on SwiftShader here, so "GPU" is CPU time too).
 *
 * Uses the builds `npm run bench` left (run it once first, or `--build`); the trace is written to
 * bench/tmp/profile-<page>-<device>.json (open it in chrome://tracing or Perfetto).
 *
 * Options: --page embed|baseline (default embed; both with `--page all`), --phone (the bench's
 * phone profile: 4× CPU, slow 4G), --runs N (default 1: median by idle time), --build.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { DESKTOP, loadOnce, PHONE, type DeviceProfile, type LoadResult } from './lib/browser';
import { buildApp, buildBaseline, installBaseline } from './lib/build';
import { APP_CLIENT, BASELINE_OUT, BASELINE_PATH, TMP } from './lib/paths';
import { freePort, startServer } from './lib/server';

interface TraceEvent {
	name: string;
	cat: string;
	ph: string;
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
	args?: Record<string, unknown>;
}

const CATEGORIES = [
	'-*',
	'toplevel',
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'v8',
	'v8.execute',
	'blink.user_timing',
	'gpu',
	'viz',
	'loading',
	'__metadata'
];

/** Groups of a thread's work, by the name of the trace event that did it (outermost wins). */
const WORK_KINDS: [string, RegExp][] = [
	['script compile', /^(v8\.compile|v8\.compileModule|V8\.CompileCode|v8\.produceModuleCache)$/],
	['script (evaluate)', /^(EvaluateScript|v8\.evaluateModule)$/],
	['animation frame (map render)', /^FireAnimationFrame$/],
	['garbage collection', /^(MajorGC|MinorGC|V8\.GC.*|BlinkGC.*)$/],
	['message from worker / to main', /^(HandlePostMessage|v8\.callFunction|FunctionCall)$/],
	// in headless Chromium the compositor reads the WebGL canvas back (GLES2::ReadPixels) at each
	// commit, so a commit waits until the GPU process has drawn the frame
	['commit (waits for the GPU to draw the frame)', /^Commit$/],
	['style, layout, paint', /^(UpdateLayoutTree|Layout|Paint|PrePaint|Layerize|UpdateLayer)$/],
	['HTML parse', /^ParseHTML$/],
	['network callbacks', /^(ResourceReceivedData|ResourceFinish|ResourceReceiveResponse)$/],
	['timer / idle callbacks', /^(TimerFire|FireIdleCallback)$/]
];

function kindOfWork(name: string): string | null {
	for (const [kind, re] of WORK_KINDS) if (re.test(name)) return kind;
	return null;
}

interface ThreadSummary {
	thread: string;
	busyMs: number;
	byKind: Record<string, number>;
}

/**
 * Busy time of each thread between `from` and `to` (µs, trace clock): the sum of its top-level
 * tasks, and inside them the outermost devtools.timeline events grouped by WORK_KINDS.
 */
function summariseThreads(
	events: TraceEvent[],
	from: number,
	to: number,
	pagePid: number
): ThreadSummary[] {
	const names = new Map<string, string>();
	for (const e of events)
		if (e.ph === 'M' && e.name === 'thread_name')
			names.set(`${e.pid}:${e.tid}`, String((e.args as { name?: string })?.name ?? ''));
	// the page's renderer, and the GPU process (where SwiftShader draws); not other tabs' renderers
	const gpuPids = new Set(
		[...names].filter(([, name]) => name === 'CrGpuMain').map(([key]) => Number(key.split(':')[0]))
	);
	const relevant = (e: TraceEvent) => e.pid === pagePid || gpuPids.has(e.pid);
	const clip = (e: TraceEvent) =>
		Math.max(0, Math.min(to, e.ts + (e.dur ?? 0)) - Math.max(from, e.ts)) / 1000;
	const byThread = new Map<string, TraceEvent[]>();
	for (const e of events) {
		if (e.ph !== 'X' || e.dur === undefined || !relevant(e)) continue;
		const key = `${e.pid}:${e.tid}`;
		let list = byThread.get(key);
		if (!list) byThread.set(key, (list = []));
		list.push(e);
	}
	const out: ThreadSummary[] = [];
	for (const [key, list] of byThread) {
		list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
		let busyMs = 0;
		let taskEnd = -Infinity;
		const byKind: Record<string, number> = {};
		let kindEnd = -Infinity;
		for (const e of list) {
			const end = e.ts + (e.dur ?? 0);
			if (/RunTask$/.test(e.name) && e.ts >= taskEnd) {
				busyMs += clip(e);
				taskEnd = end;
				continue;
			}
			const kind = kindOfWork(e.name);
			if (kind && e.ts >= kindEnd) {
				byKind[kind] = (byKind[kind] ?? 0) + clip(e);
				kindEnd = end;
			}
		}
		if (busyMs < 1) continue;
		out.push({ thread: names.get(key) ?? key, busyMs, byKind });
	}
	return out.sort((a, b) => b.busyMs - a.busyMs);
}

/** Navigation start on the trace clock (the page's first navigationStart mark), and its process. */
function navigationStart(events: TraceEvent[]): { ts: number; pid: number } {
	const nav = events.filter((e) => e.name === 'navigationStart').sort((a, b) => a.ts - b.ts);
	const first =
		nav.find((e) =>
			String(
				(e.args as { data?: { documentLoaderURL?: string } })?.data?.documentLoaderURL ?? ''
			).startsWith('http')
		) ?? nav[0];
	if (!first) throw new Error('no navigationStart in the trace');
	return { ts: first.ts, pid: first.pid };
}

function printProfile(label: string, load: LoadResult, threads: ThreadSummary[]): void {
	const round = (x: number) => String(Math.round(x)).padStart(6);
	console.log(
		`\n${label}: first idle ${Math.round(load.idleMs)} ms, map load ${Math.round(load.loadMs)} ms`
	);
	console.log('network (ms since navigation start: request start → response end, bytes as served)');
	for (const r of [...load.resources].sort((a, b) => a.startMs - b.startMs)) {
		const path = new URL(r.url).pathname;
		console.log(
			`  ${round(r.startMs)} → ${round(r.endMs)}  ${String(r.servedBytes).padStart(8)}  ${r.kind.padEnd(5)} ${path}`
		);
	}
	console.log('threads, busy ms from navigation start to first idle (top-level tasks; of which):');
	for (const t of threads.slice(0, 8)) {
		const kinds = Object.entries(t.byKind)
			.filter(([, ms]) => ms >= 5)
			.sort((a, b) => b[1] - a[1])
			.map(([k, ms]) => `${k} ${Math.round(ms)}`)
			.join(', ');
		console.log(`  ${t.thread.padEnd(28)} ${round(t.busyMs)}  ${kinds}`);
	}
}

async function profileOnce(browser: Browser, url: string, device: DeviceProfile) {
	await browser.startTracing(undefined, { categories: CATEGORIES });
	const load = await loadOnce(browser, url, device);
	const buffer = await browser.stopTracing();
	const trace = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };
	const start = navigationStart(trace.traceEvents);
	const threads = summariseThreads(
		trace.traceEvents,
		start.ts,
		start.ts + load.idleMs * 1000,
		start.pid
	);
	return { load, threads, buffer };
}

async function main(): Promise<void> {
	const argv = process.argv.slice(2);
	const pageArg = argv[argv.indexOf('--page') + 1] ?? 'embed';
	const device = argv.includes('--phone') ? PHONE : DESKTOP;
	const runs = argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) : 1;
	const pages: Record<string, string> = { embed: '/embed', baseline: `${BASELINE_PATH}index.html` };
	const keys = argv.includes('--page')
		? pageArg === 'all'
			? Object.keys(pages)
			: [pageArg]
		: ['embed'];
	const rebuild = argv.includes('--build');
	if (rebuild || !existsSync(join(APP_CLIENT, '_app'))) await buildApp();
	if (rebuild || !existsSync(join(BASELINE_OUT, 'index.html'))) await buildBaseline();
	await installBaseline();
	const server = await startServer(await freePort(4380));
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		args: ['--enable-unsafe-swiftshader', '--no-sandbox']
	});
	const summary: Record<string, unknown> = {};
	try {
		// one warm-up of each page (not profiled): the OS file cache and the server's first reads
		for (const key of keys) await loadOnce(browser, server.origin + pages[key], device);
		for (const key of keys) {
			const results = [];
			for (let i = 0; i < runs; i++)
				results.push(await profileOnce(browser, server.origin + pages[key], device));
			results.sort((a, b) => a.load.idleMs - b.load.idleMs);
			const mid = results[Math.floor(results.length / 2)]!;
			const file = join(TMP, `profile-${key}-${device.name}.json`);
			writeFileSync(file, mid.buffer);
			printProfile(`${pages[key]} (${device.name}; median of ${runs})`, mid.load, mid.threads);
			console.log(`  trace: ${file}`);
			summary[key] = { idleMs: mid.load.idleMs, threads: mid.threads };
		}
	} finally {
		await browser.close();
		await server.stop();
	}
	writeFileSync(
		join(TMP, `profile-${device.name}.json.summary`),
		JSON.stringify(summary, null, '\t')
	);
}

main().catch((error: unknown) => {
	console.error(error);
	process.exitCode = 1;
});
