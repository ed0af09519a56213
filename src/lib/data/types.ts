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
	/**
	 * The Russian name, from a source (authored with its source in geodata/authored/, or Natural
	 * Earth's `name_ru` for a place site); null when no source gives one (the English name is shown).
	 */
	name_ru: string | null;
	/**
	 * Passage ids (`p-N`) linked to this feature: those that name it first, then those related
	 * to it, each group in report order. The relation and its reason are in the catalog entry and
	 * /data/features/<id>.json.
	 */
	passages: string[];
}

export interface BorderProperties extends LinkedProperties {
	id: BorderId;
	kind: 'border';
	/** ISO 3166-1 alpha-3 of the neighbour. */
	neighbour: string;
	/** Geodesic length of the derived line on WGS84 (GeographicLib), metres: main line + rings. */
	lengthMeters: number;
	/** Geodesic length of the open parts, the line from tripoint to tripoint, metres. */
	mainLineMeters: number;
	/** Geodesic length of each closed ring (exclave, island), metres, in the geometry's order. */
	ringsMeters: number[];
	/** What the rings are, e.g. "the Vorukh exclave"; null when the line has no ring. */
	ringsName: string | null;
	/** How detailed the source line is: distance between consecutive vertices, metres. */
	vertexSpacingMeters: { median: number; max: number };
	/**
	 * The largest distance from this line to the same border as traced by geoBoundaries ADM1
	 * (tjk-adm1.geojson), metres, sampled every 100 m along the line: how far our two sources'
	 * traces of the line disagree.
	 */
	sourceOffsetMaxMeters: number;
	/** False when much of the line was not agreed (delimited) in 2022: distances to it carry a caveat. */
	delimited: boolean;
	publishedLengthsKm: PublishedFigure[];
	/** Why the computed lengths differ from the published figures, true for this border. */
	lengthNote: string;
	/** One-line context for popups. */
	summary: string;
}

