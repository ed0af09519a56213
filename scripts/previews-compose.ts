/**
 * The part of `npm run previews` that runs inside Chromium, on an `/embed` page of the built app
 * (so the figure's self-hosted fonts are the page's): lays a card out and draws it with the
 * figure export's own code. Bundled by scripts/previews.ts (with Vite) and injected into the page.
 */
import { drawFigure } from '$lib/figure/draw';
import type { FigureColours } from '$lib/figure/colours';
import { FIGURE_FONTS, type FigureFont } from '$lib/figure/layout';
import {
	layoutPreview,
	previewMapSize,
	PREVIEW_LAYOUT_SIZE,
	PREVIEW_SCALE,
	type PreviewContent
} from '$lib/figure/preview-layout';
import { metresPerPixel } from '$lib/figure/scale-bar';

const canvas = document.createElement('canvas');
const g = canvas.getContext('2d')!;
const measure = (text: string, font: FigureFont) => {
	g.font = FIGURE_FONTS[font];
	return g.measureText(text).width;
};

async function fontsReady(): Promise<void> {
	await Promise.allSettled(Object.values(FIGURE_FONTS).map((f) => document.fonts.load(f)));
	await document.fonts.ready;
}

function loadImage(src: string): Promise<HTMLImageElement> {
	return new Promise((resolve, reject) => {
		const img = new Image();
		img.onload = () => resolve(img);
		img.onerror = () => reject(new Error('The map picture could not be decoded.'));
		img.src = src;
	});
}

const api = {
	async mapSize(c: Omit<PreviewContent, 'metresPerPx'>) {
		await fontsReady();
		return previewMapSize(c, measure);
	},
	/** The card as a PNG data URL, from the map's picture (a PNG data URL at PREVIEW_SCALE). */
	async compose(
		c: Omit<PreviewContent, 'metresPerPx'>,
		view: { lat: number; zoom: number },
		mapPng: string,
		colours: FigureColours
	): Promise<string> {
		await fontsReady();
		const layout = layoutPreview(
			{ ...c, metresPerPx: metresPerPixel(view.lat, view.zoom) },
			measure
		);
		const out = document.createElement('canvas');
		out.width = PREVIEW_LAYOUT_SIZE.width * PREVIEW_SCALE;
		out.height = PREVIEW_LAYOUT_SIZE.height * PREVIEW_SCALE;
		const o = out.getContext('2d')!;
		o.scale(PREVIEW_SCALE, PREVIEW_SCALE);
		o.imageSmoothingQuality = 'high';
		drawFigure(o, layout, await loadImage(mapPng), colours);
		return out.toDataURL('image/png');
	}
};

(window as unknown as { __preview: typeof api }).__preview = api;
