/**
 * The embed builder: it starts from the map's state, its live previews are real iframes of
 * /embed, its code (copied with the Copy button) works when pasted into a page on another
 * origin, and a view found by moving the preview can be taken over.
 */
import { expect, test } from './fixtures';
import {
	mapFrame,
	openHostPage,
	received,
	waitForFrameMapIdle,
	waitForMessage,
	useHostSite
} from './embed-host';

const SCREENS = process.env.SCREENS_DIR ?? 'test-results/screens';
test.describe.configure({ timeout: 180_000 });

const host = useHostSite();
test('the map’s Embed link opens the builder on the current state', async ({ page }) => {
	await page.goto('/?select=gbao&theme=dark');
	const embed = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Embed' });
	await expect(embed).toHaveAttribute('href', /^\/embed\/builder\?.*select=gbao.*theme=dark/);
	await page.goto('/embed/builder?view=7/38.6/69.5&select=gbao&theme=dark&units=mi');
	await expect(page.locator('#embed-view')).toHaveValue('7/38.6/69.5');
	await expect(page.locator('#embed-select')).toHaveValue('gbao');
	await expect(page.getByLabel('Dark')).toBeChecked();
	await expect(page.getByLabel('Miles', { exact: true })).toBeChecked();
	await expect(page.locator('#embed-code')).toHaveValue(
		/\/embed\?view=7\/38\.6\/69\.5&amp;select=gbao&amp;units=mi&amp;theme=dark"/
	);
});

