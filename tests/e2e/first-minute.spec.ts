/**
 * The first minute of a new reader (issue 13): what they select is shown, the card fits a phone,
 * a timeline event shows its places and is in the URL, focus comes back, links can be copied.
 */
import { expect, test, waitForMapIdle } from './fixtures';
import { drawnIds, gotoMap, pagePoint } from './map-helpers';

type Win = { __frontierMap: import('maplibre-gl').Map };

test('a link selecting a feature on a hidden layer turns the layer on and says so', async ({
	page
}) => {
	// before: the popup opened and pointed at empty map (china-facilities is off by default)
	await gotoMap(page, '/?select=china-base-vakhon');
	await expect(page.locator('.feature-popup')).toContainText('Vakhon');
	await expect(
		page.getByText(/Turned on the layer “.*China.*” to show China-funded base/)
	).toBeVisible();
	await expect(page).toHaveURL(/layers=[^&]*china-facilities/);
	await waitForMapIdle(page);
	expect(await drawnIds(page)).toContain('china-base-vakhon');
});

test('picking a place on a hidden layer in the Places list shows it, and Escape gives focus back', async ({
	page
}) => {
	await gotoMap(page, '/?layers=tj-af-border,tj-kg-border');
	await page.getByRole('tab', { name: 'Places' }).click();
	const batken = page.locator('#map-panel').getByRole('button', { name: /^Batken/ });
	await batken.click();
	await expect(page.locator('.feature-popup')).toContainText('Batken');
	await expect(page).toHaveURL(/layers=[^&]*clash-sites/);
	await waitForMapIdle(page);
	expect(await drawnIds(page)).toContain('batken');
	// before: Escape dropped focus to <body>
	await page.keyboard.press('Escape');
	await expect(page.locator('.feature-popup')).toHaveCount(0);
	await expect(batken).toBeFocused();
});

test('/embed turns on the layer of the feature it is asked to select', async ({ page }) => {
	await gotoMap(page, '/embed?select=kok-tash');
	await expect(page.locator('.feature-popup')).toContainText('Kök-Tash');
	await expect(page).toHaveURL(/layers=[^&]*clash-sites/);
});

test('on a 390 px phone the card is a bottom sheet that stays on screen above the attribution', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await gotoMap(page, '/?select=kharbmaydon');
	const sheet = page.locator('.feature-sheet');
	await expect(sheet).toContainText('Kharbmaydon training ground');
	const box = (await sheet.boundingBox())!;
	// before: the popup ran off the right edge, hiding its text and close button
	expect(box.x).toBeGreaterThanOrEqual(0);
	expect(box.x + box.width).toBeLessThanOrEqual(390);
	const close = sheet.getByRole('button', { name: 'Close popup' });
	const closeBox = (await close.boundingBox())!;
	expect(closeBox.x + closeBox.width).toBeLessThanOrEqual(390);
	const attribution = (await page.locator('.maplibregl-ctrl-attrib').boundingBox())!;
	expect(box.y + box.height).toBeLessThanOrEqual(attribution.y + 1);
	await close.click();
	await expect(sheet).toHaveCount(0);
	await expect(page).not.toHaveURL(/select=/);
});

test('the default embed at 360 px frames Kharbmaydon with the capital and keeps the card readable', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 600 });
	await gotoMap(page, '/embed?select=kharbmaydon');
	await page.waitForFunction(() => !(window as unknown as Win).__frontierMap.isMoving());
	const sheet = page.locator('.feature-sheet');
	await expect(sheet).toBeVisible();
	const box = (await sheet.boundingBox())!;
	// before: the ±40 km circle filled the frame and the card was cut after one line
	expect(box.height).toBeGreaterThan(150);
	const site = await pagePoint(page, [68.55, 37.35]);
	const capital = await pagePoint(page, [68.77388, 38.56004]);
	for (const p of [site, capital]) {
		expect(p.x).toBeGreaterThan(0);
		expect(p.x).toBeLessThan(360);
		expect(p.y).toBeGreaterThan(0);
		expect(p.y).toBeLessThan(box.y); // above the sheet
	}
	const attribution = (await page.locator('.maplibregl-ctrl-attrib').boundingBox())!;
	expect(box.y + box.height).toBeLessThanOrEqual(attribution.y + 1);
});

