/**
 * Opening, reading and pointing at the map of a page from a browser test: a page with its map
 * loaded, where a lon/lat is drawn, a click there, and which features are drawn now.
 */
import type { Page } from '@playwright/test';
import { waitForMapIdle } from './fixtures';

type MapWindow = { __frontierMap: import('maplibre-gl').Map };

/** Opens `url` and waits until its map has loaded and rendered. */
export async function gotoMap(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await waitForMapIdle(page);
}

/** Where a lon/lat is drawn, in page pixels. */
export function pagePoint(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
	return page.evaluate((ll) => {
		const map = (window as unknown as MapWindow).__frontierMap;
		const p = map.project(ll);
		const r = map.getCanvas().getBoundingClientRect();
		return { x: r.left + p.x, y: r.top + p.y };
	}, lngLat);
}

/** Clicks the map where a lon/lat is drawn. */
export async function clickMapAt(page: Page, lngLat: [number, number]): Promise<void> {
	const p = await pagePoint(page, lngLat);
	await page.mouse.click(p.x, p.y);
}

/** Ids (properties.id) of every feature drawn on the map now. */
export function drawnIds(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const map = (window as unknown as MapWindow).__frontierMap;
		return [...new Set(map.queryRenderedFeatures().map((f) => String(f.properties?.id ?? '')))];
	});
}

/** Makes the page's browser report no WebGL (every `getContext('webgl…')` gives null), before it loads. */
export async function withoutWebGL(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const original = HTMLCanvasElement.prototype.getContext;
		HTMLCanvasElement.prototype.getContext = function (
			this: HTMLCanvasElement,
			type: string,
			...rest: unknown[]
		) {
			if (type.startsWith('webgl')) return null;
			return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
		} as typeof original;
	});
}
