/**
 * /embed and its builder in Russian: the embed's chrome (footer, legend, measurement), and the
 * builder's Language option, which writes `lang=` into the preview, the code and the oEmbed link.
 */
import { expect, test, waitForMapIdle } from './fixtures';

test.describe.configure({ timeout: 180_000 });

test('/embed?lang=ru shows Russian chrome, the feature’s Russian name and a Russian full-map link', async ({
	page
}) => {
	await page.goto('/embed?lang=ru&select=kharbmaydon&controls=zoom,legend,measure');
	await waitForMapIdle(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	await expect(page).toHaveTitle('Полигон Харбмайдон — Frontier Map');
	const full = page.getByRole('link', { name: /Открыть полную карту/ });
	await expect(full).toHaveAttribute('href', /select=kharbmaydon/);
	await expect(full).toHaveAttribute('href', /lang=ru/);
	await expect(page.getByRole('button', { name: /Легенда/ })).toBeVisible();
	await page.getByRole('button', { name: 'Измерить' }).click();
	await expect(page.getByText('Нажмите на карту, чтобы добавить точки.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Завершить измерение' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
});

test('the builder’s Language option puts lang= in the preview, the code and the link', async ({
	page
}) => {
	await page.goto('/embed/builder?select=gbao');
	// English builder, nothing chosen: the code is as it always was
	await expect(page.getByLabel('Each reader’s browser language')).toBeChecked();
	const code = page.locator('#embed-code');
	const link = page.locator('#embed-link');
	await expect(code).toHaveValue(/\/embed\?select=gbao"/);
	await expect(link).toHaveValue(/\/\?select=gbao$/);

	await page.getByLabel('Русский', { exact: true }).check();
	await expect(code).toHaveValue(/\/embed\?select=gbao&amp;lang=ru"/);
	await expect(code).toHaveValue(/title="Frontier Map: безопасность границ Таджикистана"/);
	await expect(page.locator('#embed-title')).toHaveValue(
		'Frontier Map: безопасность границ Таджикистана'
	);
	await expect(link).toHaveValue(/\/\?select=gbao&lang=ru$/);
	// the previews reload in that language
	const preview = page.locator('figure.preview').first();
	await expect(preview.locator('iframe')).toHaveAttribute('src', '/embed?select=gbao&lang=ru');
	await expect(preview).toHaveAttribute('data-status', 'ready', { timeout: 60_000 });
	const frame = preview.frameLocator('iframe');
	await expect(frame.locator('html')).toHaveAttribute('lang', 'ru');
	await expect(frame.getByRole('link', { name: /Открыть полную карту/ })).toBeVisible();

	await page.getByLabel('English', { exact: true }).check();
	await expect(code).toHaveValue(/\/embed\?select=gbao&amp;lang=en"/);
	await expect(code).toHaveValue(/title="Frontier Map: border security in Tajikistan"/);
});

test('a builder in Russian starts with Russian embeds', async ({ page }) => {
	await page.goto('/embed/builder?lang=ru&select=gbao');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Встроить карту');
	await expect(page.getByLabel('Русский', { exact: true })).toBeChecked();
	await expect(page.locator('#embed-code')).toHaveValue(/\/embed\?select=gbao&amp;lang=ru"/);
	// the builder keeps its own language in its URL as the state changes
	await page.getByLabel('Тёмная').check();
	await expect(page).toHaveURL(/theme=dark/);
	await expect(page).toHaveURL(/lang=ru/);
});
