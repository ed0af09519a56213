/**
 * The map as a figure for a report (issue 13): PNG at 1× and 2× with title, legend, scale bar,
 * north arrow, attribution, citation and permalink, readable in both themes; the dark figure's
 * attribution sits on a dark strip (item 9: it used to be white).
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';

test.describe.configure({ timeout: 120_000 });

/** The figure's layout (src/lib/figure/layout.ts) at 1×, for a one-line title and attribution. */
const MARGIN = 16;
const MAP_TOP = MARGIN + 26 + 6;
const MAP_TOP_WITH_SUBTITLE = MAP_TOP + 18;
const STRIP = 22;
/** The north arrow's centre: this far from the map's top and right edges. */
const NORTH_INSET = 35;
/** A point on the arrow's north half, `bearing` being the map's. */
const northHalf = (mapRight: number, mapTop: number, bearing: number): [number, number] => {
	const a = (-bearing * Math.PI) / 180;
	return [mapRight - NORTH_INSET + Math.sin(a) * 8, mapTop + NORTH_INSET - Math.cos(a) * 8];
};
/** The arrow's north half is the Tajik–Afghan border's orange in both themes. */
const isOrange = ([r, g, b]: [number, number, number]) => r > 180 && g > 60 && g < 170 && b < 100;

interface Picture {
	width: number;
	height: number;
	/** [r, g, b] at each asked pixel. */
	samples: [number, number, number][];
	/** Distinct colours on a 24 × 16 grid over the given box. */
	distinct: number;
}

/** Decodes the PNG in the page and reads pixels (image pixels, i.e. already scaled). */
async function readPng(
	page: Page,
	path: string,
	points: [number, number][],
	box: [number, number, number, number]
): Promise<Picture> {
	const base64 = readFileSync(path).toString('base64');
	return page.evaluate(
		async ({ base64, points, box }) => {
			// (no fetch of a data: URL: the page's CSP allows connections to 'self' only)
			const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
			const blob = new Blob([bytes], { type: 'image/png' });
			const bitmap = await createImageBitmap(blob);
			const c = new OffscreenCanvas(bitmap.width, bitmap.height);
			const g = c.getContext('2d')!;
			g.drawImage(bitmap, 0, 0);
			const at = (x: number, y: number) => {
				const d = g.getImageData(Math.round(x), Math.round(y), 1, 1).data;
				return [d[0], d[1], d[2]] as [number, number, number];
			};
			const [x0, y0, w, h] = box;
			const seen = new Set<string>();
			for (let i = 0; i < 24; i++)
				for (let j = 0; j < 16; j++)
					seen.add(at(x0 + ((i + 0.5) * w) / 24, y0 + ((j + 0.5) * h) / 16).join());
			return {
				width: bitmap.width,
				height: bitmap.height,
				samples: points.map(([x, y]) => at(x, y)),
				distinct: seen.size
			};
		},
		{ base64, points, box }
	);
}

const luminance = ([r, g, b]: [number, number, number]) =>
	(0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;

async function openFigureExport(page: Page) {
	await page.getByRole('tab', { name: 'Analyse' }).click();
	const section = page.locator('section[aria-labelledby="h-figure"]');
	await expect(section.getByRole('heading', { name: 'Export figure' })).toBeVisible();
	return section;
}

/** Downloads the figure at a scale; returns the saved file's path. */
async function download(page: Page, testInfo: TestInfo, scale: 1 | 2, name: string) {
	const section = await openFigureExport(page);
	await section.getByRole('radio', { name: new RegExp(`^${scale}×`) }).check();
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		section.getByRole('button', { name: 'Download PNG figure' }).click()
	]);
	expect(file.suggestedFilename()).toBe(
		scale === 1 ? 'frontier-map-figure.png' : 'frontier-map-figure@2x.png'
	);
	const path = testInfo.outputPath(`${name}.png`);
	await file.saveAs(path);
	await expect(section.getByRole('status')).toHaveText(`Figure saved (PNG, ${scale}×).`);
	// the figures are looked at by people: keep a copy where they can find them
	if (process.env.FIGURE_SHOTS) {
		mkdirSync(process.env.FIGURE_SHOTS, { recursive: true });
		copyFileSync(path, `${process.env.FIGURE_SHOTS}/${name}.png`);
	}
	return path;
}

async function mapSize(page: Page) {
	return page.evaluate(() => {
		const map = (window as unknown as { __frontierMap: import('maplibre-gl').Map }).__frontierMap;
		const c = map.getContainer();
		return { w: c.clientWidth, h: c.clientHeight };
	});
}

