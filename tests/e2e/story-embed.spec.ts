/**
 * The report's story, embeddable (issue 14): /embed?story=p-N shows the passage's step as /report
 * does (named features emphasised and framed, related lighter, labels) beside the passage's text,
 * with previous/next and the keyboard moving through the 16 passages and the URL following; a
 * bad value gets a notice and a map; the builder offers it; "Cite this view" on the story cites
 * the passage's permalink. Its code loads only for a story.
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { ReportFile } from '../../src/lib/data/types';
import { expect, test, waitForMapIdle } from './fixtures';
import { withoutWebGL } from './map-helpers';
import {
	drawnFeatures,
	DUSHANBE,
	inView,
	KG_BORDER_VILLAGES,
	KHARBMAYDON,
	namedLabels,
	settle,
	storyLabels,
	zoomAndCountryZoom
} from './story-helpers';

const root = path.resolve(import.meta.dirname, '../..');
const readJson = <T>(rel: string) => JSON.parse(fs.readFileSync(path.join(root, rel), 'utf8')) as T;
const REPORT = readJson<ReportFile>('src/lib/generated/report.json');
const VERSION = readJson<{ version: string }>('src/lib/generated/data-version.json').version;
const passage = (n: number) => REPORT.passages[n - 1]!;

// Each test opens a map: on the shared 2-core machine a map alone can take most of a minute.
test.describe.configure({ timeout: 180_000 });
// the size of a typical article embed
test.use({ viewport: { width: 800, height: 500 } });

const panel = (page: Page) => page.locator('.story-embed .panel');

async function openStory(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await waitForMapIdle(page);
	await settle(page);
}

test('story=p-3 shows Kharbmaydon emphasised and fitted beside the passage; next goes to p-4', async ({
	page
}) => {
	await openStory(page, '/embed?story=p-3');
	await expect(panel(page)).toContainText('Passage 3 of 16');
	// the passage's text, verbatim from the catalog
	await expect(panel(page).locator('blockquote')).toHaveText(passage(3).text);
	const p3 = await drawnFeatures(page);
	expect(p3.marked).toContain('kharbmaydon');
	expect(await inView(page, KHARBMAYDON)).toBe(true);
	expect(await inView(page, DUSHANBE)).toBe(true);
	const { zoom, country } = await zoomAndCountryZoom(page);
	expect(zoom, 'fitted closer than the whole country').toBeGreaterThan(country + 0.5);
	expect(await namedLabels(page)).toContain('Kharbmaydon training ground');
	const read = panel(page).getByRole('link', { name: 'Read in the report' });
	await expect(read).toHaveAttribute('href', '/report#p-3');
	await expect(read).toHaveAttribute('target', '_blank');
	await expect(read).toHaveAttribute('rel', /noopener/);

	await page.getByRole('button', { name: 'Next passage' }).click();
	await expect(page).toHaveURL(/[?&]story=p-4(&|$)/);
	await expect(panel(page)).toContainText('Passage 4 of 16');
	await expect(panel(page).locator('blockquote')).toHaveText(passage(4).text);
	await settle(page);
	expect((await drawnFeatures(page)).marked).toEqual(['tj-kg-border']);
	expect(await namedLabels(page)).toEqual(['Tajik–Kyrgyz border']);
	const labels = await storyLabels(page);
	for (const village of KG_BORDER_VILLAGES)
		expect(labels[village], `${village} is labelled as related, not named`).toBe(false);

	// the keyboard, with the frame focused (not the map): back to p-3, then the ends
	await page.locator('.story-embed .where').click();
	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(/[?&]story=p-3(&|$)/);
	await page.keyboard.press('End');
	await expect(panel(page)).toContainText('Passage 16 of 16');
	await expect(page.getByRole('button', { name: 'Next passage' })).toBeDisabled();
	await page.keyboard.press('PageUp');
	await expect(page).toHaveURL(/[?&]story=p-15(&|$)/);
});

test('a bad story value gets a notice and a working map; story wins over select', async ({
	page
}) => {
	await page.goto('/embed?story=p-99');
	await waitForMapIdle(page);
	const notices = page.locator('[data-notice]');
	await expect(notices.filter({ hasText: 'story' })).toContainText('the report has no passage 99');
	await expect(page.locator('.story-embed')).toHaveCount(0);
	await expect(page.getByRole('region', { name: /map/i }).first()).toBeVisible();

	await page.goto('/embed?story=abc&select=gbao');
	await waitForMapIdle(page);
	await expect(notices.filter({ hasText: 'story' })).toContainText('p-1 to p-16');
	await expect(page.locator('.feature-popup')).toContainText('Gorno-Badakhshan');

	await openStory(page, '/embed?story=p-8&select=gbao');
	await expect(notices.filter({ hasText: 'story wins' })).toContainText('select “gbao”');
	await expect(page.locator('.feature-popup')).toHaveCount(0);
	expect((await drawnFeatures(page)).marked).toEqual(['fakhrabad']);
	await expect(page).toHaveURL(/\?story=p-8$/);
});

test('the story’s code loads only for a story embed', async ({ page }) => {
	const scripts: string[] = [];
	page.on('response', async (r) => {
		if (r.request().resourceType() === 'script') scripts.push(await r.text().catch(() => ''));
	});
	await page.goto('/embed');
	await waitForMapIdle(page);
	expect(scripts.length).toBeGreaterThan(0);
	// StoryEmbed's own markup (its words are messages, loaded per group: src/lib/i18n)
	const marker = 'class="story-embed';
	expect(scripts.filter((s) => s.includes(marker))).toEqual([]);
	await openStory(page, '/embed?story=p-2');
	expect(scripts.filter((s) => s.includes(marker)).length).toBeGreaterThan(0);
});

test('the builder’s story option produces the right iframe src and preview', async ({ page }) => {
	await page.goto('/embed/builder?select=fakhrabad');
	await page.getByLabel('Story: start at passage').selectOption('p-3');
	await expect(page.locator('#embed-code')).toHaveValue(/src="[^"]*\/embed\?story=p-3"/);
	await expect(page.locator('#embed-select')).toBeDisabled();
	await expect(page.locator('figure.preview').first().locator('iframe')).toHaveAttribute(
		'src',
		'/embed?story=p-3'
	);
	await expect(page).toHaveURL(/\/embed\/builder\?story=p-3$/);
	await page.getByLabel('Story: start at passage').selectOption('');
	await expect(page.locator('#embed-code')).toHaveValue(/src="[^"]*\/embed"/);
});

test('Cite on the story embed cites the passage with its permalink', async ({ page }) => {
	await openStory(page, '/embed?story=p-8&theme=dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await panel(page).getByRole('button', { name: 'Cite' }).click();
	const dialog = page.getByRole('dialog', { name: 'Cite this view' });
	await expect(dialog.locator('textarea').first()).toHaveValue(
		new RegExp(
			`^Passage 8 of 16 — U\\.S\\. help to Tajik border security\\. Map view.* http://127\\.0\\.0\\.1:\\d+/report\\?v=${VERSION}#p-8$`
		)
	);
});

test.describe('/report', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('Cite this view on the story gives the passage’s permalink', async ({ page }) => {
		await page.goto('/report#p-8');
		await waitForMapIdle(page);
		await expect(page.locator('.progress')).toContainText('Passage 8 of 16');
		await page.locator('.progress').getByRole('button', { name: 'Cite' }).click();
		const dialog = page.getByRole('dialog', { name: 'Cite this view' });
		const text = dialog.locator('textarea').first();
		await expect(text).toHaveValue(/^Passage 8 of 16 — U\.S\. help to Tajik border security\./);
		await expect(text).toHaveValue(new RegExp(`/report\\?v=${VERSION}#p-8$`));
	});
});

test('/report opened from a link with another data version says so', async ({ page }) => {
	await page.goto('/report?v=0000000000#p-3');
	const notice = page.locator('[data-notice]').filter({ hasText: 'data version' });
	await expect(notice).toContainText('made with data version 0000000000');
	await expect(notice).toContainText(`current version is ${VERSION}`);
	await page.goto(`/report?v=${VERSION}#p-3`);
	await expect(page.locator('.progress')).toContainText('Passage 3 of 16');
	await expect(page.locator('[data-notice]')).toHaveCount(0);
});

test('without WebGL, the plain article’s Cite cites the passage being read', async ({ page }) => {
	await withoutWebGL(page);
	await page.goto('/report#p-11');
	await expect(page.locator('.story-side')).toHaveCount(0);
	// kept in view at the bottom while reading, naming the passage it cites
	const line = page.locator('.cite-line');
	await expect(line).toContainText('passage 11 of 16');
	await expect(line).toBeInViewport();
	await line.getByRole('button', { name: 'Cite' }).click();
	const text = page.getByRole('dialog', { name: 'Cite this view' }).locator('textarea').first();
	await expect(text).toHaveValue(/^Passage 11 of 16 — /);
	await expect(text).toHaveValue(new RegExp(`/report\\?v=${VERSION}#p-11$`));
});

test('axe: /embed?story=p-3 has no serious or critical violations, light and dark', async ({
	page
}) => {
	for (const theme of ['light', 'dark']) {
		await openStory(page, `/embed?story=p-3&theme=${theme}`);
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
			.analyze();
		const serious = results.violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		expect(serious, theme).toEqual([]);
	}
});
