/**
 * The map's look (issue 13, items 6 and 7, the legend order and the phone attribution): the
 * camera never shows ground outside the data, zoom stops where the data does, each country and
 * region is named once, the capital's name leads, the legend puts the report first, and the
 * scale bar stays clear of the attribution on a phone.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';

type MapWindow = { __frontierMap: import('maplibre-gl').Map };

/** The study box every data file is cut to (src/lib/geo/extent.ts). */
const EXTENT = { west: 60, south: 33, east: 80, north: 44 };
/** Half a pixel or so at the zooms tested. */
const TOLERANCE = 0.01;

/** The positions under the canvas's corners and edge midpoints. */
async function viewOutline(page: Page): Promise<[number, number][]> {
	return page.evaluate(() => {
		const map = (window as unknown as MapWindow).__frontierMap;
		const { clientWidth: w, clientHeight: h } = map.getCanvas();
		const points: [number, number][] = [
			[0, 0],
			[w / 2, 0],
			[w, 0],
			[w, h / 2],
			[w, h],
			[w / 2, h],
			[0, h],
			[0, h / 2]
		];
		return points.map((p) => map.unproject(p).toArray() as [number, number]);
	});
}

function expectInsideExtent(points: [number, number][]) {
	for (const [lon, lat] of points) {
		expect(lon, `longitude of ${lon}, ${lat}`).toBeGreaterThanOrEqual(EXTENT.west - TOLERANCE);
		expect(lon, `longitude of ${lon}, ${lat}`).toBeLessThanOrEqual(EXTENT.east + TOLERANCE);
		expect(lat, `latitude of ${lon}, ${lat}`).toBeGreaterThanOrEqual(EXTENT.south - TOLERANCE);
		expect(lat, `latitude of ${lon}, ${lat}`).toBeLessThanOrEqual(EXTENT.north + TOLERANCE);
	}
}

/** How many times each text is drawn by the given symbol layers (placed labels only). */
async function labelCounts(page: Page, layers: string[]): Promise<Record<string, number>> {
	return page.evaluate((ids) => {
		const map = (window as unknown as MapWindow).__frontierMap;
		const present = ids.filter((id) => map.getLayer(id));
		const counts: Record<string, number> = {};
		// one entry per placed symbol: a feature split across tiles counts once per tile it is drawn in
		for (const f of map.queryRenderedFeatures({ layers: present })) {
			const key = `${f.layer.id}:${String(f.properties?.name ?? f.properties?.id)}`;
			counts[key] = (counts[key] ?? 0) + 1;
		}
		return counts;
	}, layers);
}

test.describe('the camera stays over the data', () => {
	test('a zoomed-out link shows no ground beyond the data, and says so', async ({ page }) => {
		await page.goto('/?view=4/38.5/71');
		await waitForMapIdle(page);
		expectInsideExtent(await viewOutline(page));
		await expect(page.locator('[data-notice]').filter({ hasText: 'view' })).toHaveCount(0);
	});

	test('a pitched view shows no ground beyond the data either', async ({ page }) => {
		await page.goto('/?view=5.5/38.7/71.3/0/60');
		await waitForMapIdle(page);
		expect(
			await page.evaluate(() => (window as unknown as MapWindow).__frontierMap.getPitch())
		).toBe(60);
		expectInsideExtent(await viewOutline(page));
	});

	test('zoom stops at 11 and a link beyond the map is brought back with a notice', async ({
		page
	}) => {
		await page.goto('/?view=16/38.56/91');
		await waitForMapIdle(page);
		const { zoom, maxZoom } = await page.evaluate(() => {
			const map = (window as unknown as MapWindow).__frontierMap;
			return { zoom: map.getZoom(), maxZoom: map.getMaxZoom() };
		});
		expect(maxZoom).toBe(11);
		expect(zoom).toBeLessThanOrEqual(11);
		expectInsideExtent(await viewOutline(page));
		await expect(
			page.locator('[data-notice]').filter({ hasText: 'nearest view inside it is shown' })
		).toHaveCount(1);
	});

	test('a 360 px embed can still show the whole of Tajikistan', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 600 });
		await page.goto('/embed');
		await waitForMapIdle(page);
		const [west, east] = await page.evaluate(() => {
			const map = (window as unknown as MapWindow).__frontierMap;
			return [map.project([67.34, 38.5]).x, map.project([75.15, 38.5]).x];
		});
		expect(west).toBeGreaterThanOrEqual(0);
		expect(east).toBeLessThanOrEqual(360);
		expectInsideExtent(await viewOutline(page));
	});
});

test.describe('labels', () => {
	for (const [name, size, url] of [
		['desktop, default view', { width: 1440, height: 900 }, '/'],
		['desktop, zoomed out', { width: 1440, height: 900 }, '/?view=4/38.5/71'],
		['phone, default view', { width: 390, height: 844 }, '/']
	] as const) {
		test(`each country and region is named once (${name})`, async ({ page }) => {
			await page.setViewportSize(size);
			await page.goto(url);
			await waitForMapIdle(page);
			const counts = await labelCounts(page, ['countries-label', 'gbao-label']);
			expect(Object.keys(counts).length).toBeGreaterThan(1);
			for (const [label, n] of Object.entries(counts)) expect(n, label).toBe(1);
		});
	}

	for (const [name, size, url] of [
		['phone', { width: 390, height: 844 }, '/'],
		['360 px embed', { width: 360, height: 600 }, '/embed'],
		['builder preview size', { width: 320, height: 240 }, '/embed?controls=']
	] as const) {
		test(`the capital is labelled (${name})`, async ({ page }) => {
			await page.setViewportSize(size);
			await page.goto(url);
			await waitForMapIdle(page);
			const drawn = await page.evaluate(() =>
				(window as unknown as MapWindow).__frontierMap
					.queryRenderedFeatures()
					.filter((f) => f.layer.type === 'symbol' && f.properties?.name === 'Dushanbe')
					.map((f) => f.layer.id)
			);
			// the capital's own layer: larger than any town, placed first (style.test.ts)
			expect(drawn).toContain('places-capital-label');
		});
	}
});

test('the legend lists the report’s layers first, then the context, under headings', async ({
	page
}) => {
	await page.goto('/');
	const toggles = page.locator('fieldset.toggles');
	const headings = toggles.locator('p.section');
	await expect(headings).toHaveText(['From the report', 'Context']);
	const fromReport = toggles.getByRole('list', { name: 'From the report' });
	const context = toggles.getByRole('list', { name: 'Context' });
	await expect(fromReport.locator('input[data-layer]').first()).toHaveAttribute(
		'data-layer',
		'tj-af-border'
	);
	for (const id of ['places', 'terrain', 'rivers']) {
		await expect(context.locator(`input[data-layer="${id}"]`)).toHaveCount(1);
		await expect(fromReport.locator(`input[data-layer="${id}"]`)).toHaveCount(0);
	}
});

test('on a phone the scale bar stays clear of the attribution', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	await waitForMapIdle(page);
	const [attrib, scale] = await Promise.all([
		page.locator('.maplibregl-ctrl-attrib').boundingBox(),
		page.locator('.maplibregl-ctrl-scale').boundingBox()
	]);
	const overlaps =
		scale!.x < attrib!.x + attrib!.width &&
		attrib!.x < scale!.x + scale!.width &&
		scale!.y < attrib!.y + attrib!.height &&
		attrib!.y < scale!.y + scale!.height;
	expect(overlaps).toBe(false);
});
