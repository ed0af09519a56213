import { describe, expect, it } from 'vitest';
import { THEMES } from '$lib/layers';
import { contrast, figureColours, luminance, withAlpha } from './colours';

describe('figureColours', () => {
	it('dark theme: a dark strip and paper with light text', () => {
		const c = figureColours(THEMES.dark);
		expect(luminance(c.paper)).toBeLessThan(0.05);
		expect(c.strip).toMatch(/^rgb\(11 15 19 \/ 0\.\d+\)$/);
		expect(luminance(c.ink)).toBeGreaterThan(0.8);
	});

	it('light theme: a light strip and paper with dark text', () => {
		const c = figureColours(THEMES.light);
		expect(luminance(c.paper)).toBeGreaterThan(0.9);
		expect(luminance(c.ink)).toBeLessThan(0.05);
	});

	it('text is readable on the paper in both themes (WCAG AA, 4.5:1)', () => {
		for (const theme of Object.values(THEMES)) {
			const c = figureColours(theme);
			expect(contrast(c.ink, c.paper)).toBeGreaterThanOrEqual(4.5);
			expect(contrast(c.muted, c.paper)).toBeGreaterThanOrEqual(4.5);
		}
	});
});

describe('colour helpers', () => {
	it('convert hex colours', () => {
		expect(withAlpha('#fff', 0.5)).toBe('rgb(255 255 255 / 0.5)');
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(() => withAlpha('red', 1)).toThrow(/hex/);
	});
});
