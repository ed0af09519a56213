/**
 * The catalog (catalog.json): one compact entry per report-linked feature (borders, regions,
 * sites), used for search, popups, the side panel and the no-WebGL fallback list.
 */
import type {
	BorderFeature,
	CatalogEntry,
	RegionFeature,
	SiteFeature
} from '../../../src/lib/data/types';
import { bboxOf } from '../geometry';
import type { BorderRow, RegionRow } from '../schemas';
import { POINT_DECIMALS, SHAPE_DECIMALS } from '../serialize';

/** Catalog entries: borders, then regions, then sites, each in authored order. */
export function buildCatalog(
	borders: readonly BorderFeature[],
	borderRows: readonly BorderRow[],
	regions: readonly RegionFeature[],
	regionRows: readonly RegionRow[],
	sites: readonly SiteFeature[],
	eventsOf: (id: string) => string[]
): CatalogEntry[] {
	const layerOf = (rows: readonly { id: string; layer: string }[], id: string): string => {
		const row = rows.find((r) => r.id === id);
		if (!row) throw new Error(`catalog: no authored row for ${id}`);
		return row.layer;
	};
	const shapes = [
		...borders.map((f) => ({ f, layer: layerOf(borderRows, f.properties.id) })),
		...regions.map((f) => ({ f, layer: layerOf(regionRows, f.properties.id) }))
	].map(({ f, layer }) => ({
		id: f.properties.id,
		name: f.properties.name,
		kind: f.properties.kind,
		layer,
		lon: null,
		lat: null,
		bbox: bboxOf(f.geometry, SHAPE_DECIMALS),
		summary: f.properties.summary,
		passages: [...f.properties.passages],
		events: eventsOf(f.properties.id),
		precisionMeters: null,
		confidence: null,
		basis: null,
		altNames: []
	}));
	const points = sites.map((f) => {
		const [lon, lat] = f.geometry.coordinates as [number, number];
		return {
			id: f.properties.id,
			name: f.properties.name,
			kind: f.properties.kind,
			layer: f.properties.layer,
			lon,
			lat,
			bbox: bboxOf(f.geometry, POINT_DECIMALS),
			summary: f.properties.summary,
			passages: [...f.properties.passages],
			events: [...f.properties.events],
			precisionMeters: f.properties.precisionMeters,
			confidence: f.properties.confidence,
			basis: f.properties.basis,
			altNames: [...f.properties.altNames]
		};
	});
	return [...shapes, ...points];
}