for (const theme of ['light', 'dark'] as const) {
	test(`${theme} theme: the figure at 1× and exactly twice the size at 2×, map drawn, attribution strip in the theme`, async ({
		page
	}, testInfo) => {
		await page.goto(`/?theme=${theme}`);
		await waitForMapIdle(page);
		const one = await download(page, testInfo, 1, `figure-${theme}-1x`);
		const two = await download(page, testInfo, 2, `figure-${theme}-2x`);
		const map = await mapSize(page);
		const mapBottom = MAP_TOP + map.h;

		for (const [path, s] of [
			[one, 1],
			[two, 2]
		] as const) {
			const points: [number, number][] = [
				[4 * s, 4 * s], // the paper, top-left
				// the attribution strip's left part (its text is right-aligned), just above the map's bottom edge
				[(MARGIN + 20) * s, (mapBottom - STRIP / 2) * s],
				[(MARGIN + map.w * 0.3) * s, (mapBottom - STRIP / 2) * s],
				northHalf(MARGIN + map.w, MAP_TOP, 0).map((v) => v * s) as [number, number]
			];
			const mapBox: [number, number, number, number] = [
				(MARGIN + 40) * s,
				(MAP_TOP + 60) * s,
				(map.w - 120) * s,
				(map.h - 160) * s
			];
			const pic = await readPng(page, path, points, mapBox);
			expect(pic.width, `${s}× width`).toBe((map.w + 2 * MARGIN) * s);
			if (s === 1) {
				expect(pic.height).toBeGreaterThan(map.h + MAP_TOP + 40); // legend and credits below
				expect(pic.height).toBeLessThan(map.h + MAP_TOP + 200);
			}
			const [paper, strip1, strip2, north] = pic.samples;
			const strip = [strip1!, strip2!];
			expect(isOrange(north!), `north arrow ${north}`).toBe(true);
			if (theme === 'dark') {
				expect(luminance(paper!), 'dark paper').toBeLessThan(0.15);
				for (const px of strip) expect(luminance(px), `dark strip ${px}`).toBeLessThan(0.2);
			} else {
				expect(luminance(paper!), 'light paper').toBeGreaterThan(0.9);
				for (const px of strip) expect(luminance(px), `light strip ${px}`).toBeGreaterThan(0.75);
			}
			// the map itself is drawn (land, borders, labels), not a blank canvas
			expect(pic.distinct, `${s}× map colours`).toBeGreaterThan(12);
		}
		const [w1, w2] = await Promise.all([one, two].map((p) => readPng(page, p, [], [0, 0, 1, 1])));
		expect([w2!.width, w2!.height]).toEqual([w1!.width * 2, w1!.height * 2]);
	});
}

test('a selection titles the figure, a rotated map keeps its north arrow, and the map returns to its own pixel ratio', async ({
	page
}, testInfo) => {
	await page.goto('/?view=8/37.45/68.7/35/0&select=kharbmaydon&theme=dark&units=nmi');
	await waitForMapIdle(page);
	const ratio = () =>
		page.evaluate(() =>
			(
				window as unknown as { __frontierMap: import('maplibre-gl').Map }
			).__frontierMap.getPixelRatio()
		);
	const before = await ratio();
	const path = await download(page, testInfo, 2, 'figure-dark-selected-rotated-2x');
	expect(await ratio()).toBe(before);
	const map = await mapSize(page);
	// the title is the selected feature's name; the map's name is its subtitle, so the map starts lower
	const s = 2;
	const pic = await readPng(
		page,
		path,
		[
			[(MARGIN + 20) * s, (MAP_TOP_WITH_SUBTITLE + map.h - STRIP / 2) * s],
			// the arrow turned with the map: its north half is where an upright arrow has none
			northHalf(MARGIN + map.w, MAP_TOP_WITH_SUBTITLE, 35).map((v) => v * s) as [number, number]
		],
		[(MARGIN + 40) * s, (MAP_TOP_WITH_SUBTITLE + 60) * s, (map.w - 120) * s, (map.h - 160) * s]
	);
	expect(pic.width).toBe((map.w + 2 * MARGIN) * s);
	expect(luminance(pic.samples[0]!)).toBeLessThan(0.2);
	expect(isOrange(pic.samples[1]!), `rotated north arrow ${pic.samples[1]}`).toBe(true);
	expect(pic.distinct).toBeGreaterThan(12);
	// the permalink in the figure reopens this view: the page's URL still holds it
	await expect(page).toHaveURL(/view=8\/37\.45\/68\.7\/35/);
});
