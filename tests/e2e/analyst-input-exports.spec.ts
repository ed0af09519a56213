/**
 * Issue 13, the analyst's side: typed coordinates off the map are refused with the map's extent
 * (and an unlettered order settled by it, a repeated point refused), the exports are what
 * spreadsheets and GDAL expect (segments only, WKT on both CSVs, metres, lines along the
 * geodesics), signs use one true minus, a long bad radius is not echoed in full, and the sites
 * table fits a phone.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { saveDownload } from './downloads';
import { expect, test } from './fixtures';
import { gotoMap } from './map-helpers';

type Map = import('maplibre-gl').Map;

const hasOgr = existsSync('/usr/bin/ogrinfo');
const SHOTS = process.env.SHOTS_DIR;
const EXTENT_WORDS = 'latitude 33° N to 44° N, longitude 60° E to 80° E';

test.describe.configure({ timeout: 120_000 });

async function openAnalyse(page: Page, url = '/') {
	await gotoMap(page, url);
	await page.getByRole('tab', { name: 'Analyse' }).click();
}

const center = (page: Page) =>
	page.evaluate(() => {
		const map = (window as unknown as { __frontierMap: Map }).__frontierMap;
		const c = map.getCenter();
		return [c.lng, c.lat];
	});

test('measure: a point off the map is refused naming the extent; lon, lat is settled by it; a repeat is refused', async ({
	page
}) => {
	await openAnalyse(page);
	const input = page.getByLabel('Add a point by coordinates (DD, DMS or MGRS)');
	const error = page.locator('#measure-typed-error');
	const points = page.locator('.points li');

	await input.fill('-91, 10');
	await input.press('Enter');
	await expect(error).toContainText('10.0000° N, 91.0000° W is outside the map');
	await expect(error).toContainText(EXTENT_WORDS);
	await expect(points).toHaveCount(0);

	await input.fill('38.5333, 68.7833');
	await input.press('Enter');
	await expect(points).toHaveCount(1);
	await expect(error).toHaveCount(0);

	// the same point again, typed another way (MGRS): refused, no 0 m segment
	await input.fill('42S VH 81112 65010');
	await input.press('Enter');
	await expect(error).toContainText('same point as the previous one');
	await expect(points).toHaveCount(1);

	// longitude first, no letters: only that order is on the map, so it is taken, and said
	await input.fill('68.55, 37.35');
	await input.press('Enter');
	await expect(points).toHaveCount(2);
	await expect(points.nth(1)).toContainText('37.35000, 68.55000');
	await expect(page.locator('[data-note="measure-typed"]')).toContainText(
		'Read as longitude, latitude'
	);
	await expect(page.locator('[data-result="measure-total"]')).toContainText(/13[23] km/);
});

test('go to: 91,0 and 0,0 get a message naming the extent and leave the map where it was', async ({
	page
}) => {
	await openAnalyse(page);
	const input = page.locator('#goto-input');
	const before = await center(page);
	for (const text of ['91,0', '0,0']) {
		await input.fill(text);
		await input.press('Enter');
		await expect(page.locator('#goto-error')).toContainText(`outside the map, which covers`);
		await expect(page.locator('#goto-error')).toContainText(EXTENT_WORDS);
	}
	expect(await center(page)).toEqual(before);
});

test('the measurement CSV has segment rows only, each a densified geodesic that GDAL reads', async ({
	page
}) => {
	// Dushanbe → Khorugh (270 km) → Kharbmaydon
	await openAnalyse(page, '/?measure=68.7833,38.5333;71.55583,37.49167;68.55,37.35');
	const measure = page.locator('section[aria-labelledby="h-measure"]');
	const csvPath = await saveDownload(
		measure.getByRole('button', { name: 'Download CSV' }),
		'measure.csv'
	);
	const text = readFileSync(csvPath, 'utf8');
	const lines = text.trim().split(/\r\n/);
	expect(lines).toHaveLength(3); // header + 2 segments, no total row
	expect(text).not.toMatch(/^total,/m);
	// the 270 km segment has a vertex every ≤ 10 km, not just its two ends
	const firstWkt = /"LINESTRING \(([^)]*)\)"/.exec(lines[1]!)![1]!;
	expect(firstWkt.split(', ').length).toBeGreaterThanOrEqual(28);

	const geoPath = await saveDownload(
		measure.getByRole('button', { name: 'Download GeoJSON' }),
		'measure.geojson'
	);
	const feature = JSON.parse(readFileSync(geoPath, 'utf8'));
	expect(feature.geometry.coordinates.length).toBeGreaterThan(3);
	expect(feature.properties.measuredPoints).toHaveLength(3);
	expect(feature.properties.totalMeters).toBeGreaterThan(400_000);

	test.skip(!hasOgr, 'ogrinfo (gdal-bin) is not installed');
	const info = execFileSync('ogrinfo', ['-ro', '-al', csvPath], { encoding: 'utf8' });
	expect(info).toMatch(/Feature Count: 2\b/);
	expect(info.match(/^\s+LINESTRING \(/gm)).toHaveLength(2);
});

test('the sites CSV opens in GDAL as points with no options, distances in metres', async ({
	page
}) => {
	await openAnalyse(page);
	const sites = page.locator('section[aria-labelledby="h-sites"]');
	const csvPath = await saveDownload(
		sites.getByRole('button', { name: 'Download CSV' }),
		'sites.csv'
	);
	const [header] = readFileSync(csvPath, 'utf8').split('\n');
	expect(header).toMatch(/^id,name,kind,lon,lat,/);
	expect(header).toMatch(/,to_dushanbe_m,/);
	expect(header).not.toMatch(/_km\b/);
	expect(header).toMatch(/,WKT$/);
	test.skip(!hasOgr, 'ogrinfo (gdal-bin) is not installed');
	const info = execFileSync('ogrinfo', ['-ro', '-al', csvPath], { encoding: 'utf8' });
	const count = Number(/Feature Count: (\d+)/.exec(info)![1]);
	expect(count).toBeGreaterThan(5);
	expect(info.match(/^\s+POINT \(/gm)).toHaveLength(count);
});

test('claim checks write one true minus sign; a 500-character bad radius is cut and stays in the panel', async ({
	page
}) => {
	await openAnalyse(page, '/?select=base-201-dushanbe');
	const claims = page.locator('section[aria-labelledby="h-claims"]');
	const kharbmaydon = claims.locator('[data-claim="kharbmaydon-140-km-from-dushanbe"]');
	await expect(kharbmaydon).toContainText(/−7\.\d+ km \(−5\.\d %\)/);
	expect(await claims.innerText()).not.toMatch(/\(-\d|\s-\d/);

	const bad = 'x'.repeat(500);
	await page.getByLabel(/Radii in kilometres/).fill(`50, ${bad}`);
	const error = page.locator('section[aria-labelledby="h-rings"] .error');
	await expect(error).toContainText(`Ignored: ${'x'.repeat(20)}…`);
	expect((await error.innerText()).length).toBeLessThan(120);
	const fits = await error.evaluate((el) => {
		const panel = el.closest('section')!.getBoundingClientRect();
		const box = el.getBoundingClientRect();
		return box.right <= panel.right + 1 && el.scrollWidth <= el.clientWidth + 1;
	});
	expect(fits).toBe(true);
});

test('the sites table fits a 390 px phone: "81.2 km ±1" cells, full ranges on demand', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openAnalyse(page);
	const sites = page.locator('section[aria-labelledby="h-sites"]');
	await sites.scrollIntoViewIfNeeded();
	const row = sites.locator('tbody tr[data-site="kharbmaydon"]');
	const cell = row.locator('td').first();
	await expect(cell).toHaveText(/^\d+ km ±40$/);
	// one line per distance cell, not seven
	const lineHeights = await row.locator('td').evaluateAll((tds) =>
		tds.map((td) => {
			// the text's own height (the row is as tall as the site's name cell)
			const range = document.createRange();
			range.selectNodeContents(td);
			const cs = getComputedStyle(td);
			const line = parseFloat(cs.lineHeight) || parseFloat(cs.fontSize) * 1.25;
			return range.getBoundingClientRect().height / line;
		})
	);
	for (const lines of lineHeights) expect(lines).toBeLessThan(2.5);
	if (SHOTS) {
		mkdirSync(SHOTS, { recursive: true });
		await sites.screenshot({ path: `${SHOTS}/sites-table-390.png` });
	}
	await sites.getByLabel('Show full ranges').check();
	await expect(cell).toContainText('with the ±40 km position uncertainty');
	if (SHOTS) await sites.screenshot({ path: `${SHOTS}/sites-table-390-full.png` });
});

test('/about shows the claim checks with the same component and signs', async ({ page }) => {
	await page.goto('/about#claims');
	const claim = page.locator('#claim-kharbmaydon-140-km-from-dushanbe');
	await expect(claim).toHaveAttribute('data-claim', 'kharbmaydon-140-km-from-dushanbe');
	await expect(claim).toContainText(/−7\.\d+ km \(−5\.\d %\)/);
	await expect(claim.getByRole('link', { name: /Report, passage \d+/ })).toBeVisible();
});
