/**
 * Shapes of the served data files in static/data/ (written by `npm run geodata`).
 * The pipeline, the app and the tests all read these types, so they are the schema.
 */
import type { LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { BorderId } from './ids';

/** A published figure quoted next to a computed one, always with where it comes from. */
export interface PublishedFigure {
	/** The value in the unit named by the file (km for lengths, km² for areas). */
	value: number;
	/** Free text qualifier, e.g. "about", "more than"; empty when the figure is exact. */
	qualifier: string;
	/** Who published it (e.g. "Tajik MFA"). */
	source: string;
	/** URL when sources give one, else null. */
	url: string | null;
}

export interface SourceRef {
	title: string;
	url: string | null;
}

export type Confidence = 'high' | 'medium' | 'low';
/** sourced = coordinate published in a cited source; estimated = worked out by us (sites.md, basis E). */
export type Basis = 'sourced' | 'estimated';

/** Properties every report-linked feature carries. */
export interface LinkedProperties {
	/** Stable id, also the GeoJSON feature's top-level `id`. */
	id: string;
	name: string;
	/** Passage ids (`p-N`) of the report that speak of this feature, in report order. */
	passages: string[];
}

export interface BorderProperties extends LinkedProperties {
	id: BorderId;
	kind: 'border';
	/** ISO 3166-1 alpha-3 of the neighbour. */
	neighbour: string;
	/** Geodesic length of the derived line on WGS84 (GeographicLib), metres. */
	lengthMeters: number;
	publishedLengthsKm: PublishedFigure[];
	/** Why a line traced from 10 m data measures longer than published figures. */
	lengthNote: string;
	/** One-line context for popups. */
	summary: string;
}

export interface RegionProperties extends LinkedProperties {
	kind: 'region';
	/** Geodesic area on WGS84, km². */
	areaKm2: number;
	publishedAreasKm2: PublishedFigure[];
	summary: string;
}

export interface SiteProperties extends LinkedProperties {
	/** e.g. 'training-ground', 'military-base', 'city', 'border-crossing', 'clash-site', 'facility'. */
	kind: string;
	/** Other spellings, in the order sites.md gives. */
	altNames: string[];
	/** Who runs it, or null for towns. */
	operator: string | null;
	summary: string;
	/** Radius in metres within which the real place is expected to lie. */
	precisionMeters: number;
	confidence: Confidence;
	basis: Basis;
	sources: SourceRef[];
	/** Free-text notes on how the coordinate was obtained (from sites.md). */
	coordinateNote: string;
	/** Geodesic distance from the point to the nearest point of each border, metres. */
	distanceToBorderMeters: Record<BorderId, number>;
	/** Dated events at this site, ids into events.json. */
	events: string[];
	/** The map layer (toggle) the site is drawn in; one of LAYER_IDS in src/lib/layers/layer-ids.ts. */
	layer: string;
}

export type BorderFeature = GeoJSON.Feature<LineString | MultiLineString, BorderProperties>;
export type RegionFeature = GeoJSON.Feature<Polygon | MultiPolygon, RegionProperties>;
export type SiteFeature = GeoJSON.Feature<Point, SiteProperties>;

/** One numbered passage of the report (report.json). */
export interface Passage {
	/** `p-N`, stable. */
	id: string;
	n: number;
	/** The heading of the section the passage sits in ('' before the first heading). */
	section: string;
	/** Verbatim text of the paragraph. */
	text: string;
	/** Feature ids the passage speaks of (the inverse of features' `passages`). */
	features: string[];
}

export interface ReportData {
	title: string;
	subtitle: string;
	author: string;
	publication: string;
	date: string;
	passages: Passage[];
}

/** A dated event of the report (events.json). */
export interface ReportEvent {
	id: string;
	title: string;
	/** ISO dates, inclusive. */
	start: string;
	end: string;
	passages: string[];
	features: string[];
}

/** A geographic claim of the report checked against the data (claims.json). */
export interface Claim {
	id: string;
	passage: string;
	quote: string;
	from: string;
	to: string;
	claimedMeters: number;
	/** 'straight' = point-to-point geodesic; 'to-border' = point to nearest point of a border. */
	measure: 'straight' | 'to-border';
}
