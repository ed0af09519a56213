/**
 * Frame timing of the report story while it is read (issue 14: "the scroll stays smooth"): opens
 * `/report` in Debian's Chromium at 1440×900 (the text beside the sticky map) and 390×844 (the
 * map above the text), waits for the story's map, then scrolls the whole report with mouse-wheel
 * steps under a Chromium trace, and prints the frames drawn (the compositor's `DrawFrame` events
 * of the page's renderer), the median / p95 / p99 / max interval between them, the frames over
 * 50 ms, the main thread's long tasks (over 50 ms) and the scroll's total time; the interval of
 * `requestAnimationFrame` callbacks in the page is printed beside them as a cross-check. Writes
 * bench/story-scroll-results.json.
 *
 * Run: build first (`npm run build`, or FRONTIER_BUILD_DIR=<dir> as server.js reads it), then
 * `npm run bench:story` (it builds nothing). Options: `--step PX` (wheel delta, 100), `--pause MS`
 * (between steps, 16). WebGL is SwiftShader here: on a machine with a GPU the figures are better.
 * Not a test: the figures depend on the machine and its load.
 */
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { freePort } from './lib/server';
import { ROOT } from './lib/paths';
import { median } from './lib/stats';

const BUILD = resolve(process.env.FRONTIER_BUILD_DIR ?? ROOT, 'build');
const OUT = resolve(ROOT, 'bench/story-scroll-results.json');
const LONG_MS = 50;
const CATEGORIES = [
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'disabled-by-default-devtools.timeline.frame',
	'toplevel'
].join(',');

const { values: args } = parseArgs({
	options: {
		step: { type: 'string', default: '100' },
		pause: { type: 'string', default: '16' }
	}
});
const STEP_PX = Number(args.step);
const PAUSE_MS = Number(args.pause);

const PROFILES = [
	{ name: 'desktop', viewport: { width: 1440, height: 900 }, isMobile: false, wheelAt: [300, 450] },
	{ name: 'phone', viewport: { width: 390, height: 844 }, isMobile: false, wheelAt: [195, 650] }
] as const;

interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
	args?: { name?: string; data?: Record<string, unknown> };
}

interface Timings {
	frames: number;
	intervalMs: { median: number; p95: number; p99: number; max: number };
	framesOver50ms: number;
}

interface ProfileResult {
	profile: string;
	viewport: { width: number; height: number };
	scrollMs: number;
	scrolledPx: number;
	wheelSteps: number;
	drawnFrames: Timings;
	animationFrames: Timings;
	longTasks: { count: number; totalMs: number; maxMs: number };
}

/** Nearest-rank quantile (p in 0…1) of a non-empty sample. */
function quantile(xs: readonly number[], p: number): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]!;
}

function timings(stamps: number[]): Timings {
	const sorted = [...stamps].sort((a, b) => a - b);
	const gaps = sorted.slice(1).map((t, i) => t - sorted[i]!);
	const q = (p: number) => (gaps.length ? quantile(gaps, p) : NaN);
	return {
		frames: sorted.length,
		intervalMs: {
			median: gaps.length ? median(gaps) : NaN,
			p95: q(0.95),
			p99: q(0.99),
			max: gaps.length ? Math.max(...gaps) : NaN
		},
		framesOver50ms: gaps.filter((g) => g > LONG_MS).length
	};
}

