/**
 * Where everything of the figure goes, in CSS pixels of the 1× figure (the 2× figure is the
 * same layout drawn at twice the scale, so it is exactly twice as large). Pure: text widths
 * come from a `measure` function, so the layout is computed the same in tests and in the browser.
 *
 * ┌──────────────────────────────┐
 * │ Title (wrapped)              │
 * │ subtitle                     │
 * │ ┌──────────────────────────┐ │
 * │ │ map image            (N) │ │  north arrow: rotated by the map's bearing
 * │ │ [scale bar]              │ │
 * │ │▓▓▓▓▓▓▓▓▓▓▓▓▓ attribution ▓│ │  strip in the theme's colours
 * │ └──────────────────────────┘ │
 * │ ▬ legend entry  ● entry …    │  visible layers, flowing into rows
 * │ Cite as: citation (wrapped)  │
 * │ Permalink: https://… (wrapped)│
 * └──────────────────────────────┘
 */
import type { LengthUnit } from '$lib/geo/units';
import type { LegendEntry } from '$lib/layers/types';
import { englishScaleLength, pickScaleBar, type ScaleBar, type ScaleLength } from './scale-bar';
import { wrapAnywhere, wrapWords, type MeasureText } from './wrap';

/** The fonts of the figure: the page's self-hosted Noto Sans (src/lib/map/fonts.css). */
export const FIGURE_FONTS = {
	title: '700 20px "Frontier Sans", sans-serif',
	subtitle: '400 13px "Frontier Sans", sans-serif',
	legend: '400 12px "Frontier Sans", sans-serif',
	small: '400 11px "Frontier Sans", sans-serif',
	smallBold: '700 11px "Frontier Sans", sans-serif',
	north: '700 12px "Frontier Sans", sans-serif'
} as const;
export type FigureFont = keyof typeof FIGURE_FONTS;

/** Width of `text` in `font`, in CSS pixels. */
export type FigureMeasure = (text: string, font: FigureFont) => number;

export interface FigureContent {
	/** The map image's size in CSS pixels (the map's container). */
	mapWidth: number;
	mapHeight: number;
	title: string;
	subtitle: string | null;
	legend: readonly LegendEntry[];
	attribution: string;
	citation: string;
	permalink: string;
	/** Ground metres per CSS pixel at the map's centre. */
	metresPerPx: number;
	/** The reader's length unit: a second scale bar when it is not km. */
	units: LengthUnit;
	/** The map's bearing (degrees clockwise from north at the top) and pitch. */
	bearing: number;
	pitch: number;
	/** The figure's own words in the page's language (./labels.ts); English when not given. */
	labels?: FigureLabels;
}

/** The words the figure draws around the map (its title, legend and citation come as content). */
export interface FigureLabels {
	/** The citation line: "Cite as: …". */
	citeAs: (citation: string) => string;
	/** Before the permalink: "Permalink:". */
	permalink: string;
	/** Beyond the north arrow's tip: "N". */
	north: string;
	/** A scale bar's length: "50 km". */
	length: ScaleLength;
	/** A scale bar's length on a pitched map, where it holds only at the centre. */
	atCentre: (length: string) => string;
}

/** The figure's words in English: the link preview cards (one set for every language) and tests. */
export const ENGLISH_FIGURE_LABELS: FigureLabels = {
	citeAs: (citation) => `Cite as: ${citation}`,
	permalink: 'Permalink:',
	north: 'N',
	length: englishScaleLength,
	atCentre: (length) => `${length} at the centre`
};

