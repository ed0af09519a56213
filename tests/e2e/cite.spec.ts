/**
 * "Cite what you saw" (issue 14): permalinks carry the data version (`v=`); a link made with an
 * older version shows the view and a notice of what changed since for its features (from the
 * changelog; the older version here is a test fixture served in place of /data/changelog.json);
 * "Cite this view" on / and /embed gives plain text, BibTeX and CSL-JSON with that permalink;
 * /data shows the version and the changelog.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { ChangelogFile, DataVersionEntry, FieldChange } from '../../src/lib/data/changelog';
import { expect, test, waitForMapIdle } from './fixtures';
import { gotoMap } from './map-helpers';

const root = path.resolve(import.meta.dirname, '../..');
const readJson = <T>(rel: string) => JSON.parse(fs.readFileSync(path.join(root, rel), 'utf8')) as T;
const CURRENT = readJson<{ version: string }>('src/lib/generated/data-version.json').version;
const REAL = readJson<ChangelogFile>('static/data/changelog.json');
const FIXTURE = readJson<{ version: string; date: string; changes: FieldChange[] }>(
	'tests/e2e/fixture-data/older-data-version.json'
);

/** The data's current version: the changelog's last. */
const LATEST = REAL.versions.at(-1) as DataVersionEntry;

/**
 * Serves a changelog in which the fixture's older version comes first and the current version
 * follows it with the fixture's changes (and only those, whatever the real data's history holds):
 * only this test's page sees it.
 */
async function serveFixtureChangelog(page: Page): Promise<void> {
	const log: ChangelogFile = {
		...REAL,
		versions: [
			{ version: FIXTURE.version, date: FIXTURE.date, previous: null, files: [], changes: [] },
			{ ...LATEST, previous: FIXTURE.version, changes: FIXTURE.changes }
		]
	};
	await page.route('**/data/changelog.json', (route) => route.fulfill({ json: log }));
}

// Each test opens a map: on the shared 2-core machine a map alone can take most of a minute.
test.describe.configure({ timeout: 180_000 });

const notice = (page: Page) => page.locator('[data-notice]').filter({ hasText: 'data version' });

test('a link made with an older data version shows the view and what changed for its features', async ({
	page
}) => {
	await serveFixtureChangelog(page);
	await gotoMap(page, `/?select=kharbmaydon&v=${FIXTURE.version}`);
	await expect(page.locator('.feature-popup')).toContainText('Kharbmaydon');
	const n = notice(page);
	await expect(n).toContainText(`made with data version ${FIXTURE.version} (${FIXTURE.date})`);
	await expect(n).toContainText(`now ${CURRENT}`);
	await expect(n.getByRole('listitem')).toHaveText([
		`Kharbmaydon training ground — precisionMeters: 50000 → 40000 (${LATEST.date}, version ${LATEST.version})`
	]);
	// Batken's layer is off in this view: its change is counted, not listed
	await expect(n).not.toContainText('Batken');
	await expect(n.getByRole('link')).toHaveText(/1 other change/);
	await expect(n.getByRole('link')).toHaveAttribute('href', '/data#changelog');
	// the address bar describes what is on screen now: the link's old version is not kept
	await expect(page).not.toHaveURL(/[?&]v=/);
});

test('a link with an unknown version shows the view and says the version is unknown', async ({
	page
}) => {
	await gotoMap(page, '/?select=fakhrabad&v=ABCDEF0123');
	await expect(notice(page)).toContainText(
		'made with data version abcdef0123, which this map does not know'
	);
	await expect(page.locator('.feature-popup')).toContainText('Fakhrabad');
});

test('a malformed version is ignored with a notice, and the map still shows', async ({ page }) => {
	await gotoMap(page, '/?v=not-a-version');
	await expect(
		page.getByText(/The link’s v value “not-a-version” could not be used/)
	).toBeVisible();
});

test('a link with the current version shows no notice', async ({ page }) => {
	await gotoMap(page, `/?select=fakhrabad&v=${CURRENT}`);
	await expect(page.locator('.feature-popup')).toContainText('Fakhrabad');
	await expect(page.locator('[data-notice]')).toHaveCount(0);
});

