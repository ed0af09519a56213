/**
 * The figure's colours, taken from the map's theme (src/lib/layers/theme.ts) so a dark map gets
 * a dark frame and a dark attribution strip with light text, and a light map the reverse.
 */
import type { Theme } from '$lib/layers';

export interface FigureColours {
	/** Behind the title, legend and credits. */
	paper: string;
	ink: string;
	muted: string;
	/** The map image's outline. */
	frame: string;
	/** The attribution strip and the boxes of the scale bar and north arrow (translucent). */
	strip: string;
	/** The north arrow's north half. */
	accent: string;
}

export function figureColours(t: Theme): FigureColours {
	return {
		// the halo colour is, by design, the one the theme's text reads best on
		paper: t.textHalo,
		ink: t.text,
		muted: t.textMuted,
		frame: t.countryLine,
		strip: withAlpha(t.textHalo, 0.86),
		accent: t.feature.afBorder
	};
}

/** '#0b0f13', 0.86 → 'rgb(11 15 19 / 0.86)'. */
export function withAlpha(hex: string, alpha: number): string {
	const [r, g, b] = rgbOf(hex);
	return `rgb(${r} ${g} ${b} / ${alpha})`;
}

/** '#abc' or '#aabbcc' → [r, g, b] (0–255). */
export function rgbOf(hex: string): [number, number, number] {
	const digits = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex)?.[1];
	if (!digits) throw new Error(`Not a hex colour: ${hex}`);
	const h = digits.length === 3 ? [...digits].map((c) => c + c).join('') : digits;
	const at = (i: number) => parseInt(h.slice(i, i + 2), 16);
	return [at(0), at(2), at(4)];
}

/** WCAG relative luminance of a hex colour, 0 (black) … 1 (white). */
export function luminance(hex: string): number {
	const lin = (c: number) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	const [r, g, b] = rgbOf(hex);
	return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two hex colours, 1 … 21. */
export function contrast(a: string, b: string): number {
	const la = luminance(a);
	const lb = luminance(b);
	return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
