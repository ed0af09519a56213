/**
 * Draws a laid-out figure on a 2D canvas: the map image, its frame, the attribution strip, the
 * scale bars, the north arrow, the legend swatches and the text. The context is already scaled
 * (1 unit = 1 CSS pixel of the 1× figure), so the same calls draw 1× and 2×.
 */
import type { LegendEntry } from '$lib/layers/types';
import type { FigureColours } from './colours';
import {
	FIGURE_FONTS,
	FIGURE_METRICS,
	type FigureLayout,
	type Rect,
	type TextLine
} from './layout';

export function drawFigure(
	g: CanvasRenderingContext2D,
	layout: FigureLayout,
	mapImage: CanvasImageSource,
	colours: FigureColours
): void {
	g.fillStyle = colours.paper;
	g.fillRect(0, 0, layout.width, layout.height);

	const { map } = layout;
	g.drawImage(mapImage, map.x, map.y, map.w, map.h);

	// attribution on a strip of the theme's colours (never a white strip on a dark map)
	const { strip } = layout.attribution;
	g.fillStyle = colours.strip;
	g.fillRect(strip.x, strip.y, strip.w, strip.h);
	for (const t of layout.attribution.lines) text(g, t, colours);

	if (layout.scale) drawScale(g, layout.scale, colours);
	drawNorthArrow(g, layout.northArrow, colours);

	g.strokeStyle = colours.frame;
	g.lineWidth = 1;
	g.strokeRect(map.x - 0.5, map.y - 0.5, map.w + 1, map.h + 1);

	for (const item of layout.legend) {
		drawSwatch(g, item.swatch, item.entry, colours);
		text(g, item.label, colours);
	}
	for (const t of layout.text) text(g, t, colours);
}

function text(g: CanvasRenderingContext2D, t: TextLine, colours: FigureColours): void {
	g.font = FIGURE_FONTS[t.font];
	g.textAlign = t.align;
	g.textBaseline = 'alphabetic';
	g.fillStyle = t.tone === 'ink' ? colours.ink : colours.muted;
	g.fillText(t.text, t.x, t.y);
}

function drawScale(
	g: CanvasRenderingContext2D,
	scale: NonNullable<FigureLayout['scale']>,
	colours: FigureColours
): void {
	roundRect(g, scale.box, 3);
	g.fillStyle = colours.strip;
	g.fill();
	const h = FIGURE_METRICS.scaleBarHeight;
	for (const { bar, x, y, label } of scale.bars) {
		text(g, label, colours);
		// a hollow bar with a filled first half, the usual cartographic scale bar
		g.fillStyle = colours.ink;
		g.fillRect(x, y, bar.px / 2, h);
		g.strokeStyle = colours.ink;
		g.lineWidth = 1;
		g.strokeRect(x + 0.5, y + 0.5, bar.px - 1, h - 1);
	}
}

function drawNorthArrow(
	g: CanvasRenderingContext2D,
	n: FigureLayout['northArrow'],
	colours: FigureColours
): void {
	g.beginPath();
	g.arc(n.cx, n.cy, n.r, 0, Math.PI * 2);
	g.fillStyle = colours.strip;
	g.fill();
	g.save();
	g.translate(n.cx, n.cy);
	g.rotate((n.rotationDeg * Math.PI) / 180);
	const tip = n.r - 3;
	const half = n.r * 0.36;
	// north half: the accent colour, south half: outlined
	g.beginPath();
	g.moveTo(0, -tip);
	g.lineTo(half, 0);
	g.lineTo(-half, 0);
	g.closePath();
	g.fillStyle = colours.accent;
	g.fill();
	g.beginPath();
	g.moveTo(0, tip);
	g.lineTo(half, 0);
	g.lineTo(-half, 0);
	g.closePath();
	g.strokeStyle = colours.ink;
	g.lineWidth = 1;
	g.stroke();
	g.restore();
	// the N, upright beyond the tip, with a halo so it reads over any part of the map
	g.font = FIGURE_FONTS[n.label.font];
	g.textAlign = 'center';
	g.lineWidth = 3;
	g.lineJoin = 'round';
	g.strokeStyle = colours.paper;
	g.strokeText(n.label.text, n.label.x, n.label.y);
	text(g, n.label, colours);
}

/** The legend symbols of LegendSwatch.svelte, drawn on a canvas. */
function drawSwatch(
	g: CanvasRenderingContext2D,
	r: Rect,
	e: LegendEntry,
	colours: FigureColours
): void {
	const cx = r.x + r.w / 2;
	const cy = r.y + r.h / 2;
	g.save();
	g.setLineDash([]);
	g.lineCap = 'round';
	switch (e.symbol) {
		case 'line':
		case 'dashed-line':
			if (e.symbol === 'dashed-line') {
				g.setLineDash([5, 3]);
				g.lineCap = 'butt';
			}
			g.strokeStyle = e.color;
			g.lineWidth = 3.5;
			g.beginPath();
			g.moveTo(r.x + 2, cy);
			g.lineTo(r.x + r.w - 2, cy);
			g.stroke();
			break;
		case 'fill':
			roundRect(g, { x: r.x + 3, y: r.y + 2, w: r.w - 6, h: r.h - 4 }, 2);
			g.globalAlpha = 0.3;
			g.fillStyle = e.color;
			g.fill();
			g.globalAlpha = 1;
			g.strokeStyle = e.color;
			g.lineWidth = 1;
			g.stroke();
			break;
		case 'dot':
		case 'ring':
			g.beginPath();
			g.arc(cx, cy, e.symbol === 'dot' ? 5 : 4.5, 0, Math.PI * 2);
			g.fillStyle = e.symbol === 'dot' ? e.color : colours.paper;
			g.fill();
			g.strokeStyle = e.symbol === 'dot' ? colours.paper : e.color;
			g.lineWidth = e.symbol === 'dot' ? 1.5 : 2.5;
			g.stroke();
			break;
		case 'halo':
			g.beginPath();
			g.arc(cx, cy, 7, 0, Math.PI * 2);
			g.globalAlpha = 0.15;
			g.fillStyle = e.color;
			g.fill();
			g.globalAlpha = 1;
			g.setLineDash([3, 2]);
			g.strokeStyle = e.color;
			g.lineWidth = 1;
			g.stroke();
			break;
	}
	g.restore();
}

function roundRect(g: CanvasRenderingContext2D, r: Rect, radius: number): void {
	g.beginPath();
	g.roundRect(r.x, r.y, r.w, r.h, radius);
}
