/**
 * A keyboard-only walk through the main journey: search → select → read the passage →
 * measure → copy the embed code. No mouse events at all.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';

/** Presses Tab until the focused element matches `selector` (fails after `max` presses). */
async function tabTo(page: Page, selector: string, max = 120, key = 'Tab'): Promise<void> {
	for (let i = 0; i < max; i++) {
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
		await page.keyboard.press(key);
	}
	throw new Error(`Tab never reached ${selector}`);
}

/** The focused element shows a visible focus indicator (outline or box-shadow). */
async function focusIsVisible(page: Page): Promise<boolean> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el) return false;
		const s = getComputedStyle(el);
		return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
	});
}

test('keyboard only: search, select, read the passage, measure, copy the embed code', async ({
	page,
	context
}) => {
	test.setTimeout(120_000); // many key presses, each checked; slow on a shared 2-core machine
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/');
	await waitForMapIdle(page);

	// search → select
	await tabTo(page, '#search-input');
	expect(await focusIsVisible(page)).toBe(true);
	await page.keyboard.type('Fakhrabad');
	await page.keyboard.press('Enter');
	const popup = page.locator('.feature-popup');
	await expect(popup).toContainText('Fakhrabad Training Center');

	// read the passage, from inside the popup
	await tabTo(page, '.feature-popup .passages button.link');
	expect(await focusIsVisible(page)).toBe(true);
	await page.keyboard.press('Enter');
	const passage = page.locator('.passage.highlighted');
	await expect(passage).toContainText('Fakhrabad Training Center');
	await expect(passage).toBeFocused();

	// measure: the Analyse tab (arrow keys in the tab list), then typed coordinates
	await tabTo(page, '[role="tab"][aria-selected="true"]');
	for (
		let i = 0;
		i < 6 &&
		!(await page
			.getByRole('tab', { name: 'Analyse' })
			.evaluate((t) => t === document.activeElement));
		i++
	) {
		await page.keyboard.press('ArrowRight');
	}
	await expect(page.getByRole('tab', { name: 'Analyse' })).toHaveAttribute('aria-selected', 'true');
	await tabTo(page, '#measure-typed');
	await page.keyboard.type('38.5333, 68.7833');
	await page.keyboard.press('Enter');
	await page.keyboard.type('37.35, 68.55');
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-result="measure-total"]')).toContainText('133 km');
	await expect(page).toHaveURL(/measure=/);

	// copy the embed code: the header's Embed link carries the current view to the builder
	await tabTo(page, 'header a[href^="/embed/builder"]', 80, 'Shift+Tab'); // back up to the header
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/embed\/builder\?.*measure=/);
	await tabTo(page, 'button[aria-describedby$="-status"]', 120); // the first Copy button (iframe code)
	expect(await focusIsVisible(page)).toBe(true);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: 'Copied' }).first()).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toMatch(/<iframe[^>]+src="http:\/\/127\.0\.0\.1:\d+\/embed\?[^"]*measure=/);
	expect(copied).toContain('loading="lazy"');
	expect(copied).toMatch(/title="[^"]+"/);
});
