/**
 * Accessibility: axe-core finds no serious or critical violation on the main pages, in the
 * light and dark themes, at desktop and phone widths; and every control can be reached with
 * the keyboard and shows where the focus is.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';

const ROUTES = ['/', '/report', '/about', '/data'] as const;
const THEMES = ['light', 'dark'] as const;
const VIEWPORTS = [
	{ name: 'desktop', size: { width: 1280, height: 800 } },
	{ name: 'phone', size: { width: 390, height: 844 } }
] as const;

async function open(page: Page, route: string, theme: 'light' | 'dark'): Promise<void> {
	await page.goto(theme === 'dark' ? `${route}?theme=dark` : route);
	if (route === '/') await waitForMapIdle(page);
	if (theme === 'dark') await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	else expect(await page.locator('html').getAttribute('data-theme')).not.toBe('dark');
}

/** A readable summary of violations for the failure message. */
function describe(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string[] {
	return violations.map(
		(v) =>
			`${v.impact} ${v.id}: ${v.help} — ${v.nodes
				.slice(0, 5)
				.map(
					(n) =>
						`${n.target.join(' ')}${n.failureSummary ? ` (${n.failureSummary.split('\n')[1]?.trim()})` : ''}`
				)
				.join('; ')}`
	);
}

for (const viewport of VIEWPORTS) {
	for (const theme of THEMES) {
		for (const route of ROUTES) {
			test(`axe: ${route} ${theme} at ${viewport.name} width`, async ({ page }) => {
				await page.setViewportSize(viewport.size);
				await open(page, route, theme);
				const results = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
					.analyze();
				const serious = results.violations.filter(
					(v) => v.impact === 'serious' || v.impact === 'critical'
				);
				expect(describe(serious), 'serious or critical axe violations').toEqual([]);
				// heading order and landmarks are "moderate" in axe, but they are part of the brief
				const structure = results.violations.filter((v) =>
					['heading-order', 'landmark-one-main', 'region', 'page-has-heading-one'].includes(v.id)
				);
				expect(describe(structure), 'heading and landmark violations').toEqual([]);
			});
		}
	}
}

interface FocusStop {
	key: string;
	visible: boolean;
	style: string;
}

/** Tabs through the page and records each focused element and whether its focus shows. */
async function tabThrough(page: Page, max: number): Promise<FocusStop[]> {
	const stops: FocusStop[] = [];
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		const stop = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return null;
			const cs = getComputedStyle(el);
			const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
			const shadow = cs.boxShadow !== 'none';
			const key =
				el.getAttribute('data-focus-key') ??
				`${el.tagName.toLowerCase()}|${el.id}|${el.getAttribute('href') ?? ''}|${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? ''}`;
			return {
				key,
				visible: outline || shadow,
				style: `outline ${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}; shadow ${cs.boxShadow}`
			};
		});
		if (!stop) continue;
		if (stops.length && stops[0]!.key === stop.key) break; // wrapped around
		stops.push(stop);
	}
	return stops;
}

/** Keys (same format as tabThrough) of every visible, enabled, tabbable control of the page. */
async function tabbables(page: Page, within = 'body'): Promise<string[]> {
	return page.evaluate((root) => {
		const sel =
			'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), details > summary:first-of-type, [tabindex]:not([tabindex="-1"])';
		return [...document.querySelector(root)!.querySelectorAll<HTMLElement>(sel)]
			.filter(
				(el) =>
					el.tabIndex >= 0 && el.getClientRects().length > 0 && !el.closest('[inert],[hidden]')
			)
			.filter((el) => getComputedStyle(el).visibility !== 'hidden')
			.map(
				(el) =>
					`${el.tagName.toLowerCase()}|${el.id}|${el.getAttribute('href') ?? ''}|${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? ''}`
			);
	}, within);
}

for (const route of ['/about', '/data', '/report', '/no-such-page'] as const) {
	test(`keyboard: every control on ${route} is reachable and shows its focus`, async ({
		page,
		watch
	}) => {
		if (route === '/no-such-page') watch.allowConsoleErrors('404');
		// /report is a story: each passage Tab reaches moves its map, which software WebGL draws slowly
		if (route === '/report') test.slow();
		await page.goto(route);
		const expected = await tabbables(page);
		const stops = await tabThrough(page, expected.length + 5);
		const reached = new Set(stops.map((s) => s.key));
		// the error page has no site header (SvelteKit loads it with every page): its name and
		// its four links; the other pages have the header's skip link, links and theme button too
		const least = route === '/no-such-page' ? 5 : 6;
		expect(expected.length, 'controls found on the page').toBeGreaterThanOrEqual(least);
		expect(
			expected.filter((k) => !reached.has(k)),
			'controls never reached by Tab'
		).toEqual([]);
		expect(
			stops.filter((s) => !s.visible).map((s) => `${s.key}: ${s.style}`),
			'focused controls without a visible focus indicator'
		).toEqual([]);
	});
}

test('keyboard: the map page’s header, toolbar and panel controls are reachable with visible focus', async ({
	page
}) => {
	await page.goto('/');
	await waitForMapIdle(page);
	const expected = await tabbables(page, 'body');
	const stops = await tabThrough(page, expected.length + 10);
	const reached = new Set(stops.map((s) => s.key));
	expect(expected.length, 'controls found on the page').toBeGreaterThan(5);
	// every control outside the map canvas (MapLibre's own controls included)
	expect(
		expected.filter((k) => !reached.has(k)),
		'controls never reached by Tab'
	).toEqual([]);
	expect(
		stops.filter((s) => !s.visible).map((s) => `${s.key}: ${s.style}`),
		'focused controls without a visible focus indicator'
	).toEqual([]);
});
