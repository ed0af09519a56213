/**
 * The map in English and Russian: the language comes from `lang=` in the URL, else the browser's
 * Accept-Language, else English; it is kept by the header's links, the map's URL and its
 * permalinks; the browser loads one language's messages (and the fixture fails any test in which
 * a message was shown before its group was loaded: it logs a console error).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { openHostPage, useHostSite, waitForMessage } from './embed-host';
import { expect, test, waitForMapIdle } from './fixtures';

test.describe.configure({ timeout: 180_000 });

/** The text of every script the page loads from now on. */
function scriptsOf(page: Page): Promise<string>[] {
	const scripts: Promise<string>[] = [];
	page.on('response', (res) => {
		if (new URL(res.url()).pathname.endsWith('.js')) scripts.push(res.text().catch(() => ''));
	});
	return scripts;
}

async function seriousAxe(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
		.analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('every page renders in Russian with lang=ru, and in English without it', async ({ page }) => {
	for (const path of ['/', '/report', '/about', '/data', '/embed/builder', '/embed/docs']) {
		await page.goto(`${path}?lang=ru`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
		const nav = page.getByRole('navigation', { name: 'Основное меню' });
		await expect(nav.getByRole('link', { name: 'Карта' })).toBeVisible();
		await expect(nav.getByRole('link', { name: 'Доклад' })).toHaveAttribute(
			'href',
			'/report?lang=ru'
		);
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(
			page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Report' })
		).toHaveAttribute('href', '/report');
	}
});

test('/ in Russian: the legend, a popup with the Russian name and the English quote, km', async ({
	page
}) => {
	await page.goto('/?lang=ru&select=kharbmaydon&measure=68.7739,38.5598;69.2,37.9');
	await waitForMapIdle(page);
	// the legend (the Layers tab) in Russian
	await page.getByRole('tab', { name: 'Слои' }).click();
	await expect(page.getByText('Таджикско-афганская граница').first()).toBeVisible();
	// the popup: the Russian name, the report's name beside it, the quote in English and marked so
	const popup = page.locator('.feature-popup');
	await expect(popup.getByRole('heading', { name: 'Полигон Харбмайдон' })).toBeVisible();
	await expect(
		popup.locator('[lang="en"]').filter({ hasText: 'Kharbmaydon training ground' }).first()
	).toBeVisible();
	await expect(
		popup.locator('[lang="en"]').filter({ hasText: 'October 17th' }).first()
	).toBeVisible();
	await expect(popup).toContainText('Доклад опубликован на английском');
	// the analyst's measurement in kilometres, written the Russian way
	await page.getByRole('tab', { name: 'Анализ' }).click();
	const total = page.locator('[data-result="measure-total"]');
	await expect(total).toContainText('км');
	await expect(total).toContainText(/\d,\d/);
});

test('search finds Душанбе and Хорог, in Russian and in English', async ({ page }) => {
	for (const path of ['/?lang=ru', '/']) {
		await page.goto(path);
		await waitForMapIdle(page);
		const search = page.getByRole('combobox');
		await search.fill('Душанбе');
		await expect(page.getByRole('option').first()).toContainText(
			path === '/' ? 'Dushanbe' : 'Душанбе'
		);
		await search.fill('Хорог');
		await expect(page.getByRole('option').first()).toContainText(
			path === '/' ? 'Khorugh' : 'Хорог'
		);
		await search.press('Enter');
		await expect(page).toHaveURL(/select=khorugh/);
	}
});

test.describe('a browser that prefers Russian', () => {
	test.use({ locale: 'ru-RU' });

	test('gets Russian on its first visit, and English when it asks for it', async ({ page }) => {
		const response = await page.goto('/about');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
		expect(response?.headers()['vary']).toBe('Accept-Encoding, Accept-Language');
		const english = await page.goto('/about?lang=en');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		expect(english?.headers()['vary']).toBe('Accept-Encoding');
		// a page reached with lang= keeps it in its links
		await expect(
			page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data' })
		).toHaveAttribute('href', '/data?lang=en');
	});

	test('the map writes lang=ru into its URL and permalinks', async ({ page }) => {
		await page.goto('/?select=gbao');
		await waitForMapIdle(page);
		await expect(page).toHaveURL(/[?&]lang=ru/);
	});
});

test('the header switches language on the same view', async ({ page }) => {
	await page.goto('/?select=gbao');
	await waitForMapIdle(page);
	await page.getByRole('link', { name: 'RU', exact: true }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	await expect(page).toHaveURL(/select=gbao/);
	await expect(page).toHaveURL(/lang=ru/);
	await waitForMapIdle(page);
	await page.getByRole('link', { name: 'EN', exact: true }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page).toHaveURL(/lang=en/);
});

test('an unknown lang= gets a notice and the page in the negotiated language', async ({ page }) => {
	await page.goto('/?lang=fr');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('[data-notice="info"]')).toContainText('lang');
	await expect(page.locator('[data-notice="info"]')).toContainText('English');
});

test('English /embed downloads no Russian messages, Russian /embed no English ones', async ({
	page
}) => {
	const english = scriptsOf(page);
	const englishUrls: string[] = [];
	page.on('request', (r) => englishUrls.push(new URL(r.url()).pathname));
	await page.goto('/embed?select=kharbmaydon');
	await waitForMapIdle(page);
	const messageFiles = (urls: string[], locale: string) =>
		urls.filter((u) => u.startsWith(`/_app/immutable/messages/${locale}-`));
	expect(messageFiles(englishUrls, 'en').length).toBeGreaterThan(0);
	expect(messageFiles(englishUrls, 'ru')).toEqual([]);
	// not even inlined somewhere: a Russian message of the embed's own groups
	const texts = await Promise.all(english);
	expect(texts.filter((t) => t.includes('Открыть полную карту'))).toEqual([]);
	// and nothing of the groups /embed does not show (the analyst's, the docs')
	expect(
		englishUrls.filter((u) => /\/messages\/en-(analyst|docs|about|data|home)\./.test(u))
	).toEqual([]);

	const context = await page.context().browser()!.newContext();
	const ru = await context.newPage();
	const russianUrls: string[] = [];
	ru.on('request', (r) => russianUrls.push(new URL(r.url()).pathname));
	await ru.goto('/embed?select=kharbmaydon&lang=ru');
	await waitForMapIdle(ru);
	expect(messageFiles(russianUrls, 'ru').length).toBeGreaterThan(0);
	expect(messageFiles(russianUrls, 'en')).toEqual([]);
	await expect(ru.getByRole('link', { name: 'Открыть полную карту' })).toBeVisible();
	await context.close();
});

test('an embed loads the words of URL notices only for a link that has notices', async ({
	page
}) => {
	const urls: string[] = [];
	page.on('request', (r) => urls.push(new URL(r.url()).pathname));
	const urlWords = () => urls.filter((u) => /\/messages\/(en|ru)-url\./.test(u));
	await page.goto('/embed?select=kharbmaydon&view=5/38.8/71.2&lang=ru');
	await waitForMapIdle(page);
	expect(urlWords()).toEqual([]);
	await expect(page.locator('[data-notice]')).toHaveCount(0);

	await page.goto('/embed?view=abc&lang=ru');
	await waitForMapIdle(page);
	expect(urlWords()).toEqual([expect.stringMatching(/\/ru-url\./)]);
	// the notice in Russian, not empty
	await expect(page.locator('[data-notice]').first()).toContainText('view');
	await expect(page.locator('[data-notice]').first()).toContainText(/[а-я]{4}/);
});

test.describe('an embed in Russian', () => {
	const host = useHostSite();

	test('tells its host the language in `ready`', async ({ page, baseURL }) => {
		const app = new URL(baseURL!).origin;
		await openHostPage(
			page,
			host,
			'/ru',
			`<iframe src="${app}/embed?select=gbao&lang=ru" width="600" height="400"></iframe>`
		);
		const ready = await waitForMessage(page, 'ready');
		expect(ready.data).toMatchObject({ type: 'ready', lang: 'ru' });
	});
});

test('axe finds nothing serious in Russian or in English', async ({ page }) => {
	for (const path of [
		'/?lang=ru&select=kharbmaydon',
		'/embed?lang=ru&select=kharbmaydon',
		'/about?lang=ru',
		'/report?lang=ru',
		'/data?lang=ru',
		'/embed/builder?lang=ru',
		'/embed/docs?lang=ru',
		'/?select=kharbmaydon',
		'/embed?select=kharbmaydon'
	]) {
		await page.goto(path);
		if (/^\/(\?|embed\?)/.test(path)) await waitForMapIdle(page);
		expect(await seriousAxe(page), path).toEqual([]);
	}
});
