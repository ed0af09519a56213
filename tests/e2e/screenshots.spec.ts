/**
 * Screenshots of the main screens at desktop and phone widths, written to test-results/screens/
 * for people to look at (and to docs/ for the README when UPDATE_DOCS_SCREENSHOT=1).
 * The assertions are about what a viewer sees: the map canvas, the legend, the popup.
 */
import { expect, test, waitForMapIdle } from './fixtures';

const widths = [
	{ name: 'desktop', viewport: { width: 1280, height: 800 } },
	{ name: 'phone', viewport: { width: 390, height: 844 } }
];

for (const { name, viewport } of widths) {
	test(`home at ${name} width, light and dark`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await page.goto('/?select=kharbmaydon');
		await waitForMapIdle(page);
		await expect(page.locator('.feature-popup')).toContainText('Kharbmaydon');
		await page.screenshot({ path: `test-results/screens/home-${name}-light.png` });
		if (name === 'desktop' && process.env.UPDATE_DOCS_SCREENSHOT) {
			await page.screenshot({ path: 'docs/screenshot-desktop.png' });
		}
		await page.getByRole('button', { name: /dark theme/i }).click();
		await waitForMapIdle(page);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await page.screenshot({ path: `test-results/screens/home-${name}-dark.png` });
	});
}
