/**
 * Exports the map as a figure to paste into a report: the current view at 1× or 2× with its
 * title, legend, scale bar, north arrow, attribution, the report's citation and the permalink.
 * The one entry point pages call; the parts are pure modules next to this one.
 */
import { downloadBlob } from '$lib/analyst/exports/download';
import { THEMES } from '$lib/layers';
import { mapAttributionText } from '$lib/layers/sources';
import type { MapHandle } from '$lib/map/handle';
import type { MapState } from '$lib/state/map-state';
import { canonicalView } from '$lib/state/url';
import { citationWithoutLink } from '$lib/cite/format';
import * as m from '$lib/paraglide/messages';
import { viewCitation } from '$lib/cite/view';
import { figureColours } from './colours';
import { drawFigure } from './draw';
import { FIGURE_FONTS, layoutFigure, type FigureFont } from './layout';
import { figureLegend } from './legend';
import { permalink } from './permalink';
import { metresPerPixel } from './scale-bar';
import { figureHeading, figureLabels } from './labels';

/** 1×: one image pixel per CSS pixel of the map; 2×: twice as many each way, for print. */
export type FigureScale = 1 | 2;

export interface FigureRequest {
	scale: FigureScale;
	/** The page's state: theme, visible layers, units, selection (the view is read from the map). */
	state: MapState;
	/** The selected feature's name, the figure's title; null: the map's title. */
	selectedName: string | null;
	/** Where the permalink points, e.g. `https://host:port`. */
	origin: string;
}

/** The file name of a figure: `frontier-map-figure.png`, `frontier-map-figure@2x.png`. */
export function figureFileName(scale: FigureScale): string {
	return `frontier-map-figure${scale === 1 ? '' : `@${scale}x`}.png`;
}

/** Makes the figure as a PNG. */
export async function exportFigure(map: MapHandle, req: FigureRequest): Promise<Blob> {
	await fontsReady();
	const capture = await map.captureView(req.scale);
	const view = canonicalView(capture.view);
	const theme = THEMES[req.state.theme];
	const canvas = document.createElement('canvas');
	const g = canvas.getContext('2d');
	if (!g) throw new Error(m.home_figure_no_canvas());
	const measure = (text: string, font: FigureFont) => {
		g.font = FIGURE_FONTS[font];
		return g.measureText(text).width;
	};
	const link = permalink(req.origin, { ...req.state, view });
	const cite = viewCitation({
		selectedName: req.selectedName,
		selectedId: req.state.select,
		permalink: link
	});
	const layout = layoutFigure(
		{
			mapWidth: capture.width,
			mapHeight: capture.height,
			...figureHeading(req.selectedName),
			legend: figureLegend(theme, req.state.layers),
			attribution: mapAttributionText(),
			// "Cite this view"'s plain text; its link is the permalink line below it
			citation: citationWithoutLink(cite),
			permalink: link,
			metresPerPx: metresPerPixel(capture.view.lat, capture.view.zoom),
			units: req.state.units,
			bearing: capture.view.bearing,
			pitch: capture.view.pitch,
			labels: figureLabels()
		},
		measure
	);
	// exactly `scale` times the 1× figure, whatever the map canvas's own resolution
	canvas.width = layout.width * req.scale;
	canvas.height = layout.height * req.scale;
	g.scale(req.scale, req.scale);
	g.imageSmoothingQuality = 'high';
	drawFigure(g, layout, capture.image, figureColours(theme));
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new Error(m.home_figure_no_png()))),
			'image/png'
		)
	);
}

/** Makes the figure and saves it as a file. */
export async function downloadFigure(map: MapHandle, req: FigureRequest): Promise<void> {
	downloadBlob(figureFileName(req.scale), await exportFigure(map, req));
}

/** The figure's fonts are the page's self-hosted Noto Sans: load them before measuring text. */
async function fontsReady(): Promise<void> {
	await Promise.allSettled(Object.values(FIGURE_FONTS).map((f) => document.fonts.load(f)));
	await document.fonts.ready;
}
