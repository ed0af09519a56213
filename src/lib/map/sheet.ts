/**
 * On a narrow map a popup anchored to a point cannot keep its card on screen (a 340 px card on a
 * 360 px map runs off an edge or covers the attribution), so the card becomes a bottom sheet: the
 * full width of the map, at most SHEET_HEIGHT_FRACTION of its height, above the map's bottom
 * controls. The camera leaves that much room at the bottom when it frames a selection, so the
 * feature is seen above the sheet. One rule, used by the popup and by the map handle.
 */

/** Maps narrower than this (CSS px) show popups as a bottom sheet. */
export const SHEET_MAX_MAP_WIDTH = 560;
/** The most of the map's height a sheet takes. */
export const SHEET_HEIGHT_FRACTION = 0.45;

export function usesSheet(mapWidth: number): boolean {
	return mapWidth > 0 && mapWidth < SHEET_MAX_MAP_WIDTH;
}

/** Height of the map's bottom controls (attribution, scale), which the sheet sits above. */
export function bottomControlsHeight(container: HTMLElement): number {
	const corners = container.querySelectorAll<HTMLElement>(
		'.maplibregl-ctrl-bottom-left, .maplibregl-ctrl-bottom-right'
	);
	return Math.max(0, ...[...corners].map((c) => c.offsetHeight));
}

/**
 * Room to keep free at the bottom of a map of this size when framing a selection: the sheet at
 * its tallest and the controls under it (`below`, bottomControlsHeight).
 */
export function sheetRoom(mapWidth: number, mapHeight: number, below = 0): number {
	return usesSheet(mapWidth) ? Math.round(mapHeight * SHEET_HEIGHT_FRACTION + below + 4) : 0;
}
