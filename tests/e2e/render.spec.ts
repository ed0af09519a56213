/**
 * Render tests: a few views compared with committed reference images
 * (render.spec.ts-snapshots/), so a change in how the map draws (style, layers, fonts, overlays)
 * shows up as a failing diff instead of going unnoticed.
 *
 * The map is drawn by SwiftShader (software WebGL) in Debian's Chromium, whose version differs
 * between machines, so the comparison has a tolerance: `threshold` (per-pixel colour distance,
 * YIQ, 0–1) absorbs antialiasing and rounding differences in edges and glyphs, and
 * `maxDiffPixelRatio` bounds how much of the image may differ beyond that. The numbers, and the
 * measurements behind them (the same view rendered repeatedly vs a deliberately different view),
 * are at RENDER_TOLERANCE below. Each view: fixed 800×500 viewport, reduced motion (no camera
 * animation), fonts loaded, the map idle, CSS animations off, the caret hidden, and the pointer
 * coordinate readout masked.
 *
 * After an intended change in rendering, regenerate the references with `npm run render:update`
 * (it builds first, and refuses to run in CI), look at the new images, and commit them.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';

/**
 * Measured with `page.screenshot` + Playwright's own comparator (2026-11-29, 800×500, SwiftShader):
 * - the same view, rendered 4 times in 2 browser launches with Chromium 156, and once with
 *   Debian's Chromium 150: 0 differing pixels, even at threshold 0, for all six views;
 * - deliberate changes, at threshold 0.2: one vertex of the measurement moved by 0.1° 2,393 px
 *   (0.60 %; 846 px, 0.21 %, on a 2-point path), the measurement removed 1,991 px (0.50 %), another
 *   selection 26,389 px (6.6 %), dark instead of light 81–91 %.
 * The allowed 0.2 % (800 px) is 2.5× below the smallest change on the views tested here (1,991
 * px), and leaves room for what could not be measured (another CPU under SwiftShader's JIT, other fallback fonts for ☾ or ✕).
 */
const RENDER_TOLERANCE = { threshold: 0.2, maxDiffPixelRatio: 0.002 } as const;

const VIEWS: { name: string; url: string; mask?: string[] }[] = [
	{ name: 'home-light', url: '/?theme=light' },
	{ name: 'home-dark', url: '/?theme=dark' },
	// The report panel smooth-scrolls to the passage while the page is still laying out, so where
	// it stops varies (one run in ten was 4 % off): only the map and the popup are compared.
	{ name: 'home-selection', url: '/?select=kharbmaydon', mask: ['#map-panel-body'] },
	{ name: 'embed-light', url: '/embed?theme=light' },
	{ name: 'embed-dark', url: '/embed?theme=dark' },
	{ name: 'embed-measure', url: '/embed?measure=68,37.3;70.5,39.3;74.5,37.4' }
];

test.use({ viewport: { width: 800, height: 500 }, deviceScaleFactor: 1 });

/** Loads `url` and waits until everything that draws is settled. */
async function settle(page: Page, url: string): Promise<void> {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(url);
	await waitForMapIdle(page);
	await page.evaluate(() => document.fonts.ready);
	// park the pointer off the map, so no hover state or coordinate readout is drawn
	await page.mouse.move(0, 0);
	await waitForMapIdle(page);
}

for (const view of VIEWS) {
	test(`render: ${view.name}`, async ({ page }) => {
		await settle(page, view.url);
		await expect(page).toHaveScreenshot(`${view.name}.png`, {
			...RENDER_TOLERANCE,
			animations: 'disabled',
			caret: 'hide',
			mask: ['[aria-label="Pointer coordinates"]', ...(view.mask ?? [])].map((css) =>
				page.locator(css)
			)
		});
	});
}
