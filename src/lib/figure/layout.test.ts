import { describe, expect, it } from 'vitest';
import { THEMES } from '$lib/layers';
import { DEFAULT_LAYER_IDS } from '$lib/layers/layer-ids';
import { MAP_ATTRIBUTION_TEXT } from '$lib/layers/sources';
import {
	FIGURE_FONTS,
	layoutFigure,
	type FigureContent,
	type FigureLayout,
	type Rect
} from './layout';
import { figureLegend } from './legend';
import { metresPerPixel } from './scale-bar';

/** A fake measure: every character 0.6 em of the font's size. */
const measure = (text: string, font: keyof typeof FIGURE_FONTS) =>
	text.length * 0.6 * Number(/(\d+)px/.exec(FIGURE_FONTS[font])![1]);

const content = (over: Partial<FigureContent> = {}): FigureContent => ({
	mapWidth: 1000,
	mapHeight: 640,
	title: 'Frontier Map — Tajikistan’s borders',
	subtitle: null,
	legend: figureLegend(THEMES.light, DEFAULT_LAYER_IDS),
	attribution: MAP_ATTRIBUTION_TEXT,
	citation:
		'Giuliano Bifolchi, “Tajikistan between CSTO and U.S. military support to defend its borders and domestic stability”, Geopolitical Report ISSN 2785-2598 Volume 24 Issue 4, October 2022.',
	permalink:
		'http://127.0.0.1:4314/?view=7.25/38.512/71.204/30/0&layers=tj-af-border,tj-kg-border,gbao,kharbmaydon&select=kharbmaydon&theme=dark',
	metresPerPx: metresPerPixel(38.5, 7.25),
	units: 'km',
	bearing: 0,
	pitch: 0,
	...over
});

const inside = (inner: Rect, outer: Rect) =>
	inner.x >= outer.x - 1e-9 &&
	inner.y >= outer.y - 1e-9 &&
	inner.x + inner.w <= outer.x + outer.w + 1e-9 &&
	inner.y + inner.h <= outer.y + outer.h + 1e-9;

/** Every text line's box, from its baseline, alignment and measured width. */
function textBoxes(l: FigureLayout): Rect[] {
	const lines = [
		...l.text,
		...l.attribution.lines,
		...l.legend.map((e) => e.label),
		...(l.scale?.bars.map((b) => b.label) ?? [])
	];
	return lines.map((t) => {
		const w = measure(t.text, t.font);
		const x = t.align === 'left' ? t.x : t.align === 'right' ? t.x - w : t.x - w / 2;
		return { x, y: t.y - 11, w, h: 14 };
	});
}

