/**
 * Reading the report story's map from a browser test (/report and /embed?story=): whether the
 * camera has settled, which report features are drawn as marked (named) or plain, the story's
 * labels and whether a place is in view. Shared by story.spec.ts and story-embed.spec.ts.
 */
import type { Frame, Page } from '@playwright/test';
import { waitForMapIdle } from './fixtures';

type MapWindow = { __frontierMap: import('maplibre-gl').Map };

export const KHARBMAYDON: [number, number] = [68.55, 37.35];
export const DUSHANBE: [number, number] = [68.77388, 38.56004];
/** Villages by the Tajik–Kyrgyz border that p-4 is only related to. */
export const KG_BORDER_VILLAGES = ['Vorukh', 'Kok-Tash', 'Chorkuh', 'Ak-Sai'] as const;

/** Waits until the camera has stopped and the map has drawn. */
export async function settle(page: Page | Frame): Promise<void> {
	await page.waitForFunction(() => !(window as unknown as MapWindow).__frontierMap.isMoving());
	await waitForMapIdle(page);
}

/** The report features drawn now, by whether they are drawn as marked (named) or not. */
export function drawnFeatures(page: Page | Frame): Promise<{ marked: string[]; plain: string[] }> {
	return page.evaluate(() => {
		const map = (window as unknown as MapWindow).__frontierMap;
		const marked = new Set<string>();
		const plain = new Set<string>();
		for (const f of map.queryRenderedFeatures()) {
			const id = f.properties?.id;
			if (typeof id !== 'string') continue;
			(f.state?.selected ? marked : plain).add(id);
		}
		return { marked: [...marked].sort(), plain: [...plain].filter((id) => !marked.has(id)) };
	});
}

/** The labels the story draws: name → whether it is a named feature's. */
export function storyLabels(page: Page | Frame): Promise<Record<string, boolean>> {
	return page.evaluate(() => {
		const map = (window as unknown as MapWindow).__frontierMap;
		const out: Record<string, boolean> = {};
		for (const f of map.querySourceFeatures('tool-story-labels'))
			out[String(f.properties.name)] = f.properties.named === true;
		return out;
	});
}

/** The names labelled as named by the passage. */
export async function namedLabels(page: Page | Frame): Promise<string[]> {
	return Object.entries(await storyLabels(page))
		.filter(([, named]) => named)
		.map(([n]) => n);
}

export function inView(page: Page | Frame, lngLat: [number, number]): Promise<boolean> {
	return page.evaluate((ll) => {
		return (window as unknown as MapWindow).__frontierMap.getBounds().contains(ll);
	}, lngLat);
}

/** The map's zoom now, and the zoom that would fit the whole country in the same map. */
export function zoomAndCountryZoom(page: Page | Frame): Promise<{ zoom: number; country: number }> {
	return page.evaluate(() => {
		const map = (window as unknown as MapWindow).__frontierMap;
		// TAJIKISTAN_BOUNDS (src/lib/map/view.ts)
		const fit = map.cameraForBounds([
			[67.3, 36.6],
			[75.2, 41.1]
		]);
		return { zoom: map.getZoom(), country: fit?.zoom ?? Infinity };
	});
}
