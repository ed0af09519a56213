/**
 * The tab order of the map page: a skip link first, then the header, the search and the panel,
 * and only then the map canvas, its controls and its attribution links. The skip links work.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';

// several map loads per test, on a shared two-core machine
test.describe.configure({ timeout: 180_000 });

/** A short description of the focused element: id, class or text. */
function focused(page: Page): Promise<string> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body) return 'body';
		if (el.classList.contains('skip-link')) return `skip:${el.textContent?.trim()}`;
		if (el.id) return `#${el.id}`;
		if (el.classList.contains('maplibregl-canvas')) return 'canvas';
		if (el.closest('.maplibregl-ctrl-attrib')) return 'attribution';
		if (el.closest('.maplibregl-ctrl')) return 'map-control';
		if (el.closest('header')) return `header:${el.textContent?.trim()}`;
		if (el.closest('#map-panel')) return 'panel';
		return `${el.tagName.toLowerCase()}:${el.textContent?.trim().slice(0, 30)}`;
	});
}

/** The focus stops reached from the top of the page with `presses` Tabs. */
async function tabStops(page: Page, presses: number): Promise<string[]> {
	const stops: string[] = [];
	for (let i = 0; i < presses; i++) {
		await page.keyboard.press('Tab');
		stops.push(await focused(page));
	}
	return stops;
}

for (const viewport of [
	{ width: 1440, height: 900 },
	{ width: 390, height: 844 }
]) {
	test(`at ${viewport.width}px: skip links, header, search and panel come before the map`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await page.goto('/');
		await waitForMapIdle(page);
		const stops = await tabStops(page, 45);
		console.log(`tab order at ${viewport.width}px: ${stops.join(' → ')}`);

		expect(stops[0]).toBe('skip:Skip to search');
		expect(stops[1]).toBe('skip:Skip to map');
		expect(stops[2]).toMatch(/^header:Frontier Map/);
		const first = (pred: (s: string) => boolean) => stops.findIndex(pred);
		const search = first((s) => s === '#search-input');
		const panel = first((s) => s === 'panel' || s === 'panel-tab' || s.startsWith('#tab-'));
		const canvas = first((s) => s === 'canvas');
		const controls = first((s) => s === 'map-control' || s === 'attribution');
		expect(search, stops.join(' → ')).toBeGreaterThan(2);
		expect(canvas, stops.join(' → ')).toBeGreaterThan(search);
		expect(controls, stops.join(' → ')).toBeGreaterThan(canvas);
		if (panel >= 0) expect(panel, stops.join(' → ')).toBeLessThan(canvas);
		else expect.soft(stops.join(' → '), 'the panel is reached').toContain('panel');
		await page.keyboard.press('Shift+Tab');
	});
}

test('the skip links move the focus to the search and to the map', async ({ page }) => {
	await page.goto('/');
	await waitForMapIdle(page);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to search' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.screenshot({ path: 'bench/tmp/h5/shots/skip-link-desktop.png' });
	await page.keyboard.press('Enter');
	await expect(page.locator('#search-input')).toBeFocused();

	await page.keyboard.press('Shift+Tab'); // back to the header, then from the top again
	await page.goto('/');
	await waitForMapIdle(page);
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to map' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('.maplibregl-canvas')).toBeFocused();
	// the map has the keyboard: + zooms in
	const before = await page.evaluate(() =>
		(window as unknown as { __frontierMap: import('maplibre-gl').Map }).__frontierMap.getZoom()
	);
	await page.keyboard.press('Equal');
	await expect
		.poll(() =>
			page.evaluate(() =>
				(window as unknown as { __frontierMap: import('maplibre-gl').Map }).__frontierMap.getZoom()
			)
		)
		.toBeGreaterThan(before);
});

test('other pages have a skip link to their content', async ({ page }) => {
	await page.goto('/report');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});
