/**
 * zod schemas of the hand-authored files in geodata/authored/. Objects are strict, so a
 * misspelt field (`radius_km` for `radiusKm`) is an error rather than silently ignored.
 */
import { z } from 'zod';
import { FEATURE_ID_PATTERN } from '../../src/lib/data/ids';

const id = z
	.string()
	.regex(FEATURE_ID_PATTERN, 'must be lowercase ascii words and digits joined by single hyphens');
const text = z.string().trim().min(1, 'must not be empty');
const passageId = z.string().regex(/^p-[1-9][0-9]*$/, 'must look like p-N');
const isoDate = z.iso.date('must be an ISO date YYYY-MM-DD');

export const sourceRefSchema = z.strictObject({
	title: text,
	url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL or null' }).nullable()
});

/**
 * A feature's Russian name and where it comes from (a source that writes it so, or the research
 * in sources/sites.md that records it). Omitted when no source gives one: the app then shows the
 * English name; a transliteration of our own is never written here.
 */
export const nameRuSchema = z.strictObject({ name: text, source: text });
export type NameRu = z.infer<typeof nameRuSchema>;

/** One row of sites.json: a place from sites.md, coordinates and radius copied exactly. */
export const siteRowSchema = z.strictObject({
	id,
	name: text,
	nameRu: nameRuSchema.optional(),
	altNames: z.array(text),
	kind: text,
	operator: text.nullable(),
	layer: text,
	lat: z.number().min(-90).max(90),
	lon: z.number().min(-180).max(180),
	/** radius_km of sites.md; the pipeline writes precisionMeters = radiusKm × 1000. */
	radiusKm: z.number().positive('must be > 0 (the precision radius from sites.md)'),
	confidence: z.enum(['high', 'medium', 'low']),
	/**
	 * The confidence cell of sites.md's summary table when it says more than one word, kept
	 * whole, e.g. "medium (city) / low (compound)"; `confidence` is its first word.
	 */
	confidenceNote: text.optional(),
	/** sites.md basis: S = sourced coordinate, E = our estimate. */
	basis: z.enum(['S', 'E']),
	/** The sites.md row, e.g. "3a". */
	sitesMd: text,
	sources: z.array(sourceRefSchema).min(1, 'must list at least one source (from sites.md)'),
	coordinateNote: text,
	summary: text
});
export type SiteRow = z.infer<typeof siteRowSchema>;
export const sitesFileSchema = z.array(siteRowSchema);

export const publishedFigureSchema = z.strictObject({
	value: z.number().positive(),
	qualifier: z.string(),
	source: text,
	url: z.url({ protocol: /^https?$/ }).nullable()
});

/** One row of borders.json: the metadata of a derived border line. */
export const borderRowSchema = z.strictObject({
	id,
	name: text,
	nameRu: nameRuSchema.optional(),
	/** Other names the line goes by (the report's "border with Afghanistan"); matched in passages. */
	altNames: z.array(text),
	neighbour: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code'),
	/** Layer toggle the line is drawn in. */
	layer: text,
	summary: text,
	publishedLengthsKm: z.array(publishedFigureSchema).min(1, 'must quote at least one figure'),
	/** What the line's closed rings are ("the Vorukh exclave"); null when it has none (checked). */
	ringsName: text.nullable(),
	/** False when much of the line was not agreed in 2022 (distances to it get a caveat). */
	delimited: z.boolean(),
	lengthNote: text
});
export type BorderRow = z.infer<typeof borderRowSchema>;
export const bordersFileSchema = z.array(borderRowSchema);

/** One row of regions.json: a region polygon taken from tjk-adm1.geojson. */
export const regionRowSchema = z.strictObject({
	id,
	name: text,
	nameRu: nameRuSchema.optional(),
	/** Other names of the region (its abbreviation "GBAO"); matched in passages. */
	altNames: z.array(text),
	/** `shapeISO` of the tjk-adm1.geojson feature. */
	shapeISO: text,
	layer: text,
	summary: text,
	publishedAreasKm2: z.array(publishedFigureSchema).min(1, 'must quote at least one figure'),
	/** Why the computed area differs from the published figures. */
	areaNote: text
});
export type RegionRow = z.infer<typeof regionRowSchema>;
export const regionsFileSchema = z.array(regionRowSchema);

/**
 * One link of passage-links.json. `named`: the passage names the feature by its name or one of
 * its `altNames` (checked by validate.ts); `related`: the passage is about it without naming it,
 * and `reason` says how (required, checked by validate.ts so the error names the link).
 */
export const passageLinkSchema = z.strictObject({
	feature: id,
	relation: z.enum(['named', 'related']),
	reason: z.string().trim().optional(),
	/**
	 * Related links only: verbatim words of the passage that the link is about (checked); the
	 * popup quotes their sentence instead of the passage's first one.
	 */
	about: z.string().trim().min(1, 'must not be empty').optional()
});

/** passage-links.json: passage id → the features it names or relates to. */
export const passageLinksFileSchema = z.record(passageId, z.array(passageLinkSchema));
export type PassageLinks = z.infer<typeof passageLinksFileSchema>;

export const eventRowSchema = z.strictObject({
	id,
	title: text,
	start: isoDate,
	end: isoDate,
	dateText: text,
	dateNote: z.string(),
	/**
	 * Who gives the date when the report does not (e.g. "24.kg, via sites.md §5"); omitted when
	 * `dateText` is the report's own wording.
	 */
	dateSource: text.optional(),
	summary: text,
	passages: z.array(passageId),
	features: z.array(id)
});
export type EventRow = z.infer<typeof eventRowSchema>;
export const eventsFileSchema = z.array(eventRowSchema);

export const claimRowSchema = z.strictObject({
	id,
	passage: passageId,
	/** Verbatim words of the passage (checked). */
	quote: text,
	from: id,
	to: id,
	claimedMeters: z.number().positive(),
	measure: z.enum(['straight', 'to-border']),
	note: text
});
export type ClaimRow = z.infer<typeof claimRowSchema>;
export const claimsFileSchema = z.array(claimRowSchema);

/** report.json: how to read the report text (which lines are metadata, which are headings). */
export const reportStructureSchema = z.strictObject({
	source: text,
	title: text,
	subtitle: z.string(),
	author: text,
	publication: text,
	date: text,
	/** Lines that are not passages: photo title and caption, ISSN line, author line. */
	metadataLines: z.array(text),
	/** The in-text section headings, in order. */
	headings: z.array(text),
	/** Trailing lines to drop (e.g. "Related Posts"). */
	dropLines: z.array(text)
});
export type ReportStructure = z.infer<typeof reportStructureSchema>;

/** basemap.json: choices for the context layers (renames, drops, simplification). */
export const basemapConfigSchema = z.strictObject({
	placeRenames: z.record(text, z.strictObject({ name: text, why: text })),
	placeDrops: z.record(text, text),
	placeSites: z.record(text, id),
	mountainDrops: z.array(text),
	/**
	 * Russian names of places that replace Natural Earth's `name_ru` (by the Natural Earth `name`):
	 * a renamed place's new name, or a `name_ru` tidied of a disambiguation; each with its source.
	 */
	placeNamesRu: z.record(text, nameRuSchema).optional(),
	/** Russian names of the countries (countries.geojson has English names only), by ISO alpha-3. */
	countryNamesRu: z
		.strictObject({ source: text, names: z.record(z.string().regex(/^[A-Z]{3}$/), text) })
		.optional()
});
export type BasemapConfig = z.infer<typeof basemapConfigSchema>;
