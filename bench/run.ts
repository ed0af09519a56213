/**
 * `npm run bench`: Frontier Map against a bare-MapLibre baseline. Not a test: it prints numbers and
 * ratios, and writes them to bench/results.json.
 *
 * 1. Builds the app (`npm run build` into bench/tmp/app, never the shared build/) and the baseline
 *    page (bench/baseline: MapLibre alone, the same style, fonts, data URLs and camera).
 * 2. Starts the built server on 127.0.0.1 (a free port in 4300–4399); the baseline is served by
 *    the same server under /baseline/, so both use the same origin, compression and headers.
 * 3. In one Chromium, loads /embed and the baseline alternately (fresh context, cold cache, each),
 *    timing navigation start → the map's first `idle` (and → everything drawn: /embed adds its
 *    context layers after its first idle); loads / a few times for its bytes. Then the same
 *    alternation in the phone profile (bench/lib/browser.ts PHONE: 4× CPU slowdown, slow 4G).
 * 4. Bytes per kind (raw, as served with br, and with gzip only), JavaScript beyond MapLibre (from
 *    the chunks' source maps), the fonts fetched, response headers, and the modules /embed loads;
 *    the JavaScript of other embed views (a selection, a path, every control), which load code on
 *    demand.
 * 5. runNearestBorderBench() (bench/nearest-border.ts).
 *
 * Options: --runs N (default 7), --home-runs N (3), --phone-runs N (3), --skip-build (reuse
 * bench/tmp), --queries N. BENCH_TMP=<dir> builds elsewhere than bench/tmp.
 */
import { writeFileSync, readFileSync } from 'node:fs';
import { loadavg, cpus, platform, release } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { runNearestBorderBench } from './nearest-border';
import { forbiddenOnEmbed, jsBreakdown, totalsByKind, type JsBreakdown } from './lib/analyse';
import {
	ACCEPT_ENCODING,
	DESKTOP,
	KINDS,
	loadOnce,
	PHONE,
	VIEWPORT,
	type DeviceProfile,
	type LoadResult
} from './lib/browser';
import { buildApp, buildBaseline, buildsExist, installBaseline } from './lib/build';
import { checkAssets, gzipServedBytes, missingPrecompressed } from './lib/http-checks';
import { BASELINE_PATH, RESULTS, ROOT } from './lib/paths';
import { printReport } from './lib/report';
import { freePort, startServer } from './lib/server';
import { median, summarise } from './lib/stats';
import { evaluateTargets } from './lib/targets';

interface Options {
	runs: number;
	homeRuns: number;
	phoneRuns: number;
	skipBuild: boolean;
	queries: number;
}

