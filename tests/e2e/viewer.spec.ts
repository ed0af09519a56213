/** Viewer journeys on the full map: popups ↔ report, URL state, search, fallbacks. */
import { expect, renderedIds, test } from './fixtures';
import { clickMapAt, gotoMap, withoutWebGL } from './map-helpers';

test('clicking a site opens its popup, and "Read in report" highlights the passage', async ({
	page
}) => {
	await gotoMap(page, '/');
	await clickMapAt(page, [68.72, 38.27]); // Fakhrabad
	const popup = page.locator('.feature-popup');
	await expect(popup).toContainText('Fakhrabad Training Center');
	await expect(popup).toContainText('Report, passage');
	await expect(popup).toContainText('±15 km');
	await expect(page).toHaveURL(/select=fakhrabad/);
	await popup.getByRole('button', { name: 'Read in report' }).last().click();
	await expect(page.getByRole('tab', { name: 'Report' })).toHaveAttribute('aria-selected', 'true');
	const highlighted = page.locator('.passage.highlighted');
	await expect(highlighted).toHaveCount(1);
	await expect(highlighted).toContainText('Fakhrabad Training Center');
	await expect(highlighted).toBeInViewport();
});

test('a passage chip flies to its feature and opens the popup', async ({ page }) => {
	await gotoMap(page, '/');
	await page.getByRole('tab', { name: 'Report' }).click();
	await page.locator('#panel-p-3 [data-chip="kharbmaydon"]').click();
	await expect(page.locator('.feature-popup')).toContainText('Kharbmaydon training ground');
	await expect(page).toHaveURL(/select=kharbmaydon/);
	// map → text: the feature's passages are highlighted in the panel
	await expect(page.locator('#panel-p-3')).toHaveClass(/highlighted/);
});

