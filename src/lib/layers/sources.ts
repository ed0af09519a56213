/**
 * The GeoJSON sources of the map. Sources point at `/data/*.geojson` URLs so MapLibre
 * fetches and parses them in its worker; nothing is inlined into the page.
 */
import type { GeoJSONSourceSpecification } from '@maplibre/maplibre-gl-style-spec';

export const SOURCE_FILES = {
	countries: 'countries.geojson',
	lakes: 'lakes.geojson',
	rivers: 'rivers.geojson',
	glaciers: 'glaciers.geojson',
	mountains: 'mountains.geojson',
	peaks: 'peaks.geojson',
	places: 'places.geojson',
	regions: 'regions.geojson',
	borders: 'borders.geojson',
	precision: 'precision-circles.geojson',
	sites: 'sites.geojson'
} as const;

export type SourceId = keyof typeof SOURCE_FILES;

/** Sources whose features carry stable string ids (for feature-state selection). */
const LINKED_SOURCES: ReadonlySet<SourceId> = new Set(['regions', 'borders', 'sites', 'precision']);

/** Builds the style's `sources` for a data root (e.g. `https://host/data/`). */
export function buildSources(dataRoot: string): Record<SourceId, GeoJSONSourceSpecification> {
	const root = dataRoot.endsWith('/') ? dataRoot : `${dataRoot}/`;
	const entries = (Object.keys(SOURCE_FILES) as SourceId[]).map((id) => {
		const spec: GeoJSONSourceSpecification = {
			type: 'geojson',
			data: root + SOURCE_FILES[id],
			attribution: ''
		};
		if (LINKED_SOURCES.has(id)) spec.promoteId = 'id';
		return [id, spec] as const;
	});
	const sources = Object.fromEntries(entries) as Record<SourceId, GeoJSONSourceSpecification>;
	sources.countries.attribution = ATTRIBUTION_HTML;
	return sources;
}

/** Attribution the licences require; shown on the map at all times. */
export const ATTRIBUTION_HTML =
	'© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a> (ODbL) · ' +
	'<a href="https://www.geoboundaries.org">geoBoundaries</a> · ' +
	'<a href="https://www.naturalearthdata.com">Natural Earth</a>';

export const ATTRIBUTION_TEXT =
	'© OpenStreetMap contributors (ODbL) · geoBoundaries · Natural Earth';
