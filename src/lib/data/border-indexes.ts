/**
 * Spatial indexes over the served border lines, for nearest-point queries in the browser.
 * The lines are fetched once from our own /data/borders.geojson (the file MapLibre also
 * loads, so the browser cache usually answers) and indexed lazily per border.
 */
import type { LineString, MultiLineString } from 'geojson';
import { createBorderIndex, type BorderIndex } from '$lib/geo/nearest-point-on-border';
import { BORDER_IDS, type BorderId } from './ids';

export type BorderIndexes = Record<BorderId, BorderIndex>;

let pending: Promise<BorderIndexes> | null = null;

/** Parses a borders FeatureCollection into one index per border id; throws naming a missing id. */
export function indexBorders(collection: unknown): BorderIndexes {
	const features = (collection as { features?: unknown }).features;
	if (!Array.isArray(features)) throw new TypeError('borders.geojson: not a FeatureCollection');
	const out: Partial<BorderIndexes> = {};
	for (const id of BORDER_IDS) {
		const feature = features.find((f: { id?: unknown }) => f?.id === id) as
			{ geometry: LineString | MultiLineString } | undefined;
		if (!feature) throw new Error(`borders.geojson: no feature with id ${id}`);
		out[id] = createBorderIndex(feature.geometry);
	}
	return out as BorderIndexes;
}

/** Loads and indexes the borders once per page. */
export function loadBorderIndexes(fetchFn: typeof fetch = fetch): Promise<BorderIndexes> {
	pending ??= fetchFn('/data/borders.geojson')
		.then((r) => {
			if (!r.ok) throw new Error(`borders.geojson: HTTP ${r.status}`);
			return r.json();
		})
		.then(indexBorders)
		.catch((e: unknown) => {
			pending = null; // allow a retry
			throw e;
		});
	return pending;
}
