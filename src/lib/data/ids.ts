/**
 * Stable feature ids: a public contract (URLs, postMessage API, data files, report links).
 * An id never changes meaning; new features get new ids in the same kebab-case style.
 */

/** Border lines, derived by the pipeline from the country polygons. */
export const BORDER_IDS = ['tj-af-border', 'tj-kg-border', 'tj-uz-border', 'tj-cn-border'] as const;
export type BorderId = (typeof BORDER_IDS)[number];

/** The ids design.md names as required; every one must exist in the served data. */
export const REQUIRED_FEATURE_IDS = [
	'tj-af-border',
	'tj-kg-border',
	'gbao',
	'kharbmaydon',
	'fakhrabad',
	'base-201-dushanbe',
	'base-201-bokhtar',
	'dushanbe'
] as const;

/** Matches the id style: lowercase ascii words and digits joined by single hyphens. */
export const FEATURE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
