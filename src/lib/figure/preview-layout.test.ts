import { describe, expect, it } from 'vitest';
import type { FigureMeasure } from './layout';
import {
	layoutPreview,
	previewMapSize,
	PREVIEW_LAYOUT_SIZE,
	PREVIEW_SCALE
} from './preview-layout';

// a monospace stand-in for the canvas: 0.6 em per character
const measure: FigureMeasure = (text, font) =>
	text.length * 0.6 * Number(/(\d+)px/.exec(font === 'title' ? '20px' : '12px')![1]);
const content = {
	title: 'Kharbmaydon training ground',
	subtitle: 'Training ground · Frontier Map — Tajikistan’s borders',
	attribution: '© OpenStreetMap contributors (ODbL) · geoBoundaries · Natural Earth',
	metresPerPx: 1000
};

describe('layoutPreview', () => {
	it('is a 1200×630 card when drawn at its scale', () => {
		const l = layoutPreview(content, measure);
		expect([l.width * PREVIEW_SCALE, l.height * PREVIEW_SCALE]).toEqual([1200, 630]);
		expect(PREVIEW_LAYOUT_SIZE).toEqual({ width: 600, height: 315 });
	});

	it('fills the card under the title with the map, one margin from each edge', () => {
		const l = layoutPreview(content, measure);
		expect(l.map.x).toBe(16);
		expect(l.map.w).toBe(568);
		expect(l.map.y + l.map.h).toBe(315 - 16);
		expect(l.map.h).toBeGreaterThan(200);
	});

	it('keeps the title, subtitle, attribution, scale bar and north arrow; drops legend and credits', () => {
		const l = layoutPreview(content, measure);
		expect(l.text.map((t) => t.text)).toEqual([content.title, content.subtitle]);
		expect(l.attribution.lines.join(' ')).not.toBe('');
		expect(l.scale?.bars.length).toBe(1);
		expect(l.northArrow.rotationDeg === 0 || Object.is(l.northArrow.rotationDeg, -0)).toBe(true);
		expect(l.legend).toEqual([]);
	});

	it('gives a longer title less map, and says how much map there is', () => {
		const long = { ...content, title: 'A very long title '.repeat(4).trim() };
		const size = previewMapSize(long, measure);
		expect(size.width).toBe(568);
		expect(size.height).toBeLessThan(previewMapSize(content, measure).height);
		expect(layoutPreview({ ...long, metresPerPx: 1 }, measure).map.h).toBe(size.height);
	});
});
