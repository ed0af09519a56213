/** The report as an article: anchors, chips to the map, print. */
import { expect, test, waitForMapIdle } from './fixtures';

test('every passage has an anchor and chips that open the feature on the map', async ({ page }) => {
	await page.goto('/report#p-3');
	const p3 = page.locator('#p-3');
	await expect(p3).toContainText('140 km south of the capital');
	await expect(page.locator('section.passage')).not.toHaveCount(0);
	const ids = await page.locator('section.passage').evaluateAll((els) => els.map((e) => e.id));
	expect(ids.every((id, i) => id === `p-${i + 1}`)).toBe(true);
	await p3.locator('[data-chip="kharbmaydon"]').click();
	await expect(page).toHaveURL(/\/\?select=kharbmaydon$/);
	await waitForMapIdle(page);
	await expect(page.locator('.feature-popup')).toContainText('Kharbmaydon training ground');
});

test('the report prints cleanly: no navigation, no chips, the text whole', async ({ page }) => {
	await page.goto('/report');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(page.locator('.chips').first()).toBeHidden();
	await expect(page.locator('#p-1')).toBeVisible();
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
});
