/**
 * /embed as a reader and an embedder see it: notices for bad parameters on a working map,
 * popups, the link to the full map, head tags, controls, the legend, measurement, cooperative
 * gestures, a lean bundle, and screenshots at desktop and phone sizes.
 */
import type { Page, Response } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { expect, renderedIds, test, waitForMapIdle } from './fixtures';

type MapWindow = { __frontierMap: import('maplibre-gl').Map };
/** Where screenshots go, for people to look at. */
const SCREENS = process.env.SCREENS_DIR ?? 'test-results/screens';

// Each test loads one or more WebGL maps in SwiftShader; leave room on a busy machine.
test.describe.configure({ timeout: 120_000 });

test('bad parameters get polite notices and the rest of the URL still applies', async ({
	page
}) => {
	await page.goto(
		'/embed?view=99/1/2&layers=gbao,moon&select=atlantis&controls=zoom,teleport&units=furlongs'
	);
	await waitForMapIdle(page);
	const notices = page.locator('[data-notice]');
	await expect(notices).toHaveCount(5);
	await expect(notices.filter({ hasText: 'view' }).first()).toContainText('zoom');
	await expect(page.locator('[data-notice]', { hasText: '“moon”' })).toBeVisible();
	await expect(page.locator('[data-notice]', { hasText: '“teleport”' })).toBeVisible();
	// the valid parts: GBAO drawn, the Afghan border hidden (layers=gbao), the zoom control shown
	expect(await renderedIds(page, ['gbao-fill'])).toContain('gbao');
	expect(await renderedIds(page, ['tj-af-border-line'])).toEqual([]);
	await expect(page.locator('.maplibregl-ctrl-zoom-in')).toBeVisible();
	await expect(page.getByRole('button', { name: /Legend/ })).toHaveCount(0);
	// notices can be dismissed
	await page.getByRole('button', { name: 'Dismiss notice' }).first().click();
	await expect(notices).toHaveCount(4);
});

test('a selected feature opens its popup; the page links to the full map and stays out of search results', async ({
	page,
	baseURL
}) => {
	await page.goto('/embed?select=kharbmaydon&theme=dark');
	await waitForMapIdle(page);
	await expect(page.locator('.feature-popup')).toContainText('Kharbmaydon');
	await expect(page.locator('.feature-popup')).toContainText('Report, passage');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

	const full = page.getByRole('link', { name: /Open the full map/ });
	// the reader's current view (the map fitted the feature) and the rest of the state
	await expect(full).toHaveAttribute('href', /^\/\?view=[\d./-]+&select=kharbmaydon&theme=dark$/);
	await expect(full).toHaveAttribute('target', '_blank');
	await expect(full).toHaveAttribute('rel', /noopener/);
	await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('OpenStreetMap contributors');

	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
		'href',
		`${baseURL}/?select=kharbmaydon&theme=dark`
	);
	const oembed = await page
		.locator('link[rel="alternate"][type="application/json+oembed"]')
		.getAttribute('href');
	expect(oembed).toBe(
		`${baseURL}/oembed?url=${encodeURIComponent(`${baseURL}/embed?select=kharbmaydon&theme=dark`)}&format=json`
	);
	const res = await page.request.get(oembed!);
	expect(res.status()).toBe(200);
	expect((await res.json()).html).toContain('/embed?select=kharbmaydon&amp;theme=dark');

	// The home page carries the discovery link too.
	await page.goto('/?select=gbao');
	await expect(
		page.locator('link[rel="alternate"][type="application/json+oembed"]')
	).toHaveAttribute(
		'href',
		`${baseURL}/oembed?url=${encodeURIComponent(`${baseURL}/?select=gbao`)}&format=json`
	);
});

