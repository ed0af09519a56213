/**
 * Sites (sites.geojson): the authored rows of geodata/authored/sites.json turned into Point
 * features with the `geojson` npm package, then given the SiteProperties shape (fixed key
 * order), precisionMeters = radiusKm × 1000, basis S/E → sourced/estimated, and the geodesic
 * distance to the nearest point of every derived border.
 */
import { createRequire } from 'node:module';
import type { FeatureCollection, Point } from 'geojson';
import { BORDER_IDS, type BorderId } from '../../../src/lib/data/ids';
import type { BorderFeature, SiteFeature, SiteProperties } from '../../../src/lib/data/types';
import {
	createBorderIndex,
	nearestPointOnBorder
} from '../../../src/lib/geo/nearest-point-on-border';
import { makeFeature, roundPosition } from '../geometry';
import type { NameRu, SiteRow } from '../schemas';
import { POINT_DECIMALS, round } from '../serialize';

/** The `geojson` package (GeoJSON.js); its name clashes with @types/geojson, so load it untyped. */
const GeoJSONPackage = createRequire(import.meta.url)('geojson') as {
	parse: (
		rows: object[],
		options: { Point: [string, string]; include: string[] }
	) => FeatureCollection<Point, { id: string }>;
};

/** Row ids in order → Point features, as the geojson package builds them. */
export function rowsToPoints(rows: readonly SiteRow[]): FeatureCollection<Point, { id: string }> {
	return GeoJSONPackage.parse([...rows], { Point: ['lat', 'lon'], include: ['id'] });
}

/** Site features, in the order of sites.json. */
export function buildSiteFeatures(
	rows: readonly SiteRow[],
	borders: readonly BorderFeature[],
	passagesOf: (id: string) => string[],
	eventsOf: (id: string) => string[],
	/** Russian names of place sites from the basemap's source (Natural Earth), by site id. */
	placeNamesRu: ReadonlyMap<string, NameRu> = new Map()
): SiteFeature[] {
	const indexes = BORDER_IDS.map((id) => {
		const b = borders.find((f) => f.properties.id === id);
		if (!b) throw new Error(`sites: border ${id} missing`);
		return [id, createBorderIndex(b.geometry)] as const;
	});
	const points = rowsToPoints(rows).features;
	return rows.map((row, i) => {
		const pt = points[i];
		if (!pt || pt.properties.id !== row.id) throw new Error(`sites: geojson parse lost ${row.id}`);
		const coords = roundPosition(pt.geometry.coordinates, POINT_DECIMALS);
		const distanceToBorderMeters = {} as Record<BorderId, number>;
		for (const [id, index] of indexes) {
			distanceToBorderMeters[id] = round(nearestPointOnBorder(index, coords).distanceMeters, 0);
		}
		const properties: SiteProperties = {
			id: row.id,
			name: row.name,
			name_ru: siteNameRu(row, placeNamesRu)?.name ?? null,
			passages: passagesOf(row.id),
			kind: row.kind,
			altNames: [...row.altNames],
			operator: row.operator,
			summary: row.summary,
			precisionMeters: round(row.radiusKm * 1000, 0),
			confidence: row.confidence,
			confidenceNote: row.confidenceNote ?? null,
			basis: row.basis === 'S' ? 'sourced' : 'estimated',
			sources: row.sources.map((s) => ({ title: s.title, url: s.url })),
			coordinateNote: row.coordinateNote,
			distanceToBorderMeters,
			events: eventsOf(row.id),
			layer: row.layer
		};
		return makeFeature(properties, { type: 'Point', coordinates: coords });
	});
}

/** A site's Russian name: the authored one, else its place's in the basemap source, else none. */
export function siteNameRu(row: SiteRow, placeNamesRu: ReadonlyMap<string, NameRu>): NameRu | null {
	return row.nameRu ?? placeNamesRu.get(row.id) ?? null;
}