function parseOptions(argv: readonly string[]): Options {
	const value = (flag: string, fallback: number) => {
		const i = argv.indexOf(flag);
		const n = i >= 0 ? Number(argv[i + 1]) : fallback;
		if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a positive integer`);
		return n;
	};
	return {
		runs: value('--runs', 7),
		homeRuns: value('--home-runs', 3),
		phoneRuns: value('--phone-runs', 3),
		skipBuild: argv.includes('--skip-build'),
		queries: value('--queries', 2000)
	};
}

const PAGES = { embed: '/embed', baseline: `${BASELINE_PATH}index.html`, home: '/' } as const;
type PageKey = keyof typeof PAGES;

/**
 * Other views embedders make, loaded once each for their JavaScript: what selecting a feature
 * (Kharbmaydon has the largest details file), a measured path or every control costs on top of a
 * plain /embed, since those load their code on demand.
 */
const EMBED_VIEWS = {
	russian: '/embed?lang=ru',
	select: '/embed?select=kharbmaydon',
	russianSelect: '/embed?lang=ru&select=kharbmaydon',
	measure: '/embed?measure=68.7739,38.5598;69.2,37.9',
	allControls: '/embed?controls=zoom,legend,measure,search,fullscreen',
	everything:
		'/embed?select=kharbmaydon&measure=68.7739,38.5598;69.2,37.9&controls=zoom,legend,measure,search,fullscreen'
} as const;

/** JavaScript beyond MapLibre of each EMBED_VIEWS page (one cold load each). */
async function embedViewsJs(browser: Browser, origin: string) {
	const out: Record<string, { url: string; beyond: JsBreakdown['beyond']; chunks: number }> = {};
	for (const [key, url] of Object.entries(EMBED_VIEWS)) {
		const result = await loadOnce(browser, origin + url);
		const js = jsBreakdown(result.resources.filter((r) => r.kind === 'js').map((r) => r.url));
		out[key] = { url, beyond: js.beyond, chunks: js.chunks };
	}
	return out;
}

/** Alternates /embed and the baseline (ABBA…), after one discarded warm-up load of each. */
async function timeLoads(
	browser: Browser,
	origin: string,
	opts: Options,
	device: DeviceProfile = DESKTOP
) {
	const loads: Record<PageKey, LoadResult[]> = { embed: [], baseline: [], home: [] };
	const load = async (key: PageKey) => {
		const result = await loadOnce(browser, origin + PAGES[key], device);
		process.stdout.write(
			`  ${PAGES[key]} ${Math.round(result.idleMs)} ms (all drawn ${Math.round(result.completeMs)} ms)\n`
		);
		return result;
	};
	const runs = device === DESKTOP ? opts.runs : opts.phoneRuns;
	const homeRuns = device === DESKTOP ? opts.homeRuns : 0;
	console.log(`${device.name}: warm-up (not counted)`);
	await load('embed');
	await load('baseline');
	console.log(
		`${device.name}: timed loads: ${runs} × /embed and baseline, alternating; ${homeRuns} × /`
	);
	for (let i = 0; i < runs; i++) {
		const order: PageKey[] = i % 2 === 0 ? ['embed', 'baseline'] : ['baseline', 'embed'];
		for (const key of order) loads[key].push(await load(key));
	}
	for (let i = 0; i < homeRuns; i++) loads.home.push(await load('home'));
	return loads;
}

/** Bytes per kind of one load (the first timed one: every cold load fetches the same files). */
async function pageBytes(first: LoadResult) {
	const byKind = totalsByKind(first.resources);
	const gzip: Record<string, number> = {};
	for (const kind of KINDS)
		gzip[kind] = await gzipServedBytes(
			first.resources.filter((r) => r.kind === kind).map((r) => r.url)
		);
	const js = jsBreakdown(first.resources.filter((r) => r.kind === 'js').map((r) => r.url));
	const fonts = first.resources
		.filter((r) => r.kind === 'font')
		.map((r) => r.url.split('/').pop() ?? '');
	const dataFiles = first.resources
		.filter((r) => r.kind === 'data')
		.map((r) => new URL(r.url).pathname);
	return {
		byKind: Object.fromEntries(KINDS.map((k) => [k, { ...byKind[k], gzip: gzip[k] ?? 0 }])),
		js,
		fonts,
		dataFiles
	};
}

/** One URL per kind of asset /embed fetched, for the header checks. */
function sampleAssets(first: LoadResult, origin: string): Record<string, string> {
	/** The largest file of a kind: the one whose encoding matters most. */
	const pick = (test: (path: string) => boolean) =>
		first.resources
			.filter((r) => test(r.url.replace(origin, '')))
			.sort((a, b) => b.rawBytes - a.rawBytes)[0]
			?.url.replace(origin, '') ?? '';
	return {
		html: PAGES.embed,
		js: pick(
			(p) => p.startsWith('/_app/immutable/') && p.endsWith('.js') && !p.includes('/workers/')
		),
		css: pick((p) => p.startsWith('/_app/immutable/') && p.endsWith('.css')),
		font: pick((p) => p.endsWith('.woff2')),
		worker: pick((p) => p.includes('/workers/')),
		data: '/data/borders.geojson',
		'data (small)': '/data/sites.geojson'
	};
}

const version = (pkg: string) =>
	(
		JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as {
			version: string;
		}
	).version;

/** Everything measured with the server up: the timed loads, then bytes and headers. */
async function measure(origin: string, opts: Options) {
	const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
	const browser = await chromium.launch({
		executablePath,
		args: ['--enable-unsafe-swiftshader', '--no-sandbox']
	});
	const loadBefore = loadavg()[0] ?? 0;
	let loads: Record<PageKey, LoadResult[]>;
	let phoneLoads: Record<PageKey, LoadResult[]>;
	const chromiumVersion = browser.version();
	let embedViews: Awaited<ReturnType<typeof embedViewsJs>>;
	try {
		loads = await timeLoads(browser, origin, opts);
		phoneLoads = await timeLoads(browser, origin, opts, PHONE);
		embedViews = await embedViewsJs(browser, origin);
	} finally {
		await browser.close();
	}
	const loadAfter = loadavg()[0] ?? 0;
	const first = (key: PageKey) => loads[key][0] as LoadResult;
	const pages = {
		embed: await pageBytes(first('embed')),
		baseline: await pageBytes(first('baseline')),
		home: await pageBytes(first('home'))
	};
	const assets = await checkAssets(origin, sampleAssets(first('embed'), origin));
	return {
		loads,
		phoneLoads,
		pages,
		embedViews,
		assets,
		chromiumVersion,
		loadavg: { before: loadBefore, after: loadAfter }
	};
}

type Measured = Awaited<ReturnType<typeof measure>>;

function assemble(opts: Options, m: Measured, serverEntry: string) {
	const timingOf = (loads: Record<PageKey, LoadResult[]>) => (key: PageKey) => ({
		idle: summarise(loads[key].map((l) => l.idleMs)),
		complete: summarise(loads[key].map((l) => l.completeMs)),
		load: summarise(loads[key].map((l) => l.loadMs)),
		mainThreadTaskMs: summarise(loads[key].map((l) => l.taskMs)),
		mainThreadScriptMs: summarise(loads[key].map((l) => l.scriptMs)),
		zoom: loads[key][0]?.zoom ?? NaN
	});
	const timing = timingOf(m.loads);
	const t = { embed: timing('embed'), baseline: timing('baseline'), home: timing('home') };
	const phoneTiming = timingOf(m.phoneLoads);
	const phone = { embed: phoneTiming('embed'), baseline: phoneTiming('baseline') };
	const ratios = (loads: Record<PageKey, LoadResult[]>, field: 'idleMs' | 'completeMs') => ({
		ratio: median(loads.embed.map((l) => l[field])) / median(loads.baseline.map((l) => l[field])),
		pairedRatio: median(loads.embed.map((e, i) => e[field] / (loads.baseline[i]?.[field] ?? NaN)))
	});
	const forbidden = forbiddenOnEmbed(
		m.loads.embed[0]?.resources.filter((r) => r.kind === 'js').map((r) => r.url) ?? [],
		m.pages.embed.js.modules
	);
	const missing = missingPrecompressed();
	const targets = evaluateTargets({
		embedIdle: t.embed.idle.median,
		baselineIdle: t.baseline.idle.median,
		phoneEmbedIdle: phone.embed.idle.median,
		phoneBaselineIdle: phone.baseline.idle.median,
		embedJsBeyondGzip: m.pages.embed.js.beyond.gzip,
		homeJsBeyondGzip: m.pages.home.js.beyond.gzip,
		embedDataGzip: m.pages.embed.byKind.data?.gzip ?? 0,
		fontFiles: [...new Set([...m.pages.embed.fonts, ...m.pages.home.fonts])],
		allowedFonts: /^noto-sans-latin-(400-normal|700-normal|400-italic)[.-]/,
		missingPrecompressed: missing,
		assets: m.assets,
		forbiddenModules: forbidden.modules,
		forbiddenText: forbidden.textHits.map((h) => `${h.name} in ${new URL(h.url).pathname}`)
	});
	return {
		date: new Date().toISOString(),
		command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
		options: opts,
		environment: {
			node: process.version,
			chromium: m.chromiumVersion,
			playwright: version('@playwright/test'),
			vite: version('vite'),
			maplibre: version('maplibre-gl'),
			svelte: version('svelte'),
			kit: version('@sveltejs/kit'),
			os: `${platform()} ${release()}`,
			cpus: cpus().length,
			loadavg: m.loadavg,
			viewport: VIEWPORT,
			acceptEncoding: ACCEPT_ENCODING,
			server: serverEntry
		},
		timing: {
			...t,
			/** The headline: ratio of the medians. */
			ratio: t.embed.idle.median / t.baseline.idle.median,
			/** Median of each round's /embed ÷ baseline: loads side by side share the machine's load. */
			pairedRatio: median(
				m.loads.embed.map((e, i) => e.idleMs / (m.loads.baseline[i]?.idleMs ?? NaN))
			),
			/** Everything drawn (the context layers too), /embed ÷ baseline. */
			complete: ratios(m.loads, 'completeMs'),
			/** The phone profile (bench/lib/browser.ts PHONE), same alternation. */
			phone: {
				device: PHONE,
				...phone,
				...ratios(m.phoneLoads, 'idleMs'),
				complete: ratios(m.phoneLoads, 'completeMs')
			}
		},
		pages: m.pages,
		embedViews: m.embedViews,
		forbiddenOnEmbed: forbidden,
		headers: m.assets,
		missingPrecompressed: missing,
		targets
	};
}

export type BenchResults = ReturnType<typeof assemble> & {
	nearestBorder: Awaited<ReturnType<typeof runNearestBorderBench>>;
};

async function main(): Promise<void> {
	const opts = parseOptions(process.argv.slice(2));
	if (!opts.skipBuild || !buildsExist()) {
		console.log('building the app (npm run build → bench/tmp/app) and the baseline…');
		await buildApp();
		await buildBaseline();
	}
	// the app build empties its folder, so the baseline is copied in after every build
	await installBaseline();
	const server = await startServer(await freePort());
	console.log(`server: ${server.entry} at ${server.origin}`);
	let measured: Measured;
	try {
		measured = await measure(server.origin, opts);
	} finally {
		await server.stop();
	}
	console.log(`nearest-border bench (${opts.queries} queries)…`);
	const nearestBorder = await runNearestBorderBench(opts.queries);
	const results: BenchResults = { ...assemble(opts, measured, server.entry), nearestBorder };
	writeFileSync(RESULTS, `${JSON.stringify(results, null, '\t')}\n`);
	printReport(results);
	console.log(`\nwritten: ${RESULTS.replace(`${ROOT}/`, '')}`);
}

main().catch((error: unknown) => {
	console.error(error);
	process.exitCode = 1;
});
