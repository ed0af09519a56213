/** Analyst journeys: measuring, distance to a border, range rings, coordinates, exports. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { saveDownload } from './downloads';
import { expect, test, waitForMapIdle } from './fixtures';
import { clickMapAt, gotoMap, pagePoint } from './map-helpers';

type Map = import('maplibre-gl').Map;

const hasOgr = existsSync('/usr/bin/ogrinfo');

// Each journey drives a WebGL map in SwiftShader for 20–30 s alone; the first one of a run also
// waits for a cold server. Leave room on a busy machine (a full run once took 60 s here).
test.describe.configure({ timeout: 120_000 });

test('measure: click to add, drag to move, click a point to remove; lengths are geodesic and in the URL', async ({
	page
}) => {
	await gotoMap(page, '/?view=7/38/69/0/0');
	await page.getByRole('tab', { name: 'Analyse' }).click();
	await page.getByRole('button', { name: 'Start measuring' }).click();
	await clickMapAt(page, [68.7833, 38.5333]); // Dushanbe
	await clickMapAt(page, [68.55, 37.35]); // Kharbmaydon
	await clickMapAt(page, [69.5, 37.6]);
	const total = page.locator('[data-result="measure-total"]');
	await expect(total).toContainText('km');
	await expect(page).toHaveURL(/measure=68\.78\d*,38\.53\d*;68\.5\d*,37\.3\d*;69\.\d+,37\.\d+/);
	// the first segment is Dushanbe → Kharbmaydon: ~133 km (clicks land within a pixel)
	await expect(page.locator('tbody tr').first()).toContainText(/13[23] km/);
	await expect(page.locator('tbody tr').first()).toContainText('(S)');

	// drag the third point somewhere else
	const third = await pagePoint(page, [69.5, 37.6]);
	await page.mouse.move(third.x, third.y);
	await page.mouse.down();
	await page.mouse.move(third.x + 60, third.y + 10, { steps: 5 });
	await page.mouse.up();
	await expect(page).not.toHaveURL(/;69\.5\d*,37\.6/);
	// click the second point to remove it
	await clickMapAt(page, [68.55, 37.35]);
	await expect(page.locator('.points li')).toHaveCount(2);

	await page.keyboard.press('Escape');
	await expect(page.getByRole('button', { name: 'Edit measurement' })).toBeVisible();
	// units
	await page.getByLabel('Units').selectOption('nmi');
	await expect(total).toContainText('nmi');
	await expect(page).toHaveURL(/units=nmi/);
});

test('measure: keyboard users type coordinates in DD, DMS or MGRS; bad input is explained', async ({
	page
}) => {
	await gotoMap(page, '/');
	await page.getByRole('tab', { name: 'Analyse' }).click();
	const input = page.getByLabel('Add a point by coordinates (DD, DMS or MGRS)');
	await input.fill('38.5333, 68.7833');
	await input.press('Enter');
	await input.fill('37°21′N 68°33′E');
	await input.press('Enter');
	await expect(page.locator('[data-result="measure-total"]')).toContainText(/13[23] km/);
	await input.fill('42S VH 81112 65010');
	await input.press('Enter');
	await expect(page.locator('.points li')).toHaveCount(3);
	await input.fill('north of nowhere');
	await input.press('Enter');
	await expect(page.locator('#measure-typed-error')).toBeVisible();
	await expect(page.locator('.points li')).toHaveCount(3);
});

test('distance to a border: a site gives a range from its precision; a picked point an exact length', async ({
	page
}) => {
	await gotoMap(page, '/?select=kharbmaydon');
	await page.getByRole('tab', { name: 'Analyse' }).click();
	const result = page.locator('[data-result="border-distance"]');
	await expect(result).toContainText(/13 km \(0–53 km with the ±40 km position uncertainty\)/);
	await expect(result).toContainText('Tajik–Afghan border');
	// the shortest line is drawn
	const drawn = await page.evaluate(() => {
		const map = (window as unknown as { __frontierMap: Map }).__frontierMap;
		return map.querySourceFeatures('tool-border-distance').length;
	});
	expect(drawn).toBeGreaterThan(0);
	await page.getByLabel('Border', { exact: true }).selectOption('tj-kg-border');
	await expect(result).toContainText(/25\d km/);
	await page.getByRole('button', { name: 'Pick a point on the map' }).click();
	await page.getByRole('button', { name: 'Close popup' }).click();
	await clickMapAt(page, [68.8, 37.5]); // on screen, north-east of Kharbmaydon
	await expect(page.locator('.from')).toContainText('the point 37.5');
	await expect(result).not.toContainText('uncertainty');
});

test('range rings are drawn around the selected site and labelled exactly', async ({ page }) => {
	await gotoMap(page, '/?select=base-201-dushanbe');
	await page.getByRole('tab', { name: 'Analyse' }).click();
	await page.getByLabel(/Radii in kilometres/).fill('50, 100, abc');
	await expect(page.getByText('Ignored: abc')).toBeVisible();
	await waitForMapIdle(page);
	const labels = await page.evaluate(() => {
		const map = (window as unknown as { __frontierMap: Map }).__frontierMap;
		return [
			...new Set(map.querySourceFeatures('tool-range-rings').map((f) => f.properties.label))
		].sort();
	});
	expect(labels).toEqual(['100 km', '50 km']);
});

test('the sites table sorts and exports CSV and GeoJSON that GDAL opens', async ({ page }) => {
	await gotoMap(page, '/');
	await page.getByRole('tab', { name: 'Analyse' }).click();
	const firstRow = page.locator('tbody tr[data-site]').first();
	await page.getByRole('button', { name: 'To Dushanbe' }).click();
	await expect(firstRow).toHaveAttribute('data-site', /^(dushanbe|base-201-dushanbe)$/);
	const csvPath = await saveDownload(
		page.getByRole('button', { name: 'Download CSV' }).last(),
		'sites.csv'
	);
	expect(readFileSync(csvPath, 'utf8')).toMatch(/^id,name,kind,lon,lat/);
	const geoPath = await saveDownload(
		page.getByRole('button', { name: 'Download GeoJSON' }).last(),
		'sites.geojson'
	);
	const parsed = JSON.parse(readFileSync(geoPath, 'utf8'));
	expect(
		parsed.features.find((f: { id: string }) => f.id === 'kharbmaydon').properties.to_dushanbe_m
	).toBeGreaterThan(130_000);
	test.skip(!hasOgr, 'ogrinfo (gdal-bin) is not installed');
	const info = execFileSync('ogrinfo', ['-so', '-al', geoPath], { encoding: 'utf8' });
	expect(info).toMatch(/Geometry: Point/);
	expect(info).toMatch(/Feature Count: \d+/);
	const csvInfo = execFileSync(
		'ogrinfo',
		['-so', '-al', '-oo', 'X_POSSIBLE_NAMES=lon', '-oo', 'Y_POSSIBLE_NAMES=lat', csvPath],
		{ encoding: 'utf8' }
	);
	expect(csvInfo).toMatch(/Feature Count: \d+/);
});

test('a measurement exports as GeoJSON and CSV that GDAL opens, and the view as a PNG', async ({
	page
}) => {
	await gotoMap(page, '/?measure=68.7833,38.5333;68.55,37.35;69,37.2');
	await expect(page.getByRole('tab', { name: 'Analyse' })).toHaveAttribute('aria-selected', 'true');
	const measure = page.locator('section[aria-labelledby="h-measure"]');
	const geoPath = await saveDownload(
		measure.getByRole('button', { name: 'Download GeoJSON' }),
		'measure.geojson'
	);
	const feature = JSON.parse(readFileSync(geoPath, 'utf8'));
	expect(feature.geometry.type).toBe('LineString');
	expect(feature.properties.method).toBe('geodesic on WGS84 (GeographicLib)');
	const csvPath = await saveDownload(
		measure.getByRole('button', { name: 'Download CSV' }),
		'measure.csv'
	);
	const pngPath = await saveDownload(
		page.getByRole('button', { name: /Download PNG/ }),
		'view.png'
	);
	expect(readFileSync(pngPath).subarray(1, 4).toString()).toBe('PNG');
	test.skip(!hasOgr, 'ogrinfo (gdal-bin) is not installed');
	expect(execFileSync('ogrinfo', ['-so', '-al', geoPath], { encoding: 'utf8' })).toMatch(
		/Geometry: Line String/
	);
	expect(execFileSync('ogrinfo', ['-so', '-al', csvPath], { encoding: 'utf8' })).toMatch(
		/Feature Count: \d+/
	);
});

test('the pointer coordinates show DD, DMS and MGRS', async ({ page }) => {
	await gotoMap(page, '/');
	const p = await pagePoint(page, [68.7833, 38.5333]);
	await page.mouse.move(p.x, p.y);
	const readout = page.getByLabel('Pointer coordinates');
	await expect(readout).toContainText(/38\.5\d+, 68\.7\d+/);
	await expect(readout).toContainText(/38°\d+′[\d.]+″N/);
	await expect(readout).toContainText(/42S VH/);
});