export interface RegionProperties extends LinkedProperties {
	kind: 'region';
	/** Geodesic area on WGS84, km². */
	areaKm2: number;
	publishedAreasKm2: PublishedFigure[];
	/** Why the computed area differs from the published figures. */
	areaNote: string;
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
	/**
	 * The confidence as sites.md words it when one word is not enough, e.g.
	 * "medium (city) / low (compound)"; null when `confidence` says it all.
	 */
	confidenceNote: string | null;
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

/**
 * How a passage and a feature are linked. `named`: the passage names the feature (its name, an
 * alternative name or an alias the data lists — checked by the pipeline). `related`: the
 * passage is about it without naming it; the link's `reason` says how.
 */
export type LinkRelation = 'named' | 'related';

/**
 * A feature a passage is linked to (report.json, `Passage.features`). The link's reason and quote
 * are on the feature's side (its catalog entry), not repeated here.
 */
export interface LinkedFeature {
	/** The feature's id. */
	id: string;
	relation: LinkRelation;
}

/** A passage a feature is linked to (catalog entries and /data/features/<id>.json). */
export interface LinkedPassage {
	/** The passage's id, `p-N`. */
	id: string;
	n: number;
	relation: LinkRelation;
	/** One line: for a related link how the passage is about the feature; for a named one the words that name it. */
	reason: string;
	/**
	 * Verbatim words of the passage to show with the link: for a named link the sentence that
	 * names the feature, for a related one the passage's first sentence; "…" marks elisions.
	 */
	quote: string;
}

/** One numbered passage of the report (report.json). */
export interface Passage {
	/** `p-N`, stable. */
	id: string;
	n: number;
	/** The heading of the section the passage sits in ('' before the first heading). */
	section: string;
	/** Verbatim text of the paragraph. */
	text: string;
	/** The features the passage names, then those it is related to (the inverse of features' links). */
	features: LinkedFeature[];
}

export interface ReportData {
	title: string;
	subtitle: string;
	author: string;
	publication: string;
	date: string;
	passages: Passage[];
}

/** A dated event of the report or its context (events.json); `dateSource` marks dates from elsewhere. */
export interface ReportEvent {
	id: string;
	title: string;
	/** ISO dates, inclusive. */
	start: string;
	end: string;
	/** How the report (or, when it gives no date, the source in `dateSource`) words the date, e.g. "mid-August 2022". */
	dateText: string;
	/** Where start/end come from when they are sharper than the report's wording. */
	dateNote: string;
	/**
	 * Who gives the date when the report does not (e.g. "24.kg, via sites.md §5"); null when
	 * `dateText` is the report's own wording.
	 */
	dateSource: string | null;
	/** One or two sentences for the timeline. */
	summary: string;
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
	/** The same distance computed by the pipeline (geodesic, WGS84), metres. */
	computedMeters: number;
	/** Sum of the precision radii of the points involved, metres: the computed value's ± band. */
	uncertaintyMeters: number;
	/** What the comparison means (e.g. that the report's figure is approximate). */
	note: string;
}

/* ------------------------------------------------------------------------------------------
 * Generated files (written by `npm run geodata`; shapes below are their schema).
 * ---------------------------------------------------------------------------------------- */

/** Foreign members every served FeatureCollection in static/data/ carries (RFC 7946 §6.1). */
export interface ServedCollectionMembers {
	/** "This file is generated by `npm run geodata` from geodata/; edit those, not this." */
	generated: string;
	/** Credit line the licences require, e.g. "© OpenStreetMap contributors (ODbL) · …". */
	attribution: string;
	/** Licence of the file's data, e.g. "ODbL 1.0" or "Public domain (Natural Earth)". */
	licence: string;
}

/** precision-circles.geojson: one geodesic circle per site, radius = the site's precisionMeters. */
export interface PrecisionCircleProperties {
	/** The site's id (same as in sites.geojson). */
	id: string;
	layer: string;
	basis: Basis;
	confidence: Confidence;
	precisionMeters: number;
}

/** countries.geojson */
export interface CountryProperties {
	/** `country-<iso_a3 lowercase>`, e.g. `country-tjk`. */
	id: string;
	iso_a3: string;
	name: string;
	/** Russian name (Unicode CLDR, authored in geodata/authored/basemap.json). */
	name_ru: string | null;
	/** True for Tajikistan only (sorted last so it draws above the enclave overlaps). */
	focus: boolean;
}

/** labels.geojson: one label point per neighbouring country and per region. */
export interface AreaLabelProperties {
	/** `label-<id of the area>`, e.g. `label-country-uzb`, `label-gbao`. */
	id: string;
	kind: 'country' | 'region';
	/** The labelled feature's id (countries.geojson or regions.geojson). */
	of: string;
	name: string;
	/** The labelled area's Russian name, or null. */
	name_ru: string | null;
}

/** places.geojson (Natural Earth populated places; modern names). */
export interface PlaceProperties {
	/** `place-<slug of name>` */
	id: string;
	/** Modern name (e.g. Bokhtar). */
	name: string;
	/** The name as Natural Earth spells it (e.g. Qurghonteppa). */
	name_source: string;
	name_ru: string | null;
	scalerank: number;
	labelrank: number;
	pop_max: number;
	adm0_a3: string;
	/** True for national capitals. */
	capital: boolean;
	/** Present only when a report site is the same place (e.g. 'dushanbe'); the site layer draws it. */
	site?: string;
}

/** rivers.geojson */
export interface RiverProperties {
	id: string;
	name: string | null;
	name_en: string | null;
	featurecla: string;
	scalerank: number;
}

/** lakes.geojson */
export interface LakeProperties {
	id: string;
	name: string | null;
	name_alt: string | null;
	featurecla: string;
	scalerank: number;
}

/** glaciers.geojson */
export interface GlacierProperties {
	id: string;
	scalerank: number;
}

/** mountains.geojson: one label point per range/region (Natural Earth geography regions). */
export interface MountainProperties {
	id: string;
	name: string;
	featurecla: string;
	scalerank: number;
	min_label: number;
}

/** peaks.geojson: named elevation points. */
export interface PeakProperties {
	id: string;
	name: string;
	featurecla: string;
	/** Metres above sea level, as Natural Earth gives it. */
	elevation: number;
	scalerank: number;
}

/** One row of static/data/manifest.json (the /data index). */
export interface ManifestEntry {
	/** Short name, e.g. 'borders'. */
	name: string;
	/** File name in static/data/, served as /data/<file>. */
	file: string;
	title: string;
	description: string;
	/** Number of features in the file. */
	features: number;
	/** Size of the file in bytes. */
	bytes: number;
	licence: string;
	attribution: string;
}

/** src/lib/generated/report.json */
export interface ReportFile extends ReportData {
	/** Note that the file is generated. */
	generated: string;
	/** The in-text section headings, in order. */
	sections: string[];
}

/** One entry of src/lib/generated/catalog.json: every report-linked feature, compact. */
export interface CatalogEntry {
	id: string;
	name: string;
	/** The Russian name, or null when no source gives one (see LinkedProperties). */
	name_ru: string | null;
	/** Where the Russian name comes from; null when there is none. */
	name_ru_source: string | null;
	/** 'border' | 'region' | a site kind ('training-ground', 'military-base', …). */
	kind: string;
	/** The toggle layer (LAYER_IDS) the feature is drawn in. */
	layer: string;
	/** Point sites only; null for lines and polygons. */
	lon: number | null;
	lat: number | null;
	/** [west, south, east, north] in degrees (a point's bbox is the point). */
	bbox: [number, number, number, number];
	summary: string;
	/** The passages linked to the feature: those that name it, then those related to it. */
	passages: LinkedPassage[];
	/** Event ids (events.json) that involve the feature. */
	events: string[];
	/** Sites only; null for borders and regions. */
	precisionMeters: number | null;
	confidence: Confidence | null;
	/** Sites only: the confidence as sites.md words it when one word is not enough (see SiteProperties). */
	confidenceNote: string | null;
	basis: Basis | null;
	altNames: string[];
	/** Where a popup points for this feature: the site, a point half-way along a border, a point inside a region. */
	anchor: [number, number];
	/** Sites only: who runs it (null for towns, borders and regions). */
	operator: string | null;
	/** Sites only: where the coordinate comes from ([] for borders and regions). */
	sources: SourceRef[];
	/** Sites only: how the coordinate was obtained ('' for borders and regions). */
	coordinateNote: string;
	/** Sites only: geodesic distance to the nearest point of each border, metres. */
	distanceToBorderMeters: Record<BorderId, number> | null;
	/**
	 * Borders not agreed (delimited) along much of their length in 2022 only: how far our two
	 * sources' traces of the line lie apart at most, metres; distances to such a line are
	 * uncertain by about that much. Null for other borders, regions and sites.
	 */
	lineUncertaintyMeters: number | null;
}

export interface CatalogFile {
	generated: string;
	entries: CatalogEntry[];
}

/**
 * static/data/features/<id>.json (served at /data/features/<id>.json): one feature's catalog
 * entry with the passages it cites, for pages that show one popup and should not download the
 * whole catalog (/embed), and for anyone who wants one feature's record.
 */
export interface FeatureFile {
	generated: string;
	entry: CatalogEntry;
	/**
	 * The passages linked to the feature, `{ id, n, relation, reason, quote }` — the same list as
	 * `entry.passages`, at the top level for readers of the API.
	 */
	passages: LinkedPassage[];
}

/** src/lib/generated/feature-ids.json: every catalog id, in catalog order. */
export interface FeatureIdsFile {
	generated: string;
	ids: string[];
}

export interface EventsFile {
	generated: string;
	events: ReportEvent[];
}

export interface ClaimsFile {
	generated: string;
	claims: Claim[];
}

/** Where a page gets a feature's details: the catalog on `/`, one file at a time on `/embed`. */
export interface FeatureSource {
	/** The details when they are at hand without loading, else undefined. */
	peek(id: string): CatalogEntry | undefined;
	/** Loads the details; null for an unknown id. Rejects with a readable Error. */
	load(id: string): Promise<CatalogEntry | null>;
}
