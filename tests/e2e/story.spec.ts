/**
 * /report as a story: the map beside the text follows the passage being read — its named
 * features emphasised and framed, related ones lighter — from scrolling, `#p-N` links and the
 * keyboard; reduced motion jumps; without JavaScript the article stays as it was.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';
import { drawnFeatures, DUSHANBE, inView, KHARBMAYDON, settle, storyLabels } from './story-helpers';

type MapWindow = { __frontierMap: import('maplibre-gl').Map };

/** Scrolls until passage `id` is the one being read, and waits for the map to settle there. */
async function readPassage(page: Page, id: string): Promise<void> {
	await page.evaluate((pid) => {
		const el = document.getElementById(pid)!;
		const side = document.querySelector('.story-side')!.getBoundingClientRect();
		const top = innerWidth < 900 ? side.bottom : 0;
		scrollBy(0, el.getBoundingClientRect().top - (top + (innerHeight - top) * 0.15));
	}, id);
	await expect(page.locator('section.passage[aria-current="step"]')).toHaveId(id);
	await settle(page);
}

test.describe('desktop', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('scrolling to p-3 emphasises and frames Kharbmaydon; p-4 names only the Tajik–Kyrgyz border', async ({
		page
	}) => {
		await page.goto('/report');
		await waitForMapIdle(page);
		await readPassage(page, 'p-3');
		await expect(page.locator('.progress')).toContainText('Passage 3 of 16');
		const p3 = await drawnFeatures(page);
		expect(p3.marked).toContain('kharbmaydon');
		expect(await inView(page, KHARBMAYDON)).toBe(true);
		expect(await inView(page, DUSHANBE)).toBe(true);
		// the capital keeps its one label (the map's own, bold): the story adds no second one
		expect(p3.marked).toContain('dushanbe');
		expect(Object.keys(await storyLabels(page))).not.toContain('Dushanbe');
		const zoom = await page.evaluate(() =>
			(window as unknown as MapWindow).__frontierMap.getZoom()
		);
		expect(zoom, 'fitted closer than the whole country').toBeGreaterThan(6.5);
		await expect(page.locator('.story-map [role="status"]')).toContainText(
			'named: Kharbmaydon training ground'
		);

		await readPassage(page, 'p-4');
		const p4 = await drawnFeatures(page);
		expect(p4.marked).toEqual(['tj-kg-border']);
		const labels = await storyLabels(page);
		expect(
			Object.entries(labels)
				.filter(([, named]) => named)
				.map(([n]) => n)
		).toEqual(['Tajik–Kyrgyz border']);
		for (const village of ['Vorukh', 'Kok-Tash', 'Chorkuh', 'Ak-Sai'])
			expect(labels[village], `${village} is labelled as related`).toBe(false);
	});

	test('a step shows no feature its passage is not linked to', async ({ page }) => {
		await page.goto('/report');
		await waitForMapIdle(page);
		await readPassage(page, 'p-8');
		const { marked } = await drawnFeatures(page);
		expect(marked).toEqual(['fakhrabad']);
		expect(Object.keys(await storyLabels(page))).toEqual(['Fakhrabad Training Center']);
	});

	test('#p-8 opens the story at Fakhrabad with the map already there', async ({ page }) => {
		await page.goto('/report#p-8');
		await waitForMapIdle(page);
		await settle(page);
		await expect(page.locator('section.passage[aria-current="step"]')).toHaveId('p-8');
		await expect(page.locator('.progress')).toContainText('Passage 8 of 16');
		expect((await drawnFeatures(page)).marked).toEqual(['fakhrabad']);
		expect(await inView(page, [68.72, 38.27])).toBe(true);
		await expect(page.locator('#p-8')).toBeInViewport();
	});

	test('Tab into a passage’s chips moves the story to that passage', async ({ page }) => {
		await page.goto('/report');
		await waitForMapIdle(page);
		await page.locator('#p-10 [data-chip]').first().focus();
		await expect(page.locator('section.passage[aria-current="step"]')).toHaveId('p-10');
		await expect(page.locator('.progress')).toContainText('Passage 10 of 16');
	});
});

/** Whether the camera eases (animates) while the story moves from p-3 to p-8. */
async function easesBetweenSteps(page: Page): Promise<boolean> {
	await page.goto('/report');
	await waitForMapIdle(page);
	await readPassage(page, 'p-3');
	// a jump starts and ends the move in the same frame; an animation ends frames later
	await page.evaluate(() => {
		const map = (window as unknown as MapWindow).__frontierMap;
		const w = window as unknown as { frame: number; startFrame: number; eased: boolean };
		w.frame = 0;
		w.eased = false;
		const tick = () => {
			w.frame++;
			requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
		map.on('movestart', () => (w.startFrame = w.frame));
		map.on('moveend', () => {
			if (w.frame !== w.startFrame) w.eased = true;
		});
	});
	await readPassage(page, 'p-8');
	return page.evaluate(() => (window as unknown as { eased: boolean }).eased);
}

test('with reduced motion the map jumps between steps; without, it flies', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	expect(await easesBetweenSteps(page)).toBe(false);
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	expect(await easesBetweenSteps(page)).toBe(true);
});

test.describe('phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the map sits above the text and follows it', async ({ page }) => {
		await page.goto('/report#p-11');
		await waitForMapIdle(page);
		await settle(page);
		await expect(page.locator('section.passage[aria-current="step"]')).toHaveId('p-11');
		const side = (await page.locator('.story-side').boundingBox())!;
		const passage = (await page.locator('#p-11').boundingBox())!;
		expect(side.y).toBe(0);
		expect(passage.y, 'the passage starts below the map').toBeGreaterThanOrEqual(
			side.y + side.height - 1
		);
		expect((await drawnFeatures(page)).marked).toContain('gbao');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the report stays the article, with its places listed under each passage', async ({
		page
	}) => {
		await page.goto('/report#p-4');
		await expect(page.locator('.story-side')).toHaveCount(0);
		await expect(page.locator('#p-4 [data-chip="tj-kg-border"]')).toBeVisible();
		await expect(page.locator('#p-4')).toContainText('Tajik-Kyrgyz border');
	});
});
