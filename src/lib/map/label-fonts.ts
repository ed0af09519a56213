/**
 * The label faces' files MapView waits for before it creates the map (their Latin subsets:
 * `document.fonts.load` with no text asks for the subset holding a space). Map pages list them
 * as `<link rel="preload" as="font">` (src/hooks.server.ts), so they download with the page
 * instead of after its JavaScript has run: on the bench's phone profile the italic face was
 * requested 0.4 s after the scripts had arrived, and the map waited for it.
 */
import italic400 from '@fontsource/noto-sans/files/noto-sans-latin-400-italic.woff2?url';
import normal400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import normal700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';

/** The routes whose pages draw a map when they load. */
const MAP_ROUTES = new Set(['/', '/embed', '/report']);

/** `<link rel="preload">` tags for a map page's label fonts (nothing for other pages). */
export function labelFontPreloads(route: string | null): string {
	if (route === null || !MAP_ROUTES.has(route)) return '';
	return [normal400, normal700, italic400]
		.map((href) => `<link rel="preload" href="${href}" as="font" type="font/woff2" crossorigin>`)
		.join('');
}