test('controls: defaults, none, and every optional one', async ({ page }) => {
	await page.goto('/embed');
	await waitForMapIdle(page);
	await expect(page.locator('.maplibregl-ctrl-zoom-in')).toBeVisible();
	await expect(page.locator('.maplibregl-ctrl-fullscreen')).toBeVisible();
	await expect(page.getByRole('button', { name: /Legend/ })).toBeVisible();
	await expect(page.getByRole('combobox')).toHaveCount(0);

	await page.goto('/embed?controls=');
	await waitForMapIdle(page);
	await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveCount(0);
	await expect(page.locator('.maplibregl-ctrl-fullscreen')).toHaveCount(0);
	await expect(page.getByRole('button', { name: /Legend/ })).toHaveCount(0);
	await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Natural Earth');

	await page.goto('/embed?controls=legend,search,measure');
	await waitForMapIdle(page);
	await expect(page.getByRole('combobox', { name: /Search/ })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Measure' })).toBeVisible();
	await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveCount(0);

	// search picks a feature and opens its popup
	await page.getByRole('combobox', { name: /Search/ }).fill('Fakhrabad');
	await page
		.getByRole('option', { name: /Fakhrabad/ })
		.first()
		.click();
	await expect(page.locator('.feature-popup')).toContainText('Fakhrabad');
});

test('the compact legend hides layers and gives them back', async ({ page }) => {
	await page.setViewportSize({ width: 800, height: 500 });
	await page.goto('/embed?layers=tj-af-border,gbao,kharbmaydon');
	await waitForMapIdle(page);
	const legend = page.locator('#embed-legend');
	await expect(legend).toBeVisible();
	await expect(legend.locator('input[type="checkbox"]')).toHaveCount(3);
	// the legend lists the layers the embedder chose; an unticked row stays, to be ticked back
	await legend.locator('input[data-layer="gbao"]').click();
	await expect(legend.locator('input[type="checkbox"]')).toHaveCount(3);
	await expect(legend.locator('input[data-layer="gbao"]')).not.toBeChecked();
	await expect.poll(() => renderedIds(page, ['gbao-fill'])).toEqual([]);
	await legend.locator('input[data-layer="gbao"]').click();
	await expect(legend.locator('input[data-layer="gbao"]')).toBeChecked();
	await expect.poll(() => renderedIds(page, ['gbao-fill'])).toContain('gbao');
	// collapsible
	await page.getByRole('button', { name: /Legend/ }).click();
	await expect(legend).toBeHidden();
});

test('a measurement from the URL is drawn and measured geodesically in the chosen units', async ({
	page
}) => {
	await page.goto('/embed?measure=68.7739,38.5598;69.2,37.9&units=mi');
	await waitForMapIdle(page);
	const readout = page.getByRole('region', { name: 'Measurement' });
	// 82,193.17 m (GeographicLib) = 51.07 statute miles
	await expect(readout).toContainText('51.1 mi');
	await expect(readout.locator('[data-length-meters]')).toHaveAttribute(
		'data-length-meters',
		'82193.2'
	);
	const lines = await page.evaluate(
		() =>
			(window as unknown as MapWindow).__frontierMap.queryRenderedFeatures({
				layers: ['tool-measure-line']
			}).length
	);
	expect(lines).toBeGreaterThan(0);
});

test('with the measure control a reader can draw, undo and clear a path', async ({ page }) => {
	await page.setViewportSize({ width: 800, height: 500 });
	await page.goto('/embed?controls=measure&view=8/38.3/69');
	await waitForMapIdle(page);
	await page.getByRole('button', { name: 'Measure' }).click();
	const canvas = page.locator('.maplibregl-canvas');
	await canvas.click({ position: { x: 300, y: 200 } });
	await expect(page.getByRole('region', { name: 'Measurement' })).toContainText('second point');
	await page.waitForTimeout(400); // not a double-click
	await canvas.click({ position: { x: 500, y: 300 } });
	await expect(page.getByRole('region', { name: 'Measurement' })).toContainText(/\d+(\.\d+)? km/);
	await expect(page).toHaveURL(/measure=/);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByRole('region', { name: 'Measurement' })).not.toContainText(' km');
	await page.getByRole('button', { name: 'Clear' }).click();
	await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
});

test('cooperative gestures: a plain wheel scrolls past the embed, Ctrl+wheel zooms it', async ({
	page
}) => {
	await page.setViewportSize({ width: 800, height: 500 });
	await page.goto('/embed?view=7/38.6/69.5');
	await waitForMapIdle(page);
	const zoom = () => page.evaluate(() => (window as unknown as MapWindow).__frontierMap.getZoom());
	await page.mouse.move(400, 250);
	await page.mouse.wheel(0, -600);
	await page.waitForTimeout(600);
	expect(await zoom()).toBeCloseTo(7, 5);
	await expect(page.locator('.maplibregl-cooperative-gesture-screen')).toContainText(/Ctrl|⌘/);

	await page.keyboard.down('Control');
	await page.mouse.wheel(0, -600);
	await page.keyboard.up('Control');
	await expect.poll(zoom).toBeGreaterThan(7.2);
});

