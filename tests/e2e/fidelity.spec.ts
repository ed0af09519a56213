/**
 * The map says only what the report says: links are named or related, popups head them so and
 * give a related link's reason, and quotes show the words that name the feature.
 */
import { expect, test, waitForMapIdle } from './fixtures';

const CLASH_VILLAGES = ['vorukh', 'kok-tash', 'ak-sai', 'chorkuh', 'batken'];

test('a related feature’s popup is headed as related and says why', async ({ page }) => {
	await page.goto('/?select=kok-tash&layers=tj-af-border,tj-kg-border,gbao,clash-sites');
	await waitForMapIdle(page);
	const popup = page.locator('.feature-popup');
	await expect(popup).toContainText('Kok-Tash');
	const related = popup.locator('[data-relation="related"]');
	await expect(related.getByRole('heading')).toHaveText(/Related passages/);
	await expect(related).toContainText('the report names no place of the clashes');
	await expect(related.locator('blockquote')).toContainText('Tajik-Kyrgyz border');
	await expect(popup.locator('[data-relation="named"]')).toHaveCount(0);
	await expect(popup).not.toContainText('Named in the report');
});

test('the Tajik–Kyrgyz border’s popup quotes the words that name it', async ({ page }) => {
	await page.goto('/?select=tj-kg-border');
	await waitForMapIdle(page);
	const named = page.locator('.feature-popup [data-relation="named"]');
	await expect(named.getByRole('heading')).toHaveText('Named in the report');
	await expect(named.locator('blockquote')).toContainText(
		'clashes at the Tajik-Kyrgyz border, causing military and civilian victims'
	);
});

test('the embed’s popup heads its passages the same way', async ({ page }) => {
	await page.goto('/embed?select=rushon&layers=tj-af-border,gbao,places');
	await waitForMapIdle(page);
	const popup = page.locator('.feature-popup');
	await expect(popup.locator('[data-relation="related"]')).toContainText(
		'the report names no place of the May 2022 clashes'
	);
	await expect(popup.locator('blockquote')).toContainText('Gorno-Badakhshan Autonomous Region');
});

test('p-4’s chips separate the border it names from the clash places it does not', async ({
	page
}) => {
	await page.goto('/report#p-4');
	const p4 = page.locator('#p-4');
	const named = await p4
		.locator('[data-relation="named"] [data-chip]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-chip')));
	expect(named).toEqual(['tj-kg-border']);
	const related = await p4
		.locator('[data-relation="related"] [data-chip]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-chip')));
	for (const id of CLASH_VILLAGES) expect(related).toContain(id);
	await expect(p4.getByRole('list', { name: 'Named in this passage' })).toBeVisible();
	await p4.getByText('Why these are linked').click();
	await expect(p4.locator('.why li')).toContainText([/Vorukh: .*names no place of the clashes/]);
});
