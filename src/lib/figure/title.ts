/**
 * The map's title in English, as the view's citation (src/lib/cite/view.ts) and the link preview
 * cards give it; the exported figure draws its title in the page's language (./labels.ts).
 */

export const MAP_TITLE = 'Frontier Map — Tajikistan’s borders';

/** The selected feature's name, else the map's. */
export function figureTitle(selectedName: string | null | undefined): string {
	const name = selectedName?.trim();
	return name ? name : MAP_TITLE;
}
