/**
 * The catalog (catalog.json): one compact entry per report-linked feature (borders, regions,
 * sites), used for search, popups, the side panel and the no-WebGL fallback list.
 */
import type {
	BorderFeature,
	CatalogEntry,
	LinkedPassage,
	RegionFeature,
	SiteFeature
} from '../../../src/lib/data/types';
import { pointOnFeature } from '@turf/turf';
import type { LineString, MultiLineString, Position } from 'geojson';
import { lineLengthMeters } from '../../../src/lib/geo/geodesic';
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
	linksOf: (id: string) => LinkedPassage[],
	eventsOf: (id: string) => string[],
	/** Where each feature's Russian name comes from, by id (features without one are absent). */
	nameRuSourceOf: (id: string) => string | null = () => null
): CatalogEntry[] {
	const rowOf = (rows: readonly (BorderRow | RegionRow)[], id: string) => {
		const row = rows.find((r) => r.id === id);
		if (!row) throw new Error(`catalog: no authored row for ${id}`);
		return row;
	};
	const shapes = [
		...borders.map((f) => ({ f, row: rowOf(borderRows, f.properties.id) })),
		...regions.map((f) => ({ f, row: rowOf(regionRows, f.properties.id) }))
	].map(({ f, row }) => ({
		id: f.properties.id,
		name: f.properties.name,
		name_ru: f.properties.name_ru,
		name_ru_source: f.properties.name_ru === null ? null : nameRuSourceOf(f.properties.id),
		kind: f.properties.kind,
		layer: row.layer,
		lon: null,
		lat: null,
		bbox: bboxOf(f.geometry, SHAPE_DECIMALS),
		summary: f.properties.summary,
		passages: linksOf(f.properties.id),
		events: eventsOf(f.properties.id),
		precisionMeters: null,
		confidence: null,
		confidenceNote: null,
		basis: null,
		altNames: [...row.altNames],
		anchor:
			f.properties.kind === 'border'
				? midpointAlong(f.geometry as LineString | MultiLineString)
				: insidePoint(f),
		operator: null,
		sources: [],
		coordinateNote: '',
		distanceToBorderMeters: null,
		lineUncertaintyMeters:
			f.properties.kind === 'border' && !f.properties.delimited
				? f.properties.sourceOffsetMaxMeters
				: null
	}));
	const points = sites.map((f) => {
		const [lon, lat] = f.geometry.coordinates as [number, number];
		return {
			id: f.properties.id,
			name: f.properties.name,
			name_ru: f.properties.name_ru,
			name_ru_source: f.properties.name_ru === null ? null : nameRuSourceOf(f.properties.id),
			kind: f.properties.kind,
			layer: f.properties.layer,
			lon,
			lat,
			bbox: bboxOf(f.geometry, POINT_DECIMALS),
			summary: f.properties.summary,
			passages: linksOf(f.properties.id),
			events: [...f.properties.events],
			precisionMeters: f.properties.precisionMeters,
			confidence: f.properties.confidence,
			confidenceNote: f.properties.confidenceNote,
			basis: f.properties.basis,
			altNames: [...f.properties.altNames],
			anchor: [lon, lat] as [number, number],
			operator: f.properties.operator,
			sources: f.properties.sources.map((s) => ({ ...s })),
			coordinateNote: f.properties.coordinateNote,
			distanceToBorderMeters: { ...f.properties.distanceToBorderMeters },
			lineUncertaintyMeters: null
		};
	});
	return [...shapes, ...points];
}

const round = (x: number, decimals: number) => Number(x.toFixed(decimals));

/** The vertex half-way (by geodesic length) along the longest part of a border. */
function midpointAlong(geom: LineString | MultiLineString): [number, number] {
	const parts: Position[][] = geom.type === 'LineString' ? [geom.coordinates] : geom.coordinates;
	const longest = parts.reduce((a, b) => (lineLengthMeters(b) > lineLengthMeters(a) ? b : a));
	const half = lineLengthMeters(longest) / 2;
	let walked = 0;
	for (let i = 1; i < longest.length; i++) {
		walked += lineLengthMeters([longest[i - 1]!, longest[i]!]);
		if (walked >= half)
			return [round(longest[i]![0]!, SHAPE_DECIMALS), round(longest[i]![1]!, SHAPE_DECIMALS)];
	}
	const last = longest[longest.length - 1]!;
	return [round(last[0]!, SHAPE_DECIMALS), round(last[1]!, SHAPE_DECIMALS)];
}

/** A point guaranteed to lie inside a region (for its popup). */
function insidePoint(f: RegionFeature | BorderFeature): [number, number] {
	const [lon, lat] = pointOnFeature(f).geometry.coordinates as [number, number];
	return [round(lon, SHAPE_DECIMALS), round(lat, SHAPE_DECIMALS)];
}