test('the builder’s code, copied and pasted into a page on another origin, works with auto-height', async ({
	page,
	context,
	baseURL
}) => {
	const app = new URL(baseURL!).origin;
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app });
	await page.goto('/embed/builder?select=fakhrabad');

	// two live previews: the configured size and a phone
	const previews = page.locator('figure.preview');
	await expect(previews).toHaveCount(2);
	await expect(previews.nth(1).locator('iframe')).toHaveCSS('width', '360px');
	await expect(previews.first()).toHaveAttribute('data-status', 'ready', { timeout: 60_000 });

	// choose layers, controls, theme, units and a fixed, too-small size with auto-height
	await page.locator('input[data-layer="places"]').uncheck();
	await page.locator('input[data-control="search"]').check();
	await page.locator('input[data-control="fullscreen"]').uncheck();
	await page.getByLabel('Dark').check();
	await page.getByLabel('Nautical miles').check();
	await page.getByLabel('Fixed size').check();
	await page.getByLabel('Width', { exact: true }).fill('640');
	await page.getByLabel('Height', { exact: true }).fill('150');
	await page.getByLabel(/Auto-height/).check();
	await page.locator('#embed-title').fill('Where the U.S. trained Tajik forces');

	const code = page.locator('#embed-code');
	await expect(code).toHaveValue(/<script>/);
	const html = await code.inputValue();
	expect(html).toContain('title="Where the U.S. trained Tajik forces"');
	expect(html).toContain('loading="lazy"');
	expect(html).toContain('width="640"');
	expect(html).toContain(`src="${app}/embed?`);
	expect(html).toContain('select=fakhrabad');
	expect(html).toContain('units=nmi&amp;theme=dark&amp;controls=zoom,legend,search');
	expect(html).not.toMatch(/layers=[^"&]*places/);

	// the controls changed, so the previews reload (the rest may come by message, see
	// embed-builder-messages.spec.ts), show the new state and follow the map's height (200 px minimum)
	const previewIframe = previews.first().locator('iframe');
	await expect(previewIframe).toHaveAttribute('src', /controls=zoom,legend,search/);
	await expect(previews.first()).toHaveAttribute('data-status', 'ready', { timeout: 60_000 });
	const shown = (await (await previewIframe.elementHandle())!.contentFrame())!;
	await expect(shown.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect.poll(() => shown.url()).toMatch(/units=nmi&theme=dark/);
	await expect
		.poll(() =>
			previews
				.first()
				.locator('iframe')
				.evaluate((el) => el.clientHeight + 2)
		)
		.toBe(200);

	// a resize moves the camera too, but only the reader's own moves are offered as the view
	await page.waitForTimeout(500);
	await expect(page.getByRole('button', { name: 'Use this view' })).toHaveCount(0);

	// Copy: the clipboard gets exactly the code, and the button says so
	await page.getByRole('button', { name: 'Copy' }).first().click();
	await expect(page.locator('#embed-code-status')).toHaveText('Copied');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(html);

	await page.screenshot({ path: `${SCREENS}/builder-desktop.png`, fullPage: true });

	// pasted into somebody else's article
	await openHostPage(
		page,
		host,
		'/pasted',
		`<!doctype html><html lang="en"><title>An article</title><body style="margin:0"><p>Before the map.</p>\n${html}\n<p>After the map.</p></body></html>`
	);
	const ready = await waitForMessage(page, 'ready');
	expect(ready.origin).toBe(app);
	const iframe = page.locator('iframe');
	await expect(iframe).toHaveAttribute('title', 'Where the U.S. trained Tajik forces');
	// the auto-height script takes the map's resize message: 150 px → 200 px
	await expect.poll(() => iframe.evaluate((el) => el.getBoundingClientRect().height)).toBe(200);
	const frame = await mapFrame(page);
	await waitForFrameMapIdle(frame);
	await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(frame.locator('.feature-popup')).toContainText('Fakhrabad');
	await expect(frame.getByRole('combobox', { name: /Search/ })).toBeVisible();
	expect(
		(await received(page)).some((m) => m.data.type === 'resize' && m.data.height === 200)
	).toBe(true);
});

test('moving the preview offers its view; taking it updates the code', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/embed/builder');
	await page.getByLabel(/Also at phone width/).uncheck();
	await expect(page.locator('figure.preview')).toHaveCount(1);
	const preview = page.locator('figure.preview').first();
	await expect(preview).toHaveAttribute('data-status', 'ready', { timeout: 60_000 });
	const frame = await mapFrame(page);
	await waitForFrameMapIdle(frame);

	const box = (await preview.locator('iframe').boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 - 150, box.y + box.height / 2 + 60, { steps: 10 });
	await page.mouse.up();

	const use = page.getByRole('button', { name: 'Use this view' });
	await expect(use).toBeVisible();
	await use.click();
	await expect(page.locator('#embed-view')).toHaveValue(/^\d+(\.\d+)?\/\d+(\.\d+)?\/\d+(\.\d+)?$/);
	const view = await page.locator('#embed-view').inputValue();
	await expect(page.locator('#embed-code')).toHaveValue(
		new RegExp(`/embed\\?view=${view.replace(/\./g, '\\.')}`)
	);
	await expect(use).toHaveCount(0);
	await expect(page).toHaveURL(new RegExp(`/embed/builder\\?view=${view.replace(/\./g, '\\.')}`));

	// a view typed by hand is checked like the URL parameter
	await page.locator('#embed-view').fill('7/95/71');
	await page.locator('#embed-view').press('Enter');
	await expect(page.locator('#embed-view-error')).toContainText('latitude');
	await page.getByRole('button', { name: 'Fit Tajikistan' }).click();
	await expect(page.locator('#embed-code')).not.toHaveValue(/view=/);
});

test('screenshots: the docs page', async ({ page }) => {
	await page.goto('/embed/docs');
	await expect(page.getByRole('heading', { name: 'Embedding the map' })).toBeVisible();
	// every parameter and message of the contract is documented
	for (const name of ['view', 'layers', 'select', 'measure', 'units', 'theme', 'controls']) {
		await expect(page.locator(`#param-${name}`)).toBeVisible();
	}
	for (const type of [
		'ready',
		'select',
		'layers',
		'viewchange',
		'measure',
		'state',
		'resize',
		'error'
	]) {
		await expect(page.locator(`#messages-out-${type}`)).toBeVisible();
	}
	for (const type of [
		'setView',
		'select',
		'setLayers',
		'measure',
		'setTheme',
		'setUnits',
		'getState'
	]) {
		await expect(page.locator(`#messages-in-${type}`)).toBeVisible();
	}
	await page.screenshot({ path: `${SCREENS}/docs-desktop.png`, fullPage: true });
	await page.setViewportSize({ width: 390, height: 844 });
	await page.screenshot({ path: `${SCREENS}/docs-phone.png` });
	await page.goto('/embed/builder');
	await page.screenshot({ path: `${SCREENS}/builder-phone.png`, fullPage: true });
});
