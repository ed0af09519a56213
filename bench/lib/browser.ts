/**
 * One cold page load in Chromium, timed from navigation start to the map's first `idle`, with every
 * response it fetched (the map worker's GeoJSON requests included).
 */
import type { Browser, Request } from '@playwright/test';

export const VIEWPORT = { width: 1280, height: 800 };
/** What the bench's browser advertises, so that the server's brotli and gzip files are both eligible. */
export const ACCEPT_ENCODING = 'gzip, br';

export type Kind = 'html' | 'js' | 'css' | 'font' | 'data' | 'other';
export const KINDS: readonly Kind[] = ['html', 'js', 'css', 'font', 'data', 'other'];

export interface Resource {
	url: string;
	kind: Kind;
	status: number;
	/** Content-Encoding as served ('' for none). */
	encoding: string;
	/** Body bytes on the wire (after content encoding). */
	servedBytes: number;
	/** Body bytes after decoding. */
	rawBytes: number;
	/** Request start and response end, ms since navigation start. */
	startMs: number;
	endMs: number;
}

export interface LoadResult {
	/** performance.now() at the map's first `idle` (ms since navigation start). */
	idleMs: number;
	/** performance.now() at the map's `load` (style loaded; when the page exposes the map). */
	loadMs: number;
	zoom: number;
	/** Main-thread work until idle, ms (CDP Performance.getMetrics: all tasks, and script alone). */
	taskMs: number;
	scriptMs: number;
	resources: Resource[];
}

/**
 * Runs before any page script: when the page exposes its map as `window.__frontierMap` (both the
 * app and the baseline do, on `load`), note the time and listen for the first `idle`.
 */
const IDLE_HOOK = `(() => {
	let map;
	Object.defineProperty(window, '__frontierMap', {
		configurable: true,
		get() { return map; },
		set(value) {
			map = value;
			const loadMs = performance.now();
			value.once('idle', () => {
				window.__benchIdle = { idleMs: performance.now(), loadMs, zoom: value.getZoom() };
			});
		}
	});
})();`;

export function kindOf(url: string, resourceType: string): Kind {
	const path = new URL(url).pathname;
	if (resourceType === 'document' || path.endsWith('.html')) return 'html';
	if (/\.m?js$/.test(path)) return 'js';
	if (path.endsWith('.css')) return 'css';
	if (/\.(woff2?|ttf|otf)$/.test(path)) return 'font';
	if (path.startsWith('/data/')) return 'data';
	return 'other';
}

async function describe(request: Request, timeOrigin: number): Promise<Resource | null> {
	const response = await request.response();
	if (!response) return null;
	const timing = request.timing();
	const startMs = timing.startTime - timeOrigin;
	const sizes = await request.sizes();
	const body = await response.body().catch(() => Buffer.alloc(0));
	// a worker's own script reports no body size; the static server always sends Content-Length
	const length = Number((await response.headerValue('content-length')) ?? NaN);
	return {
		url: request.url(),
		kind: kindOf(request.url(), request.resourceType()),
		status: response.status(),
		encoding: (await response.headerValue('content-encoding')) ?? '',
		servedBytes: sizes.responseBodySize || (Number.isFinite(length) ? length : body.length),
		rawBytes: body.length,
		startMs,
		endMs: startMs + Math.max(0, timing.responseEnd)
	};
}

/** Loads `url` in a fresh browser context (empty HTTP cache) and waits for the map's first idle. */
export async function loadOnce(
	browser: Browser,
	url: string,
	timeoutMs = 90_000
): Promise<LoadResult> {
	const context = await browser.newContext({
		viewport: VIEWPORT,
		extraHTTPHeaders: { 'accept-encoding': ACCEPT_ENCODING },
		serviceWorkers: 'block'
	});
	try {
		const finished: Request[] = [];
		context.on('requestfinished', (r) => finished.push(r));
		const errors: string[] = [];
		const page = await context.newPage();
		page.on('pageerror', (e) => errors.push(e.message));
		await page.addInitScript(IDLE_HOOK);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
		await page.goto(url, { waitUntil: 'commit' });
		const handle = await page
			.waitForFunction(() => (window as { __benchIdle?: unknown }).__benchIdle, null, {
				timeout: timeoutMs,
				polling: 100
			})
			.catch((e: Error) => {
				throw new Error(`${url}: no idle (${e.message}); page errors: ${errors.join(' | ')}`);
			});
		const timing = (await handle.jsonValue()) as Pick<LoadResult, 'idleMs' | 'loadMs' | 'zoom'>;
		const { metrics } = await cdp.send('Performance.getMetrics');
		const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
		const timeOrigin = await page.evaluate(() => performance.timeOrigin);
		const resources = (await Promise.all(finished.map((r) => describe(r, timeOrigin)))).filter(
			(r): r is Resource => r !== null
		);
		return {
			...timing,
			taskMs: metric('TaskDuration'),
			scriptMs: metric('ScriptDuration'),
			resources
		};
	} finally {
		await context.close();
	}
}