test('the embed loads no panel, report-list, places-list or builder code', async ({ page }) => {
	const scripts: { url: string; body: Buffer }[] = [];
	page.on('response', async (res) => {
		if (res.request().resourceType() === 'script' || res.url().endsWith('.js')) {
			scripts.push({ url: res.url(), body: await res.body() });
		}
	});
	await page.goto('/embed');
	await waitForMapIdle(page);
	await page.waitForLoadState('networkidle');
	const text = scripts.map((s) => s.body.toString('utf8')).join('\n');
	for (const marker of [
		// the components' own markup (their words are messages: src/lib/i18n, loaded per group)
		'<div class="passages', // ReportPassages
		'role="tablist"', // Tabs (the panel)
		'data-place', // PlacesList
		'<main class="builder', // the builder page
		'class="options-col' // the builder's options column
	]) {
		expect(text, `a chunk with “${marker}”`).not.toContain(marker);
	}
	const isWorker = (url: string) => /worker/i.test(url);
	const gz = (list: typeof scripts) => list.reduce((n, s) => n + gzipSync(s.body).length, 0);
	const main = scripts.filter((s) => !isWorker(s.url));
	const worker = scripts.filter((s) => isWorker(s.url));
	console.log(
		`/embed JS: ${main.length} chunks, ${(gz(main) / 1024).toFixed(1)} KB gzip` +
			` (+ MapLibre worker ${(gz(worker) / 1024).toFixed(1)} KB gzip)`
	);
});

/** Text that only a given lazily loaded module carries, to tell from the scripts a page ran. */
const LAZY_MARKERS = {
	parser: 'must be an object { zoom', // the postMessage parser (zod), src/lib/embed/protocol.ts
	geodesic: 'Equatorial radius is not positive', // GeographicLib
	catalog: 'Tajikistan between CSTO', // the whole catalog and report (report.json's title)
	popup: '<article class="details' // FeatureDetails' markup (its words are messages)
} as const;

/** Loads `url` to the map's first idle; the text of the scripts it ran, the data files it asked for. */
async function visit(page: Page, url: string) {
	const scripts: Promise<string>[] = [];
	const data: string[] = [];
	const onResponse = (res: Response) => {
		const path = new URL(res.url()).pathname;
		if (path.endsWith('.js')) scripts.push(res.text().catch(() => ''));
		if (path.startsWith('/data/')) data.push(path);
	};
	page.on('response', onResponse);
	const html = await (await page.goto(url))!.text();
	await waitForMapIdle(page);
	await page.waitForLoadState('networkidle');
	page.off('response', onResponse);
	return { html, scripts: (await Promise.all(scripts)).join('\n'), data };
}

test('an embed fetches the parser, GeographicLib and feature details only when it needs them', async ({
	page
}) => {
	const plain = await visit(page, '/embed');
	for (const [name, marker] of Object.entries(LAZY_MARKERS))
		expect(plain.scripts, `plain /embed loaded ${name}`).not.toContain(marker);
	expect(plain.data.filter((p) => p.startsWith('/data/features/'))).toEqual([]);

	// The selected feature's file comes inside the server-rendered page (no request for it, none
	// for any other feature), with the popup's code; not the catalog, the parser or GeographicLib.
	const selected = await visit(page, '/embed?select=kharbmaydon');
	await expect(page.locator('.feature-popup [data-feature="kharbmaydon"]')).toBeVisible();
	expect(selected.html).toContain('data-sveltekit-fetched');
	expect(selected.html).toContain('/data/features/kharbmaydon.json');
	expect(selected.data.filter((p) => p.startsWith('/data/features/'))).toEqual([]);
	expect(selected.scripts).toContain(LAZY_MARKERS.popup);
	for (const name of ['parser', 'geodesic', 'catalog'] as const)
		expect(selected.scripts, `/embed?select= loaded ${name}`).not.toContain(LAZY_MARKERS[name]);

	// Clicking another site fetches that one file (closing the first popup: it may cover the site).
	await page.locator('.feature-popup').getByRole('button', { name: 'Close popup' }).click();
	await expect(page.locator('.feature-popup')).toHaveCount(0);
	const asked: string[] = [];
	page.on('request', (r) => asked.push(new URL(r.url()).pathname));
	await page.evaluate(() => {
		const map = (window as unknown as MapWindow).__frontierMap;
		map.jumpTo({ center: [68.72, 38.0], zoom: 7.5 });
	});
	await waitForMapIdle(page);
	const point = await page.evaluate(() => {
		const map = (window as unknown as MapWindow).__frontierMap;
		const p = map.project([68.72, 38.27]); // Fakhrabad
		return { x: p.x, y: p.y };
	});
	const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
	await page.mouse.click(box.x + point.x, box.y + point.y);
	await expect(page.locator('.feature-popup [data-feature="fakhrabad"]')).toBeVisible();
	expect(asked.filter((p) => p.startsWith('/data/features/'))).toEqual([
		'/data/features/fakhrabad.json'
	]);

	// A search pick both opens the popup and flies there: still one request for the file.
	await visit(page, '/embed?controls=search');
	asked.length = 0;
	await page.getByRole('combobox', { name: /Search/ }).fill('Okno');
	await page.getByRole('option', { name: /Okno/ }).first().click();
	await expect(page.locator('.feature-popup [data-feature="okno-sanglok"]')).toBeVisible();
	expect(asked.filter((p) => p.startsWith('/data/features/'))).toEqual([
		'/data/features/okno-sanglok.json'
	]);

	// Drawing a path fetches GeographicLib, and the length appears once it has.
	const drawn = await visit(page, '/embed?controls=measure&view=7/38.5/69.5');
	expect(drawn.scripts).not.toContain(LAZY_MARKERS.geodesic);
	const later: Promise<string>[] = [];
	page.on('response', (res) => {
		if (res.url().endsWith('.js')) later.push(res.text().catch(() => ''));
	});
	await page.getByRole('button', { name: 'Measure' }).click();
	const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
	await page.mouse.click(canvas.x + canvas.width * 0.3, canvas.y + canvas.height * 0.5);
	await page.mouse.click(canvas.x + canvas.width * 0.7, canvas.y + canvas.height * 0.5);
	await expect(page.locator('.measure .length')).toHaveAttribute('data-length-meters', /^\d+\.\d$/);
	expect((await Promise.all(later)).join('\n')).toContain(LAZY_MARKERS.geodesic);
});

