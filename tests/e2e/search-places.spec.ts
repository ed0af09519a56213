/**
 * Search finds every place the map labels, not only the report's features, in Latin and
 * Cyrillic letters: a Russian name opens the feature's popup (Хорог → Khorugh); a town that is
 * not in the catalogue (Termez) moves the map to it, turning its layer on if needed. The names
 * load when the search box is first used, not with the page.
 */
import type { Page, Response } from '@playwright/test';
import { expect, renderedIds, test, waitForMapIdle } from './fixtures';

// several map loads per test, on a shared two-core machine
test.describe.configure({ timeout: 180_000 });

type MapWindow = { __frontierMap: import('maplibre-gl').Map };
const TERMEZ: [number, number] = [67.27, 37.22];
/** A word only the place index holds (Termez's Russian name). */
const INDEX_MARKER = 'Термез';

/** Where Termez is on screen, whether that is inside the map, and the zoom. */
async function termezOnScreen(page: Page) {
	return page.evaluate((lonLat) => {
		const map = (window as unknown as MapWindow).__frontierMap;
		const p = map.project(lonLat);
		const c = map.getCanvas();
		return {
			inside: p.x > 0 && p.y > 0 && p.x < c.clientWidth && p.y < c.clientHeight,
			zoom: map.getZoom()
		};
	}, TERMEZ);
}

/** The text of every script the page loads from now on. */
function scriptsFrom(page: Page): Promise<string>[] {
	const scripts: Promise<string>[] = [];
	page.on('response', (res: Response) => {
		if (new URL(res.url()).pathname.endsWith('.js')) scripts.push(res.text().catch(() => ''));
	});
	return scripts;
}

test('a Russian name finds the report’s feature: Хорог opens Khorugh', async ({ page }) => {
	await page.goto('/');
	await waitForMapIdle(page);
	const search = page.getByRole('combobox', { name: /Search/ });
	await search.fill('Хорог');
	const option = page.getByRole('option', { name: /Khorugh/ }).first();
	await expect(option).toContainText('Хорог');
	await search.press('Enter');
	await expect(page.locator('.feature-popup')).toContainText('Khorugh');
	await expect(page).toHaveURL(/select=khorugh/);

	await search.fill('Душанбе');
	await expect(page.getByRole('option').first()).toContainText('Dushanbe');
});

test('a town the map labels but the report does not list: Termez moves the map there', async ({
	page
}) => {
	const scripts = scriptsFrom(page);
	await page.goto('/');
	await waitForMapIdle(page);
	await page.waitForLoadState('networkidle');
	expect((await Promise.all(scripts)).join('\n'), 'the place names load on demand').not.toContain(
		INDEX_MARKER
	);
	expect((await termezOnScreen(page)).zoom).toBeLessThan(9);

	const search = page.getByRole('combobox', { name: /Search/ });
	await search.fill('termez');
	const option = page.getByRole('option', { name: /Termez/ }).first();
	await expect(option).toContainText('Town or city, Uzbekistan');
	expect((await Promise.all(scripts)).join('\n')).toContain(INDEX_MARKER);
	await search.press('Enter');

	await expect(page.getByRole('status').filter({ hasText: 'Showing Termez' })).toHaveCount(1);
	await expect.poll(async () => (await termezOnScreen(page)).zoom).toBeGreaterThanOrEqual(8.9);
	expect((await termezOnScreen(page)).inside).toBe(true);
	await waitForMapIdle(page);
	expect(await renderedIds(page, ['places-label'])).toContain('place-termez');
	await page.screenshot({ path: 'bench/tmp/h5/shots/search-termez-desktop.png' });
});

test('picking a place on a layer that is off turns the layer on and says so', async ({ page }) => {
	await page.goto('/?layers=tj-af-border,gbao');
	await waitForMapIdle(page);
	const search = page.getByRole('combobox', { name: /Search/ });
	await search.fill('Термез');
	await page
		.getByRole('option', { name: /Termez/ })
		.first()
		.click();
	await expect(page.getByText('Turned on the layer “Places” to show Termez.')).toBeVisible();
	await expect(page).toHaveURL(/layers=[^&]*places/);
	await expect.poll(async () => (await termezOnScreen(page)).inside).toBe(true);
});

test('the embed’s search finds basemap places too (K2, a peak)', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/embed?controls=search');
	await waitForMapIdle(page);
	const search = page.getByRole('combobox', { name: /Search/ });
	await search.fill('K2');
	await expect(page.getByRole('option', { name: /K2/ }).first()).toContainText('Peak');
	await page.screenshot({ path: 'bench/tmp/h5/shots/search-k2-embed-phone.png' });
	await search.press('Enter');
	await expect
		.poll(() =>
			page.evaluate(() => {
				const map = (window as unknown as MapWindow).__frontierMap;
				const p = map.project([76.51, 35.88]);
				const c = map.getCanvas();
				return p.x > 0 && p.y > 0 && p.x < c.clientWidth && p.y < c.clientHeight;
			})
		)
		.toBe(true);
});
