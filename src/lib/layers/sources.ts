/**
 * The GeoJSON sources of the map. Sources point at `/data/*.geojson` URLs so MapLibre
 * fetches and parses them in its worker; nothing is inlined into the page.
 */
import type { GeoJSONSourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import {
	BOUNDARIES_HREF,
	BOUNDARIES_NOTICE,
	boundariesNotice,
	boundariesStatement
} from '../data/boundaries';

export const SOURCE_FILES = {
	countries: 'countries.geojson',
	lakes: 'lakes.geojson',
	rivers: 'rivers.geojson',
	glaciers: 'glaciers.geojson',
	mountains: 'mountains.geojson',
	peaks: 'peaks.geojson',
	places: 'places.geojson',
	labels: 'labels.geojson',
	regions: 'regions.geojson',
	borders: 'borders.geojson',
	precision: 'precision-circles.geojson',
	sites: 'sites.geojson'
} as const;

export type SourceId = keyof typeof SOURCE_FILES;

/** Sources whose features carry stable string ids (for feature-state selection and dimming). */
export const LINKED_SOURCES: readonly SourceId[] = ['regions', 'borders', 'sites', 'precision'];

/**
 * The basemap and quiet context: not drawn in the map's first frames. The map starts with the
 * report's sources alone and adds these once those have drawn (src/lib/map/first-paint.ts): on
 * software WebGL every frame redraws every layer, so the first map is ready sooner when its frames
 * hold fewer layers and its one worker tiles fewer files (README, Performance).
 */
export const CONTEXT_SOURCES: readonly SourceId[] = [
	'countries',
	'lakes',
	'rivers',
	'glaciers',
	'mountains',
	'peaks',
	'places'
];

/** Builds the style's `sources` for a data root (e.g. `https://host/data/`). */
export function buildSources(dataRoot: string): Record<SourceId, GeoJSONSourceSpecification> {
	const root = dataRoot.endsWith('/') ? dataRoot : `${dataRoot}/`;
	const entries = (Object.keys(SOURCE_FILES) as SourceId[]).map((id) => {
		const spec: GeoJSONSourceSpecification = {
			type: 'geojson',
			data: root + SOURCE_FILES[id],
			attribution: ''
		};
		if (LINKED_SOURCES.includes(id)) spec.promoteId = 'id';
		return [id, spec] as const;
	});
	const sources = Object.fromEntries(entries) as Record<SourceId, GeoJSONSourceSpecification>;
	// on both sources of boundaries, so the notice stays while either is shown
	const attribution = mapAttributionHtml();
	sources.countries.attribution = attribution;
	sources.borders.attribution = attribution;
	return sources;
}

/** Attribution the licences require; shown on the map at all times. */
export const ATTRIBUTION_HTML =
	'© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a> (ODbL) · ' +
	'<a href="https://www.geoboundaries.org">geoBoundaries</a> · ' +
	'<a href="https://www.naturalearthdata.com">Natural Earth</a>';

export const ATTRIBUTION_TEXT =
	'© OpenStreetMap contributors (ODbL) · geoBoundaries · Natural Earth';

/** The same as text, for an exported image of the map. */
export const MAP_ATTRIBUTION_TEXT = `${ATTRIBUTION_TEXT} · ${BOUNDARIES_NOTICE}`;

const attributeText = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The map's attribution line: the licences, then the boundary notice (in the page's language;
 * pages that load the `map` messages) linking to /about. The notice opens a new tab, which keeps
 * the map and, in an embed, leaves the frame (the router would otherwise follow this same-origin
 * link inside it; `<base target>` is not enough).
 */
export function mapAttributionHtml(): string {
	return (
		`${ATTRIBUTION_HTML} · ` +
		`<a class="boundaries-notice" href="${BOUNDARIES_HREF}" target="_blank" rel="noopener" ` +
		`title="${attributeText(boundariesStatement())}">${attributeText(boundariesNotice())}</a>`
	);
}

/** MAP_ATTRIBUTION_TEXT in the page's language. */
export function mapAttributionText(): string {
	return `${ATTRIBUTION_TEXT} · ${boundariesNotice()}`;
}