/** The renderer process of the page: the one whose main thread ran the page's frames. */
function rendererPid(events: TraceEvent[]): number | null {
	const main = events.find(
		(e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain'
	);
	const busiest = new Map<number, number>();
	for (const e of events)
		if (e.name === 'DrawFrame') busiest.set(e.pid, (busiest.get(e.pid) ?? 0) + 1);
	const byDraw = [...busiest].sort((a, b) => b[1] - a[1])[0]?.[0];
	return byDraw ?? main?.pid ?? null;
}

async function scrollOnce(browser: Browser, origin: string, p: (typeof PROFILES)[number]) {
	const context = await browser.newContext({ viewport: p.viewport, isMobile: p.isMobile });
	const page = await context.newPage();
	await page.goto(`${origin}/report`);
	// the story's map has loaded and drawn everything (the app's flag, as the tests wait for it)
	await page.waitForFunction(
		() => {
			const w = window as unknown as { __frontierMap?: unknown; __frontierMapComplete?: boolean };
			return Boolean(w.__frontierMap) && w.__frontierMapComplete === true;
		},
		null,
		{ timeout: 180_000 }
	);
	await page.waitForTimeout(1000);
	await page.mouse.move(p.wheelAt[0], p.wheelAt[1]);
	// rAF stamps in the page, a cross-check of the trace's frames
	// a string, not a function: tsx's name helper does not exist in the page
	await page.evaluate(`(() => {
		window.__rafStamps = [];
		window.__rafOn = true;
		const tick = (t) => {
			if (!window.__rafOn) return;
			window.__rafStamps.push(t);
			requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	})()`);
	await browser.startTracing(page, { categories: CATEGORIES.split(',') });
	const started = Date.now();
	let steps = 0;
	for (;;) {
		const atEnd = await page.evaluate(
			() => scrollY + innerHeight >= document.documentElement.scrollHeight - 2
		);
		if (atEnd || steps > 2000) break;
		await page.mouse.wheel(0, STEP_PX);
		steps++;
		if (PAUSE_MS) await page.waitForTimeout(PAUSE_MS);
	}
	// the last step's frames and the map's last move
	await page.waitForTimeout(1500);
	const scrollMs = Date.now() - started;
	const buffer = await browser.stopTracing();
	const raf = await page.evaluate(() => {
		const w = window as unknown as { __rafStamps: number[]; __rafOn: boolean };
		w.__rafOn = false;
		return { stamps: w.__rafStamps, scrolled: scrollY };
	});
	await context.close();

	const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
	const pid = rendererPid(events);
	const mainTid = events.find(
		(e) =>
			e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain'
	)?.tid;
	const draws = events
		.filter(
			(e) =>
				e.name === 'DrawFrame' &&
				e.pid === pid &&
				(e.ph === 'I' || e.ph === 'X' || e.ph === 'b' || e.ph === 'n')
		)
		.map((e) => e.ts / 1000);
	const long = events.filter(
		(e) =>
			e.pid === pid &&
			e.tid === mainTid &&
			e.ph === 'X' &&
			(e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
			(e.dur ?? 0) / 1000 > LONG_MS
	);
	// tasks nest (a RunTask inside a RunTask): count the outermost only
	let end = -Infinity;
	const longMs: number[] = [];
	for (const e of long.sort((a, b) => a.ts - b.ts)) {
		if (e.ts < end) continue;
		end = e.ts + (e.dur ?? 0);
		longMs.push((e.dur ?? 0) / 1000);
	}
	const result: ProfileResult = {
		profile: p.name,
		viewport: p.viewport,
		scrollMs,
		scrolledPx: raf.scrolled,
		wheelSteps: steps,
		drawnFrames: timings(draws),
		animationFrames: timings(raf.stamps),
		longTasks: {
			count: longMs.length,
			totalMs: longMs.reduce((a, b) => a + b, 0),
			maxMs: longMs.length ? Math.max(...longMs) : 0
		}
	};
	const file = resolve(ROOT, `bench/tmp/story-scroll-${p.name}.json`);
	writeFileSync(file, buffer);
	return { result, file };
}

function startApp(port: number) {
	const origin = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [resolve(ROOT, 'server.js')], {
		cwd: ROOT,
		env: {
			...process.env,
			HOST: '127.0.0.1',
			PORT: String(port),
			ORIGIN: origin,
			WEB_CONCURRENCY: '1'
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	return { origin, child };
}

async function waitUp(origin: string): Promise<void> {
	for (let i = 0; i < 150; i++) {
		try {
			if ((await fetch(`${origin}/healthz`)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`the app at ${origin} did not answer`);
}

const f = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '—');

async function main() {
	if (!existsSync(BUILD)) {
		console.error(`No build at ${BUILD}: run \`npm run build\` (or set FRONTIER_BUILD_DIR).`);
		process.exit(1);
	}
	const port = await freePort(4370);
	const app = startApp(port);
	const results: ProfileResult[] = [];
	try {
		await waitUp(app.origin);
		const browser = await chromium.launch({
			executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
			args: ['--enable-unsafe-swiftshader', '--no-sandbox']
		});
		try {
			for (const p of PROFILES) {
				const { result, file } = await scrollOnce(browser, app.origin, p);
				results.push(result);
				console.log(`${p.name}: trace ${file}`);
			}
		} finally {
			await browser.close();
		}
	} finally {
		app.child.kill('SIGTERM');
	}

	console.log(
		`\n/report scrolled top to bottom, wheel steps of ${STEP_PX} px every ${PAUSE_MS} ms (load average ${loadavg()
			.map((l) => l.toFixed(1))
			.join(' ')}, ${cpus().length} cores)\n`
	);
	const header =
		'| profile | source | frames | median ms | p95 ms | p99 ms | max ms | frames > 50 ms | long tasks (total ms, max) | scroll time |';
	console.log(header);
	console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |');
	for (const r of results) {
		const size = `${r.viewport.width}×${r.viewport.height}`;
		for (const [source, t] of [
			['DrawFrame (trace)', r.drawnFrames],
			['requestAnimationFrame', r.animationFrames]
		] as const) {
			console.log(
				`| ${r.profile} ${size} | ${source} | ${t.frames} | ${f(t.intervalMs.median)} | ${f(t.intervalMs.p95)} | ` +
					`${f(t.intervalMs.p99)} | ${f(t.intervalMs.max)} | ${t.framesOver50ms} | ` +
					`${r.longTasks.count} (${f(r.longTasks.totalMs)}, ${f(r.longTasks.maxMs)}) | ${(r.scrollMs / 1000).toFixed(1)} s, ${r.scrolledPx} px |`
			);
		}
	}
	writeFileSync(
		OUT,
		JSON.stringify(
			{
				date: new Date().toISOString(),
				stepPx: STEP_PX,
				pauseMs: PAUSE_MS,
				loadavg: loadavg(),
				results
			},
			null,
			'\t'
		) + '\n'
	);
	console.log(`\nwritten: ${OUT}`);
}

await main();
