/**
 * Ids of the overlay sources (the analyst tools' and the story's labels). Every overlay source and layer id starts with
 * `TOOL_PREFIX`, which is how the map tells them from the theme's layers: a theme change
 * carries them over (`MapView`). A module of its own so that the map wrapper can read the
 * prefix without loading the overlays' layer specs.
 */
export const TOOL_PREFIX = 'tool-';

export const OVERLAY_SOURCES = {
	measure: 'tool-measure',
	borderDistance: 'tool-border-distance',
	rangeRings: 'tool-range-rings',
	storyLabels: 'tool-story-labels'
} as const;

export type OverlaySourceId = (typeof OVERLAY_SOURCES)[keyof typeof OVERLAY_SOURCES];