export interface Rect {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** A line of text; `y` is its baseline, `align` says which end `x` is. */
export interface TextLine {
	text: string;
	x: number;
	y: number;
	font: FigureFont;
	align: 'left' | 'right' | 'center';
	/** Which colour of the figure's palette. */
	tone: 'ink' | 'muted';
}

export interface FigureLayout {
	/** The 1× figure's size in pixels: integers. */
	width: number;
	height: number;
	map: Rect;
	text: TextLine[];
	attribution: { strip: Rect; lines: TextLine[] };
	northArrow: { cx: number; cy: number; r: number; rotationDeg: number; label: TextLine };
	/** The box behind the scale bars, and each bar (its left end at `x`, its top at `y`). */
	scale: { box: Rect; bars: { bar: ScaleBar; x: number; y: number; label: TextLine }[] } | null;
	legend: { swatch: Rect; entry: LegendEntry; label: TextLine }[];
}

/** Layout constants, CSS pixels. */
export const FIGURE_METRICS = {
	margin: 16,
	titleLine: 26,
	subtitleLine: 18,
	gap: 10,
	stripPad: 4,
	smallLine: 15,
	legendRow: 20,
	swatch: { w: 28, h: 16 },
	legendGap: 18,
	north: 17,
	maxScalePx: 160,
	scaleBarHeight: 5
} as const;

const M = FIGURE_METRICS;

/** Lays the figure out; `measure` gives text widths in the figure's fonts. */
export function layoutFigure(c: FigureContent, measure: FigureMeasure): FigureLayout {
	const words = c.labels ?? ENGLISH_FIGURE_LABELS;
	const mapW = Math.max(1, Math.round(c.mapWidth));
	const mapH = Math.max(1, Math.round(c.mapHeight));
	const width = mapW + 2 * M.margin;
	const inner = width - 2 * M.margin;
	const by =
		(font: FigureFont): MeasureText =>
		(t) =>
			measure(t, font);
	const text: TextLine[] = [];
	const line = (
		t: string,
		x: number,
		y: number,
		font: FigureFont,
		tone: TextLine['tone'] = 'ink',
		align: TextLine['align'] = 'left'
	): TextLine => ({ text: t, x, y, font, tone, align });

	// header
	let y = M.margin;
	for (const t of wrapWords(c.title, inner, by('title'))) {
		text.push(line(t, M.margin, y + 20, 'title'));
		y += M.titleLine;
	}
	if (c.subtitle) {
		for (const t of wrapWords(c.subtitle, inner, by('subtitle'))) {
			text.push(line(t, M.margin, y + 13, 'subtitle', 'muted'));
			y += M.subtitleLine;
		}
	}
	y += M.gap - 4;
	const map: Rect = { x: M.margin, y, w: mapW, h: mapH };

	// attribution strip along the map's bottom edge
	const attrLines = wrapWords(c.attribution, mapW - 2 * M.stripPad - 4, by('small'));
	const stripH = attrLines.length * 14 + 2 * M.stripPad;
	const strip: Rect = { x: map.x, y: map.y + mapH - stripH, w: mapW, h: stripH };
	const attribution = {
		strip,
		lines: attrLines.map((t, i) =>
			line(
				t,
				map.x + mapW - M.stripPad - 2,
				strip.y + M.stripPad + 11 + i * 14,
				'small',
				'ink',
				'right'
			)
		)
	};

	// north arrow in the top-right corner, pointing where north is on the rotated map; its N
	// stays upright beyond the arrow's tip, so the corner leaves room for it on every side
	const r = M.north;
	const labelDistance = r + 8;
	const cx = map.x + mapW - labelDistance - 10;
	const cy = map.y + labelDistance + 10;
	const a = (-c.bearing * Math.PI) / 180;
	const northArrow = {
		cx,
		cy,
		r,
		rotationDeg: -c.bearing,
		label: line(
			words.north,
			cx + Math.sin(a) * labelDistance,
			cy - Math.cos(a) * labelDistance + 4,
			'north',
			'ink',
			'center'
		)
	};

	const scale = layoutScale(c, words, map, strip, measure);

	// below the map: legend rows, then the citation and the permalink
	y = map.y + mapH + M.gap + 2;
	const legend: FigureLayout['legend'] = [];
	let x = M.margin;
	for (const entry of c.legend) {
		const labelW = measure(entry.label, 'legend');
		const itemW = M.swatch.w + 6 + labelW;
		if (x > M.margin && x + itemW > M.margin + inner) {
			x = M.margin;
			y += M.legendRow;
		}
		legend.push({
			entry,
			swatch: { x, y: y + 2, w: M.swatch.w, h: M.swatch.h },
			label: line(entry.label, x + M.swatch.w + 6, y + 14, 'legend')
		});
		x += itemW + M.legendGap;
	}
	if (legend.length) y += M.legendRow + 4;

	for (const t of wrapWords(words.citeAs(c.citation), inner, by('small'))) {
		text.push(line(t, M.margin, y + 11, 'small', 'muted'));
		y += M.smallLine;
	}
	const label = `${words.permalink} `;
	const labelW = measure(label, 'smallBold');
	const urlLines = wrapAnywhere(c.permalink, inner - labelW, by('small'));
	text.push(line(words.permalink, M.margin, y + 11, 'smallBold', 'muted'));
	for (const t of urlLines) {
		text.push(line(t, M.margin + labelW, y + 11, 'small', 'muted'));
		y += M.smallLine;
	}
	const height = Math.ceil(y + M.margin - 4);
	return { width, height, map, text, attribution, northArrow, scale, legend };
}

/** Scale bars (km, and the reader's unit when it is another) in a box above the strip. */
function layoutScale(
	c: FigureContent,
	words: FigureLabels,
	map: Rect,
	strip: Rect,
	measure: FigureMeasure
): FigureLayout['scale'] {
	const maxPx = Math.min(M.maxScalePx, Math.floor(map.w * 0.3));
	const units: LengthUnit[] = c.units === 'km' ? ['km'] : ['km', c.units];
	const picked = units
		.map((u) => pickScaleBar(c.metresPerPx, maxPx, u, words.length))
		.filter((b): b is ScaleBar => b !== null);
	if (!picked.length) return null;
	// with pitch the scale changes across the image: say where it holds
	const pitched = Math.abs(c.pitch) >= 1;
	const pad = 6;
	const rowH = 13 + M.scaleBarHeight + 6;
	const labelOf = (b: ScaleBar) => (pitched ? words.atCentre(b.label) : b.label);
	const w =
		Math.max(...picked.map((b) => b.px), ...picked.map((b) => measure(labelOf(b), 'smallBold'))) +
		2 * pad;
	const h = picked.length * rowH + 2 * pad - 6;
	const box: Rect = { x: map.x + 10, y: strip.y - 10 - h, w, h };
	return {
		box,
		bars: picked.map((bar, i) => {
			const top = box.y + pad + i * rowH;
			return {
				bar,
				x: box.x + pad,
				y: top + 13,
				label: {
					text: labelOf(bar),
					x: box.x + pad,
					y: top + 10,
					font: 'smallBold',
					align: 'left',
					tone: 'ink'
				}
			};
		})
	};
}