test('Cite this view gives plain text, BibTeX and CSL-JSON with the permalink and its version', async ({
	page,
	context,
	baseURL
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	await gotoMap(page, '/?select=kharbmaydon&view=7/38.1/68.9');
	const permalink = `${baseURL}/?view=7/38.1/68.9&select=kharbmaydon&v=${CURRENT}`;

	// Copy link carries the version too
	await page.getByRole('button', { name: 'Copy link to this view' }).first().click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(permalink);

	await page.getByRole('button', { name: 'Cite this view' }).click();
	const dialog = page.getByRole('dialog', { name: 'Cite this view' });
	await expect(dialog).toBeVisible();
	const area = dialog.getByRole('textbox');
	await expect(area).toHaveValue(
		new RegExp(
			`^Kharbmaydon training ground\\. Map view, Frontier Map, data version ${CURRENT} .*` +
				'Built from: Giuliano Bifolchi, “Tajikistan between CSTO .*Geopolitical Report ISSN ' +
				'2785-2598 Volume 24 Issue 4, October 2022\\. ' +
				permalink.replace(/[.?/]/g, '\\$&') +
				'$'
		)
	);
	await dialog.getByRole('button', { name: 'Copy' }).click();
	await expect(dialog.getByRole('status')).toHaveText('Copied');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(permalink);

	await dialog.getByRole('button', { name: 'BibTeX' }).click();
	await expect(area).toHaveValue(/^@misc\{frontier-map-kharbmaydon-/);
	await expect(area).toHaveValue(new RegExp(`url +=  ?\\{${baseURL}/\\?view=.*&v=${CURRENT}\\}`));
	await expect(area).toHaveValue(/@article\{bifolchi-2022-tajikistan,[\s\S]*month += oct/);

	await dialog.getByRole('button', { name: 'CSL-JSON' }).click();
	const items = JSON.parse(await area.inputValue()) as Record<string, unknown>[];
	expect(items[0]).toMatchObject({ type: 'map', URL: permalink, version: CURRENT });
	expect(items[1]).toMatchObject({ type: 'article-journal', ISSN: '2785-2598' });

	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await page.screenshot({ path: 'bench/tmp/helperD/shots/cite-closed-desktop.png' });
});

test('the embed cites its view, loading the citation on the first click', async ({ page }) => {
	await page.goto('/embed?select=fakhrabad');
	await waitForMapIdle(page);
	const dialog = page.getByRole('dialog', { name: 'Cite this view' });
	await expect(dialog).toBeHidden();
	await expect(dialog.getByRole('textbox')).toHaveCount(0);
	await page.getByRole('button', { name: 'Cite' }).click();
	const area = dialog.getByRole('textbox');
	await expect(area).toHaveValue(/^Fakhrabad Training Center\. Map view, Frontier Map/);
	await expect(area).toHaveValue(new RegExp(`/\\?view=[^ ]*&select=fakhrabad&v=${CURRENT}$`));
});

test('/data shows the current data version and the changelog', async ({ page }) => {
	await page.goto('/data');
	const section = page.locator('section').filter({
		has: page.getByRole('heading', { name: 'Data version and changelog' })
	});
	await expect(section).toContainText(`The data served now is version ${CURRENT}`);
	const first = REAL.versions[0]!;
	await expect(section.getByRole('heading', { name: `Version ${first.version}` })).toBeVisible();
	await expect(section).toContainText('The first version recorded');
	const res = await page.request.get('/data/changelog.json');
	expect(res.ok()).toBe(true);
	expect(((await res.json()) as ChangelogFile).current).toBe(CURRENT);
});

test('screenshots: the notice and the cite dialog at desktop and phone width', async ({ page }) => {
	test.setTimeout(300_000);
	await serveFixtureChangelog(page);
	for (const [name, size] of [
		['desktop', { width: 1440, height: 900 }],
		['phone', { width: 390, height: 844 }]
	] as const) {
		await page.setViewportSize(size);
		await gotoMap(page, `/?select=kharbmaydon&v=${FIXTURE.version}`);
		await expect(notice(page).getByRole('listitem')).toHaveCount(1);
		await page.screenshot({ path: `bench/tmp/helperD/shots/notice-${name}.png` });
		await page.getByRole('button', { name: 'Cite this view' }).click();
		await expect(page.getByRole('dialog').getByRole('textbox')).toHaveValue(/Kharbmaydon/);
		await page.screenshot({ path: `bench/tmp/helperD/shots/cite-${name}.png` });
		await page.keyboard.press('Escape');
		await page.goto('/embed?select=fakhrabad');
		await waitForMapIdle(page);
		await page.getByRole('button', { name: 'Cite' }).click();
		await expect(page.getByRole('dialog').getByRole('textbox')).toHaveValue(/Fakhrabad/);
		await page.screenshot({ path: `bench/tmp/helperD/shots/embed-cite-${name}.png` });
		await page.goto('/data#changelog');
		await page.screenshot({ path: `bench/tmp/helperD/shots/data-${name}.png` });
	}
});