describe('layoutFigure', () => {
	it('frames the map with a margin; sizes are whole pixels', () => {
		const l = layoutFigure(content(), measure);
		expect(l.width).toBe(1032);
		expect(Number.isInteger(l.height)).toBe(true);
		expect(l.map).toMatchObject({ x: 16, w: 1000, h: 640 });
		expect(l.height).toBeGreaterThan(l.map.y + l.map.h);
	});

	it('keeps every text line and legend swatch inside the figure, at every width', () => {
		for (const mapWidth of [300, 358, 600, 1000, 1400]) {
			const l = layoutFigure(content({ mapWidth, units: 'nmi', pitch: 40 }), measure);
			const page = { x: 0, y: 0, w: l.width, h: l.height };
			for (const box of textBoxes(l)) expect(inside(box, page), JSON.stringify(box)).toBe(true);
			for (const e of l.legend) expect(inside(e.swatch, page)).toBe(true);
		}
	});

	it('puts the attribution strip, scale bar and north arrow inside the map, apart', () => {
		const l = layoutFigure(content(), measure);
		expect(inside(l.attribution.strip, l.map)).toBe(true);
		expect(l.attribution.strip.y + l.attribution.strip.h).toBe(l.map.y + l.map.h);
		expect(l.attribution.strip.w).toBe(l.map.w);
		expect(inside(l.scale!.box, l.map)).toBe(true);
		expect(l.scale!.box.y + l.scale!.box.h).toBeLessThan(l.attribution.strip.y);
		const n = l.northArrow;
		expect(inside({ x: n.cx - n.r, y: n.cy - n.r, w: 2 * n.r, h: 2 * n.r }, l.map)).toBe(true);
		// its N stays inside the map whatever the bearing
		for (let bearing = -180; bearing < 180; bearing += 15) {
			const label = layoutFigure(content({ bearing }), measure).northArrow.label;
			const w = measure('N', 'north');
			const box = { x: label.x - w / 2, y: label.y - 12, w, h: 14 };
			expect(inside(box, l.map), `N at bearing ${bearing}`).toBe(true);
		}
	});

	it('wraps a long attribution on a narrow map; the strip grows with it', () => {
		const wide = layoutFigure(content(), measure);
		const narrow = layoutFigure(content({ mapWidth: 340 }), measure);
		expect(wide.attribution.lines).toHaveLength(1);
		expect(narrow.attribution.lines.length).toBeGreaterThan(1);
		expect(narrow.attribution.strip.h).toBeGreaterThan(wide.attribution.strip.h);
		expect(narrow.attribution.lines.map((t) => t.text).join(' ')).toBe(MAP_ATTRIBUTION_TEXT);
	});

	it('flows the legend into rows below the map, in order', () => {
		const l = layoutFigure(content({ mapWidth: 400 }), measure);
		expect(l.legend.map((e) => e.entry.label)).toEqual(content().legend.map((e) => e.label));
		expect(new Set(l.legend.map((e) => e.swatch.y)).size).toBeGreaterThan(1);
		for (const e of l.legend) expect(e.swatch.y).toBeGreaterThan(l.map.y + l.map.h);
	});

	it('has no legend rows when every layer is off', () => {
		const withLegend = layoutFigure(content(), measure);
		const none = layoutFigure(content({ legend: [] }), measure);
		expect(none.legend).toEqual([]);
		expect(none.height).toBeLessThan(withLegend.height);
	});

	it('states the citation and the whole permalink', () => {
		const l = layoutFigure(content({ mapWidth: 320 }), measure);
		const small = l.text.filter((t) => t.font === 'small').map((t) => t.text);
		expect(small.join(' ')).toContain('Cite as: Giuliano Bifolchi');
		expect(small.join('')).toContain(content().permalink);
		expect(l.text.some((t) => t.text === 'Permalink:')).toBe(true);
	});

	it('rotates the north arrow against the bearing; its N follows the tip', () => {
		const north = layoutFigure(content({ bearing: 0 }), measure).northArrow;
		expect(north.label.x).toBeCloseTo(north.cx, 9);
		expect(north.label.y).toBeLessThan(north.cy - north.r);
		expect(layoutFigure(content({ bearing: 30 }), measure).northArrow.rotationDeg).toBe(-30);
		// east up: north is on the left
		const east = layoutFigure(content({ bearing: 90 }), measure).northArrow;
		expect(east.rotationDeg).toBe(-90);
		expect(east.label.x).toBeLessThan(east.cx - east.r);
	});

	it('adds a bar in the reader’s unit, and says where the scale holds on a pitched map', () => {
		const flat = layoutFigure(content(), measure);
		expect(flat.scale!.bars.map((b) => b.label.text)).toEqual(['50 km']);
		const nmi = layoutFigure(content({ units: 'nmi', pitch: 45 }), measure);
		expect(nmi.scale!.bars.map((b) => b.label.text)).toEqual([
			'50 km at the centre',
			'20 nmi at the centre'
		]);
	});

	it('wraps a long title and adds the subtitle', () => {
		const short = layoutFigure(content({ mapWidth: 300 }), measure);
		const titled = layoutFigure(
			content({
				mapWidth: 300,
				title: 'Tem–Demogan bridge over the Panj near Khorugh',
				subtitle: 'Frontier Map'
			}),
			measure
		);
		expect(titled.text.filter((t) => t.font === 'title').length).toBeGreaterThan(1);
		expect(titled.text.some((t) => t.font === 'subtitle' && t.text === 'Frontier Map')).toBe(true);
		expect(titled.map.y).toBeGreaterThan(short.map.y);
	});
});