test('a feature file that is missing or broken leaves a working map and says so', async ({
	page,
	watch
}) => {
	watch.allowConsoleErrors('Failed to load resource');
	await page.route('**/data/features/fakhrabad.json', (route) =>
		route.fulfill({ status: 200, contentType: 'application/json', body: '{"entry": {"id": "fa' })
	);
	await page.route('**/data/features/gbao.json', (route) =>
		route.fulfill({ status: 404, body: 'Not found' })
	);
	await page.goto('/embed?view=6.6/38.4/71');
	await waitForMapIdle(page);
	const clickAt = async (lonLat: [number, number]) => {
		const p = await page.evaluate(
			(ll) => (window as unknown as MapWindow).__frontierMap.project(ll),
			lonLat
		);
		const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
		await page.mouse.click(box.x + p.x, box.y + p.y);
	};
	const FAKHRABAD: [number, number] = [68.72, 38.27];
	await clickAt(FAKHRABAD);
	await expect(
		page.locator('[data-notice]', { hasText: 'fakhrabad.json is not valid JSON' })
	).toBeVisible();
	await clickAt([73.5, 38.2]); // inside GBAO
	await expect(
		page.locator('[data-notice]', { hasText: 'gbao.json could not be fetched (HTTP 404)' })
	).toBeVisible();
	await expect(page.locator('.feature-popup')).toHaveCount(0);

	// once the file is back, selecting again works
	await page.unroute('**/data/features/fakhrabad.json');
	await clickAt([70, 37.5]); // away from any feature: clears the selection
	await clickAt(FAKHRABAD);
	await expect(page.locator('.feature-popup [data-feature="fakhrabad"]')).toBeVisible();
});

const sizes = [
	{ name: 'desktop', viewport: { width: 800, height: 500 } },
	{ name: 'phone', viewport: { width: 360, height: 640 } }
];
for (const { name, viewport } of sizes) {
	test(`screenshot: /embed at ${name} size`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await page.goto(
			'/embed?select=kharbmaydon&measure=68.7739,38.5598;68.55,37.35&controls=zoom,legend,measure,search,fullscreen'
		);
		await waitForMapIdle(page);
		await expect(page.locator('.feature-popup')).toBeVisible();
		await page.screenshot({ path: `${SCREENS}/embed-${name}.png` });
		await page.goto(
			'/embed?theme=dark&view=6.4/38.7/70.9&controls=zoom,legend&layers=tj-af-border,tj-kg-border,gbao,places,rivers'
		);
		await waitForMapIdle(page);
		await page.screenshot({ path: `${SCREENS}/embed-${name}-dark.png` });
	});
}
