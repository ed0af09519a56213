/**
 * Shared test fixture: every browser test fails on a page error, a console error, or a
 * request to any host other than the app's own (the offline-by-default principle).
 */
import { test as base, expect, type Frame, type Page } from '@playwright/test';

export interface Watch {
	foreignRequests: string[];
	errors: string[];
	/** Console errors the test expects (e.g. a deliberately missing data file); matched by substring. */
	allowConsoleErrors: (...patterns: string[]) => void;
	/**
	 * Hosts (`host:port`) besides the app's that the test itself serves on loopback, e.g. a host
	 * page on a second origin that iframes /embed. Requests to them are not counted as foreign.
	 */
	allowHosts: (...hosts: string[]) => void;
}

export const test = base.extend<{ watch: Watch }>({
	watch: [
		async ({ page, baseURL }, use) => {
			const appHost = new URL(baseURL!).host;
			const allowed: string[] = [];
			const ownHosts = new Set([appHost]);
			const watch: Watch = {
				foreignRequests: [],
				errors: [],
				allowConsoleErrors: (...p) => allowed.push(...p),
				allowHosts: (...hosts) => hosts.forEach((h) => ownHosts.add(h))
			};
			page.on('request', (req) => {
				const url = new URL(req.url());
				if (['data:', 'blob:', 'about:'].includes(url.protocol)) return;
				if (!ownHosts.has(url.host)) watch.foreignRequests.push(req.url());
			});
			page.on('pageerror', (err) => watch.errors.push(`pageerror: ${err.message}`));
			page.on('console', (msg) => {
				if (msg.type() !== 'error') return;
				const text = msg.text();
				if (allowed.some((p) => text.includes(p))) return;
				watch.errors.push(`console.error: ${text}`);
			});
			await use(watch);
			expect(watch.foreignRequests, 'requests to other hosts').toEqual([]);
			expect(watch.errors, 'page and console errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/**
 * Waits until the map exists, its style and sources have loaded and it has rendered; in a page,
 * or in a frame (the map of an iframe, whatever its origin).
 */
export async function waitForMapIdle(page: Page | Frame): Promise<void> {
	// the app draws the report's layers first and adds the context after (first-paint.ts)
	await page.waitForFunction(() => {
		const w = window as unknown as { __frontierMap?: unknown; __frontierMapComplete?: boolean };
		return Boolean(w.__frontierMap) && w.__frontierMapComplete !== false;
	});
	// `idle` fires at the end of any frame once nothing is loading or moving, so ask for a frame.
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const map = (window as unknown as { __frontierMap: import('maplibre-gl').Map })
					.__frontierMap;
				map.once('idle', () => resolve());
				map.triggerRepaint();
			})
	);
}

/** Ids (properties.id) of the features drawn by the given style layers. */
export async function renderedIds(page: Page, layers: string[]): Promise<string[]> {
	return page.evaluate((layerIds) => {
		const map = (window as unknown as { __frontierMap: import('maplibre-gl').Map }).__frontierMap;
		const present = layerIds.filter((id) => map.getLayer(id));
		const ids = map
			.queryRenderedFeatures({ layers: present })
			.map((f) => String(f.properties?.id ?? ''));
		return [...new Set(ids)].sort();
	}, layers);
}
