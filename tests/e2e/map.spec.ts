import { expect, renderedIds, test, waitForMapIdle } from './fixtures';

const REQUIRED = {
	'tj-af-border': ['tj-af-border-line'],
	'tj-kg-border': ['tj-kg-border-line'],
	gbao: ['gbao-fill'],
	kharbmaydon: ['kharbmaydon-site-dot'],
	fakhrabad: ['fakhrabad-site-dot'],
	'base-201-dushanbe': ['base-201-site-dot'],
	'base-201-bokhtar': ['base-201-site-dot']
} as const;

test('the home page draws every required layer on the offline basemap', async ({ page }) => {
	await page.goto('/');
	await waitForMapIdle(page);
	for (const [id, layers] of Object.entries(REQUIRED)) {
		expect(
			await renderedIds(page, [...layers]),
			`rendered features of ${layers.join(', ')}`
		).toContain(id);
	}
	// the basemap itself: Tajikistan and its neighbours, rivers, places
	const basemap = await page.evaluate(() => {
		const map = (window as unknown as { __frontierMap: import('maplibre-gl').Map }).__frontierMap;
		const count = (layer: string) => map.queryRenderedFeatures({ layers: [layer] }).length;
		return {
			countries: count('countries-fill'),
			rivers: count('rivers-line'),
			places: count('places-site-dot')
		};
	});
	expect(basemap.countries).toBeGreaterThan(3);
	expect(basemap.rivers).toBeGreaterThan(0);
	expect(basemap.places).toBeGreaterThan(0);
	await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('OpenStreetMap contributors');
});
