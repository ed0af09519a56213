/** The figure's title. */

export const MAP_TITLE = 'Frontier Map — Tajikistan’s borders';

/** The selected feature's name, else the map's. */
export function figureTitle(selectedName: string | null | undefined): string {
	const name = selectedName?.trim();
	return name ? name : MAP_TITLE;
}