test('a timeline event shows its places, is in the URL, and clears when another place is selected', async ({
	page
}) => {
	await gotoMap(page, '/?layers=tj-af-border');
	await page.getByRole('tab', { name: 'Timeline' }).click();
	const before = await page.evaluate(() => (window as unknown as Win).__frontierMap.getCenter());
	const clashes = page.locator('[data-event="tj-kg-clashes-2021"]');
	await clashes.getByRole('button', { name: 'Show on map' }).click();
	// before: it only dimmed the map; the event's layers stayed off and the map did not move
	await expect(page).toHaveURL(/event=tj-kg-clashes-2021/);
	await expect(page).toHaveURL(/layers=[^&]*tj-kg-border[^&]*clash-sites/);
	await page.waitForFunction(() => !(window as unknown as Win).__frontierMap.isMoving());
	await waitForMapIdle(page);
	const after = await page.evaluate(() => (window as unknown as Win).__frontierMap.getCenter());
	expect(Math.abs(after.lng - before.lng) + Math.abs(after.lat - before.lat)).toBeGreaterThan(0.5);
	const drawn = await drawnIds(page);
	expect(drawn).toEqual(expect.arrayContaining(['kok-tash', 'chorkuh']));
	// the event's own place keeps the filter; another event's place clears it
	await clashes.locator('[data-chip="kok-tash"]').click();
	await expect(page).toHaveURL(/event=tj-kg-clashes-2021/);
	await page
		.locator('[data-event="regional-cooperation-22"]')
		.locator('[data-chip="fakhrabad"]')
		.click();
	await expect(page).toHaveURL(/select=fakhrabad/);
	await expect(page).not.toHaveURL(/event=/);
	await expect(page.getByRole('status').filter({ hasText: 'Choose an event' })).toBeVisible();
});

test('a shared event link opens with the event shown', async ({ page }) => {
	await gotoMap(page, '/?event=china-gbao-base-deal-2021');
	await expect(page).toHaveURL(/layers=[^&]*china-facilities/);
	await page.getByRole('tab', { name: 'Timeline' }).click();
	await expect(
		page
			.locator('[data-event="china-gbao-base-deal-2021"]')
			.getByRole('button', { name: 'Showing on map' })
	).toHaveAttribute('aria-pressed', 'true');
});

test('range rings, the picked point and the border are kept in the URL', async ({ page }) => {
	await gotoMap(page, '/?select=kharbmaydon&rings=100,50&border=tj-kg-border&from=68.8,38.5');
	await page.getByRole('tab', { name: 'Analyse' }).click();
	await expect(page.locator('#rings-input')).toHaveValue('50, 100');
	await expect(page).toHaveURL(/rings=50,100&from=68\.8,38\.5&border=tj-kg-border/);
	const bad = await page.goto('/?rings=abc');
	expect(bad?.status()).toBe(200);
	await expect(page.getByText(/rings value “abc” could not be used/)).toBeVisible();
});

test('Copy link copies the link to exactly this view, from the map and from the card', async ({
	page,
	context,
	baseURL
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	await gotoMap(page, '/?select=fakhrabad&view=7/38.9/68.7');
	await page.getByRole('button', { name: 'Copy link to this view' }).first().click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' }).first()).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	// the permalink carries the data version it shows (issue 14, tests/e2e/cite.spec.ts)
	expect(copied).toMatch(
		new RegExp(`^${baseURL}/\\?view=7/38\\.9/68\\.7&select=fakhrabad&v=[0-9a-f]{10}$`)
	);
	await page.locator('.feature-popup').getByRole('button', { name: 'Copy link' }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(copied);
});

test('a card has one "Read in report" per passage, expands the rest, and spaces its alternative names', async ({
	page
}) => {
	await gotoMap(page, '/?select=kharbmaydon');
	const card = page.locator('.feature-popup');
	await expect(card.locator('.kind')).toHaveText(/^Training ground · also Kharbmaidon/);
	// one per quoted passage (the claim checks below have their own), none repeated at the foot
	const perPassage = card.locator('.passages').getByRole('button', { name: 'Read in report' });
	await expect(card.locator('.passages blockquote')).toHaveCount(1);
	await expect(perPassage).toHaveCount(1);
	await expect(
		card.locator('.actions').getByRole('button', { name: 'Read in report' })
	).toHaveCount(0);
	const more = card.getByRole('button', { name: /^Show \d+ more passages?$/ });
	const n = Number((await more.textContent())?.match(/\d+/)?.[0]);
	await more.click();
	await expect(card.locator('.passages blockquote')).toHaveCount(1 + n);
	await expect(perPassage).toHaveCount(1 + n);
});

test('"Map" in the header brings the reader back to the view they left', async ({ page }) => {
	await gotoMap(page, '/?view=7/38.9/68.7&select=fakhrabad');
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Report' })
		.click();
	await expect(page).toHaveURL(/\/report/);
	// before: "Map" went to / and the default view
	const map = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Map' });
	await expect(map).toHaveAttribute('href', '/?view=7/38.9/68.7&select=fakhrabad');
	await map.click();
	await expect(page).toHaveURL(/\/\?view=7\/38\.9\/68\.7&select=fakhrabad$/);
	await expect(page.locator('.feature-popup')).toContainText('Fakhrabad');
});
