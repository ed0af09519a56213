/**
 * One cold page load in Chromium, timed from navigation start to the map's first `idle`, with every
 * response it fetched (the map worker's GeoJSON requests included).
 */
import type { Browser, Request } from '@playwright/test';

export const VIEWPORT = { width: 1280, height: 800 };
/** What the bench's browser advertises, so that the server's brotli and gzip files are both eligible. */
export const ACCEPT_ENCODING = 'gzip, br';

/**
 * A device to emulate: the desktop default is no throttling at VIEWPORT. The phone profile slows
 * the page's CPU (CDP Emulation.setCPUThrottlingRate) and its network (Network.emulateNetworkConditions,
 * which also applies to the map worker's requests) on a phone-sized viewport.
 */
export interface DeviceProfile {
	name: string;
	viewport: { width: number; height: number };
	deviceScaleFactor: number;
	isMobile: boolean;
	/** 1: no throttling; 4: four times slower. */
	cpuSlowdown: number;
	network: {
		downloadBytesPerSecond: number;
		uploadBytesPerSecond: number;
		latencyMs: number;
	} | null;
}

export const DESKTOP: DeviceProfile = {
	name: 'desktop',
	viewport: VIEWPORT,
	deviceScaleFactor: 1,
	isMobile: false,
	cpuSlowdown: 1,
	network: null
};

/**
 * A mid-range phone on a slow 4G link: 4× CPU slowdown; 400 kB/s down, 150 kB/s up, 150 ms
 * round trip (close to DevTools' "Slow 4G" preset); 390×844 CSS px at 2 device pixels per px.
 */
export const PHONE: DeviceProfile = {
	name: 'phone',
	viewport: { width: 390, height: 844 },
	deviceScaleFactor: 2,
	isMobile: true,
	cpuSlowdown: 4,
	network: { downloadBytesPerSecond: 400_000, uploadBytesPerSecond: 150_000, latencyMs: 150 }
};

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
	/**
	 * performance.now() at the first `idle` after the app has added its deferred context layers
	 * (src/lib/map/first-paint.ts): everything drawn. The baseline draws everything at once: its
	 * idleMs.
	 */
	completeMs: number;
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
	let complete;
	Object.defineProperty(window, '__frontierMap', {
		configurable: true,
		get() { return map; },
		set(value) {
			map = value;
			const loadMs = performance.now();
			value.once('idle', () => {
				const idleMs = performance.now();
				window.__benchIdle = { idleMs, loadMs, zoom: value.getZoom() };
				if (complete === undefined) window.__benchComplete = idleMs;
			});
		}
	});
	// the app sets it false with the map and true once it has added its context layers
	Object.defineProperty(window, '__frontierMapComplete', {
		configurable: true,
		get() { return complete; },
		set(value) {
			complete = value;
			if (value === true && map)
				map.once('idle', () => { window.__benchComplete = performance.now(); });
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
	device: DeviceProfile = DESKTOP,
	timeoutMs = 180_000
): Promise<LoadResult> {
	const context = await browser.newContext({
		viewport: device.viewport,
		deviceScaleFactor: device.deviceScaleFactor,
		isMobile: device.isMobile,
		hasTouch: device.isMobile,
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
		if (device.cpuSlowdown !== 1)
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: device.cpuSlowdown });
		if (device.network) {
			await cdp.send('Network.enable');
			await cdp.send('Network.emulateNetworkConditions', {
				offline: false,
				latency: device.network.latencyMs,
				downloadThroughput: device.network.downloadBytesPerSecond,
				uploadThroughput: device.network.uploadBytesPerSecond
			});
		}
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
		const completeMs = (await (
			await page.waitForFunction(
				() => (window as { __benchComplete?: number }).__benchComplete,
				null,
				{
					timeout: timeoutMs,
					polling: 100
				}
			)
		).jsonValue()) as number;
		const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
		const timeOrigin = await page.evaluate(() => performance.timeOrigin);
		const resources = (await Promise.all(finished.map((r) => describe(r, timeOrigin)))).filter(
			(r): r is Resource => r !== null
		);
		return {
			...timing,
			completeMs,
			taskMs: metric('TaskDuration'),
			scriptMs: metric('ScriptDuration'),
			resources
		};
	} finally {
		await context.close();
	}
}
