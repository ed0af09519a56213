/**
 * What the map says about its boundaries. Every outline comes from OpenStreetMap's country
 * polygons of 2017 (geodata/sources/countries.geojson), which mark no dispute: no property,
 * no separate feature, no layer of disputed areas (Natural Earth's is not among the sources).
 * So the map cannot draw disputed areas distinctly; /about says how the source draws the ones
 * in view instead (./disputed-areas.ts, apart from this module, which every map page loads).
 */
import * as m from '$lib/paraglide/messages';

/**
 * The short notice in the map's attribution, in English; it links to the statement on /about.
 * For code that runs when a module loads, before any page has a language; what a page shows is
 * {@link boundariesNotice} (boundaries.test.ts keeps the two the same in English).
 */
export const BOUNDARIES_NOTICE = 'Boundaries: not authoritative';
/** The id of the statement's section on /about. */
export const BOUNDARIES_ANCHOR = 'boundaries';
export const BOUNDARIES_HREF = `/about#${BOUNDARIES_ANCHOR}`;
/**
 * The full statement, in one sentence (the notice's tooltip, the top of the /about section), in
 * English; what a page shows is {@link boundariesStatement}.
 */
export const BOUNDARIES_STATEMENT =
	'Boundaries are shown as they are in the source data (OpenStreetMap, 2017); they are not ' +
	'authoritative, and showing them implies no endorsement of any boundary or territorial claim.';

/** {@link BOUNDARIES_NOTICE} in the page's language (a page that loads the `map` messages). */
export function boundariesNotice(): string {
	return m.map_boundaries_notice();
}

/** {@link BOUNDARIES_STATEMENT} in the page's language (a page that loads the `map` messages). */
export function boundariesStatement(): string {
	return m.map_boundaries_statement();
}
