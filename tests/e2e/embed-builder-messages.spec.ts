/**
 * The builder's previews load once and are then updated over the postMessage API (issue 13,
 * item 10): ticking a box, choosing a theme, units, a feature or a view sends commands to the
 * loaded iframes instead of reloading them; only what no command can change (the controls)
 * reloads them.
 */
import type { Frame, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { waitForFrameMapIdle } from './embed-host';

test.describe.configure({ timeout: 180_000 });

/** Documents loaded into the page's iframes (not history changes inside them). */
function countFrameLoads(page: Page): string[] {
	const loads: string[] = [];
	page.on('request', (req) => {
		if (req.isNavigationRequest() && req.frame() !== page.mainFrame()) loads.push(req.url());
	});
	return loads;
}

async function previewFrame(page: Page, index: number): Promise<Frame> {
	const handle = await page.locator('figure.preview iframe').nth(index).elementHandle();
	const frame = await handle!.contentFrame();
	if (!frame) throw new Error('preview without a frame');
	return frame;
}

/** The visibility of a style layer in a preview's map. */
function visibility(frame: Frame, layerId: string): Promise<string> {
	return frame.evaluate((id) => {
		const map = (window as unknown as { __frontierMap?: import('maplibre-gl').Map }).__frontierMap;
		// (a reloaded preview has no map for a moment)
		return map ? String(map.getLayoutProperty(id, 'visibility') ?? 'visible') : 'no map';
	}, layerId);
}

test('one checkbox (and theme, units, feature, view) updates the previews without reloading them', async ({
	page
}) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	const loads = countFrameLoads(page);
	await page.goto('/embed/builder');
	const previews = page.locator('figure.preview');
	await expect(previews).toHaveCount(2);
	for (const i of [0, 1])
		await expect(previews.nth(i)).toHaveAttribute('data-status', 'ready', { timeout: 60_000 });
	const frames = [await previewFrame(page, 0), await previewFrame(page, 1)];
	for (const f of frames) await waitForFrameMapIdle(f);
	expect(loads).toHaveLength(2); // the first load of each preview
	const srcBefore = await previews.first().locator('iframe').getAttribute('src');
	loads.length = 0;

	// One checkbox: rivers off, in both previews, with no navigation.
	for (const f of frames) expect(await visibility(f, 'rivers-line')).toBe('visible');
	await page.locator('form input[data-layer="rivers"]').uncheck();
	for (const f of frames) await expect.poll(() => visibility(f, 'rivers-line')).toBe('none');
	await page.waitForTimeout(1000); // longer than the reload debounce
	expect(loads, 'iframe navigations for one checkbox').toEqual([]);

	// Theme, units, a feature and a typed view: still no navigation.
	await page.getByLabel('Dark').check();
	await page.getByLabel('Nautical miles').check();
	for (const f of frames) await expect(f.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.locator('#embed-select').selectOption('fakhrabad');
	for (const f of frames) await expect(f.getByRole('dialog', { name: /Fakhrabad/ })).toBeVisible();
	await page.locator('#embed-view').fill('8/37.6/68.9');
	await page.locator('#embed-view').press('Enter');
	await expect
		.poll(() =>
			frames[0]!.evaluate(() => {
				const map = (window as unknown as { __frontierMap: import('maplibre-gl').Map })
					.__frontierMap;
				const c = map.getCenter();
				return [map.getZoom(), Number(c.lat.toFixed(1)), Number(c.lng.toFixed(1))];
			})
		)
		.toEqual([8, 37.6, 68.9]);
	await page.waitForTimeout(1000);
	expect(loads, 'iframe navigations for theme, units, feature and view').toEqual([]);
	expect(await previews.first().locator('iframe').getAttribute('src')).toBe(srcBefore);
	// The builder's own code and URL follow as before.
	await expect(page.locator('#embed-code')).toHaveValue(/theme=dark/);
	await expect(page).toHaveURL(/units=nmi/);
	// A view set by the builder is not offered back as the reader's.
	await expect(page.getByRole('button', { name: 'Use this view' })).toHaveCount(0);

	// The controls are fixed when /embed loads: changing them reloads each preview once.
	await page.locator('form input[data-control="search"]').check();
	await expect.poll(() => loads.length).toBe(2);
	for (const i of [0, 1])
		await expect(previews.nth(i)).toHaveAttribute('data-status', 'ready', { timeout: 60_000 });
	const reloaded = await previewFrame(page, 0);
	await expect(reloaded.getByRole('combobox', { name: /Search/ })).toBeVisible();
	// …with everything chosen before.
	await expect(reloaded.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(reloaded.url()).toMatch(/view=8\/37\.6\/68\.9.*select=fakhrabad/);
	expect(reloaded.url()).not.toMatch(/layers=[^&]*rivers/);
	await page.screenshot({ path: 'bench/tmp/h1/shots/builder-desktop.png', fullPage: true });
	await page.waitForTimeout(1000);
	expect(loads).toHaveLength(2);
});

test('a phone-width builder updates its previews the same way', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	const loads = countFrameLoads(page);
	await page.goto('/embed/builder?select=kharbmaydon');
	const previews = page.locator('figure.preview');
	for (const i of [0, 1])
		await expect(previews.nth(i)).toHaveAttribute('data-status', 'ready', { timeout: 60_000 });
	loads.length = 0;
	await page.locator('form input[data-layer="places"]').uncheck();
	const frame = await previewFrame(page, 1);
	await expect.poll(() => visibility(frame, 'places-label')).toBe('none');
	await page.waitForTimeout(1000);
	expect(loads).toEqual([]);
	await page.screenshot({ path: 'bench/tmp/h1/shots/builder-phone.png', fullPage: true });
});
