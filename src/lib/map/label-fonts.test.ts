import { describe, expect, it } from 'vitest';
import { labelFontPreloads } from './label-fonts';

describe('labelFontPreloads', () => {
	it("lists the three label faces' Latin files for a map page, as CORS font preloads", () => {
		const tags = labelFontPreloads('/embed').match(/<link [^>]+>/g) ?? [];
		expect(tags).toHaveLength(3);
		for (const tag of tags) {
			expect(tag).toMatch(/rel="preload"/);
			expect(tag).toMatch(/as="font"/);
			// fonts are fetched in CORS mode: without it the preload would not be used
			expect(tag).toMatch(/ crossorigin>$/);
		}
		const files = tags.map((t) => /href="([^"]+)"/.exec(t)?.[1] ?? '');
		expect(files.some((f) => /noto-sans-latin-400-normal/.test(f))).toBe(true);
		expect(files.some((f) => /noto-sans-latin-700-normal/.test(f))).toBe(true);
		expect(files.some((f) => /noto-sans-latin-400-italic/.test(f))).toBe(true);
		expect(labelFontPreloads('/')).toBe(labelFontPreloads('/embed'));
	});

	it('lists nothing for pages without a map', () => {
		expect(labelFontPreloads('/about')).toBe('');
		expect(labelFontPreloads('/data')).toBe('');
		expect(labelFontPreloads(null)).toBe('');
	});
});