test('a shared URL restores view, layers, selection and theme; the URL follows the map', async ({
	page
}) => {
	await gotoMap(page, '/?view=6.5/38.2/70.5/0/0&layers=gbao,tj-af-border&select=gbao&theme=dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.locator('.feature-popup')).toContainText('Gorno-Badakhshan');
	const view = await page.evaluate(() => {
		const map = (window as unknown as { __frontierMap: import('maplibre-gl').Map }).__frontierMap;
		return { zoom: map.getZoom(), ...map.getCenter() };
	});
	expect(view.zoom).toBeCloseTo(6.5, 5);
	expect(view.lat).toBeCloseTo(38.2, 5);
	expect(view.lng).toBeCloseTo(70.5, 5);
	expect(await renderedIds(page, ['tj-kg-border-line'])).toEqual([]);
	expect(await renderedIds(page, ['gbao-fill'])).toEqual(['gbao']);
	await page.getByRole('tab', { name: 'Layers' }).click();
	await expect(page.locator('input[data-layer="tj-kg-border"]')).not.toBeChecked();
	await expect(page.locator('input[data-layer="gbao"]')).toBeChecked();

	const historyLength = await page.evaluate(() => history.length);
	await page.evaluate(() => {
		const map = (window as unknown as { __frontierMap: import('maplibre-gl').Map }).__frontierMap;
		map.jumpTo({ center: [71.5, 37.5], zoom: 7 });
	});
	await expect(page).toHaveURL(/view=7(\.0+)?\/37\.5\d*\/71\.5/);
	expect(await page.evaluate(() => history.length)).toBe(historyLength);
	await expect(page).toHaveURL(/layers=tj-af-border,gbao|layers=gbao,tj-af-border/);
	await expect(page).toHaveURL(/theme=dark/);
});

test('invalid URL values are ignored with a polite notice while the rest applies', async ({
	page
}) => {
	await gotoMap(page, '/?view=99/abc/1&select=atlantis&theme=dark&layers=gbao,nonsense');
	const notices = page.locator('[data-notice="info"]');
	await expect(notices.filter({ hasText: 'view' })).toHaveCount(1);
	await expect(notices.filter({ hasText: 'atlantis' })).toHaveCount(1);
	await expect(notices.filter({ hasText: 'nonsense' })).toHaveCount(1);
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(await renderedIds(page, ['gbao-fill'])).toEqual(['gbao']);
	await notices.first().getByRole('button', { name: 'Dismiss notice' }).click();
	await expect(notices).toHaveCount(2);
});

test('search finds a place by another spelling and a passage by its words, by keyboard', async ({
	page
}) => {
	await gotoMap(page, '/');
	const box = page.getByRole('combobox', { name: /search/i });
	await box.fill('Harbmaidon');
	await expect(page.getByRole('option').first()).toContainText('Kharbmaydon');
	await box.press('Enter');
	await expect(page.locator('.feature-popup')).toContainText('Kharbmaydon training ground');
	await box.fill('Resolution 1540');
	await box.press('ArrowDown');
	await expect(page.getByRole('option', { selected: true })).toContainText('Passage');
	await box.press('Enter');
	await expect(page.locator('.passage.highlighted')).toContainText('Resolution 1540');
});

test('choosing a timeline event dims the features outside its period', async ({ page }) => {
	await gotoMap(page, '/');
	await page.getByRole('tab', { name: 'Timeline' }).click();
	await expect(
		page.getByRole('heading', { name: 'Dated events of the report and its context' })
	).toBeVisible();
	// a date the report does not give is marked with its source; the report's own are not
	await expect(page.locator('[data-event="tj-kg-clashes-2021"] .date-source')).toHaveText(
		/^date: 24\.kg.*, not the report$/
	);
	await expect(page.locator('[data-event="frontier-2022"] .date-source')).toHaveCount(0);
	const note = page.locator('[data-event="tj-kg-clashes-2021"] details.date-note');
	await note.locator('summary').click();
	await expect(note).toContainText('The report speaks only of');
	await page
		.locator('[data-event] button[aria-pressed]')
		.filter({ hasText: 'Show on map' })
		.last()
		.click();
	await expect(page.getByRole('status').filter({ hasText: 'Map filtered' })).toBeVisible();
	const dim = await page.evaluate(() => {
		const map = (window as unknown as { __frontierMap: import('maplibre-gl').Map }).__frontierMap;
		return {
			kharbmaydon: map.getFeatureState({ source: 'sites', id: 'kharbmaydon' }).dim === true,
			vorukh: map.getFeatureState({ source: 'sites', id: 'vorukh' }).dim === true
		};
	});
	// a feature never dimmed has no `dim` state at all (the style reads it with a default)
	expect(dim).toEqual({ kharbmaydon: false, vorukh: true });
	// the same button again lifts the filter: what was dimmed is drawn in full again
	await page.locator('[data-event] button[aria-pressed="true"]').click();
	await expect(page.getByRole('status').filter({ hasText: 'Map filtered' })).toHaveCount(0);
	expect(
		await page.evaluate(
			() =>
				(
					window as unknown as { __frontierMap: import('maplibre-gl').Map }
				).__frontierMap.getFeatureState({ source: 'sites', id: 'vorukh' }).dim
		)
	).toBe(false);
});

test('at phone width the panel is a bottom sheet that can be hidden', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await gotoMap(page, '/');
	const handle = page.getByRole('button', { name: 'Hide panel' });
	await expect(handle).toBeVisible();
	const panel = page.locator('#map-panel');
	const box = await panel.boundingBox();
	expect(box!.y).toBeGreaterThan(400);
	await handle.click();
	await expect(page.getByRole('button', { name: 'Show panel' })).toHaveAttribute(
		'aria-expanded',
		'false'
	);
	await expect(page.locator('#map-panel-body')).toBeHidden();
});

test('without WebGL the page explains and lists the places with their passages', async ({
	page
}) => {
	await withoutWebGL(page);
	await page.goto('/');
	await expect(page.getByRole('heading', { name: /cannot be drawn/ })).toBeVisible();
	const fallback = page.locator('.fallback');
	await expect(fallback).toContainText('Kharbmaydon training ground');
	await expect(fallback).toContainText('Report, passage');
	await expect(fallback.getByRole('link', { name: 'Read in report' }).first()).toHaveAttribute(
		'href',
		/\/report#p-\d+/
	);
});

test('a data file that fails to load is named, and the rest of the map still works', async ({
	page,
	watch
}) => {
	watch.allowConsoleErrors('rivers.geojson', '404');
	await page.route('**/data/rivers.geojson', (route) =>
		route.fulfill({ status: 404, body: 'not found' })
	);
	await gotoMap(page, '/');
	await expect(page.locator('[data-notice="error"]')).toContainText('rivers.geojson');
	expect(await renderedIds(page, ['tj-af-border-line'])).toEqual(['tj-af-border']);
	expect(await renderedIds(page, ['kharbmaydon-site-dot'])).toEqual(['kharbmaydon']);
});
