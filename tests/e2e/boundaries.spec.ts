/**
 * The boundary statement is reachable from the map: the attribution of / and /embed links to
 * the section of /about that says boundaries follow the source data and imply no endorsement.
 */
import { expect, test, waitForMapIdle } from './fixtures';

const NOTICE = 'Boundaries: not authoritative';

async function expectStatement(page: import('@playwright/test').Page) {
	await expect(page).toHaveURL(/\/about#boundaries$/);
	const section = page.locator('section#boundaries');
	await expect(section.getByRole('heading', { level: 2 })).toHaveText(
		'Boundaries shown without endorsement'
	);
	await expect(section).toContainText('shown as they are in the source data');
	await expect(section).toContainText('not authoritative');
	await expect(section).toContainText('implies no endorsement');
	await expect(section).toContainText('Aksai Chin is drawn as part of China');
	await expect(section).toBeInViewport();
}

test('the map’s attribution opens the boundary statement on /about', async ({ page, context }) => {
	await page.goto('/?view=5/36/75');
	await waitForMapIdle(page);
	const attribution = page.locator('.maplibregl-ctrl-attrib');
	await expect(attribution).toContainText('OpenStreetMap contributors');
	const notice = attribution.getByRole('link', { name: NOTICE });
	await expect(notice).toHaveAttribute('href', '/about#boundaries');
	await expect(notice).toHaveAttribute('title', /not authoritative.*no endorsement/);
	// in a new tab, so the map stays where the reader left it
	const [tab] = await Promise.all([context.waitForEvent('page'), notice.click()]);
	await expectStatement(tab);
	await expect(page).toHaveURL(/\/\?view=/);
	// and the page's own table of contents lists it
	await expect(tab.getByRole('navigation', { name: 'On this page' })).toContainText(
		'Boundaries shown without endorsement'
	);
});

test('an embed’s attribution opens the boundary statement in a new tab', async ({
	page,
	context
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/embed?controls=');
	await waitForMapIdle(page);
	const attribution = page.locator('.maplibregl-ctrl-attrib');
	const notice = attribution.getByRole('link', { name: NOTICE });
	await expect(notice).toBeVisible();
	// on a phone the notice takes the second line whole, and the scale bar stays clear of it
	const [attrib, scale] = await Promise.all([
		attribution.boundingBox(),
		page.locator('.maplibregl-ctrl-scale').boundingBox()
	]);
	expect(scale!.y + scale!.height).toBeLessThanOrEqual(attrib!.y);
	expect((await notice.boundingBox())!.height).toBeLessThan(20);

	const [tab] = await Promise.all([context.waitForEvent('page'), notice.click()]);
	await expectStatement(tab);
});
