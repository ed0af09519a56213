/**
 * A link preview image (1200×630, Open Graph's large card) laid out as a figure: the figure
 * export's layout (./layout.ts: title, subtitle, the framed map with its attribution strip,
 * scale bar and north arrow) at half size, drawn at 2× by ./draw.ts. What a card has no room
 * for at a thumbnail's size — the legend, the citation and the permalink — is left out; the
 * link itself and its description carry those.
 */
import { layoutFigure, type FigureLayout, type FigureMeasure } from './layout';

/** The card in CSS pixels of the 1× figure; drawn at PREVIEW_SCALE. */
export const PREVIEW_LAYOUT_SIZE = { width: 600, height: 315 } as const;
export const PREVIEW_SCALE = 2;
/** The figure's side margins (FIGURE_METRICS.margin), so the map is this much narrower. */
const MARGIN = 16;

export interface PreviewContent {
	title: string;
	subtitle: string | null;
	attribution: string;
	/** Ground metres per CSS pixel at the map's centre (1 before the map is known). */
	metresPerPx: number;
}

/** The map's size in CSS pixels for a card with this title and subtitle. */
export function previewMapSize(
	c: Omit<PreviewContent, 'metresPerPx'>,
	measure: FigureMeasure
): { width: number; height: number } {
	const layout = layoutPreview({ ...c, metresPerPx: 1 }, measure);
	return { width: layout.map.w, height: layout.map.h };
}

/**
 * The card's layout: the figure's, for a map as wide as the card allows and as tall as the
 * room left under the title, without the lines the figure writes under the map.
 */
export function layoutPreview(c: PreviewContent, measure: FigureMeasure): FigureLayout {
	const { width, height } = PREVIEW_LAYOUT_SIZE;
	const figure = (mapHeight: number) =>
		layoutFigure(
			{
				mapWidth: width - 2 * MARGIN,
				mapHeight,
				title: c.title,
				subtitle: c.subtitle,
				legend: [],
				attribution: c.attribution,
				citation: '',
				permalink: '',
				metresPerPx: c.metresPerPx,
				units: 'km',
				bearing: 0,
				pitch: 0
			},
			measure
		);
	// the map's top depends only on the header; it reaches down to one margin above the bottom
	const top = figure(100).map.y;
	const mapHeight = Math.max(1, height - MARGIN - top);
	const layout = figure(mapHeight);
	const mapBottom = layout.map.y + layout.map.h;
	return {
		...layout,
		width,
		height,
		text: layout.text.filter((t) => t.y < mapBottom),
		legend: []
	};
}
