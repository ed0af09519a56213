/**
 * What /about shows, computed from the generated data: border lengths and GBAO's area against
 * published figures, every site's coordinate precision, and the report's claims checked.
 * Numbers and labels are formatted here (server-side, in the request's language: call it per
 * language, see aboutDataFor) so the page only lays them out.
 */
import { perLocale } from '$lib/i18n/per-locale';
import { claimCheckRows, type ClaimCheckRow } from '$lib/analyst/claim-rows';
import { catalogById } from '$lib/data/catalog';
import { kindName } from '$lib/data/entry';
import { localName } from '$lib/data/local-name';
import {
	formatLength,
	formatLengthCompact,
	formatNumber,
	formatSignedPercent
} from '$lib/geo/units';
import { pageLocale } from '$lib/i18n/locale';
import * as m from '$lib/paraglide/messages';
import { lineUncertaintyNote } from '$lib/data/line-uncertainty';
import type {
	Basis,
	BorderProperties,
	Confidence,
	PublishedFigure,
	SourceRef
} from '$lib/data/types';
import { borderProperties, regionProperties, servedSites } from './served-data';
import { shownName } from './shown-name';

/**
 * The border-derivation thresholds the page quotes. A unit test checks they equal the
 * pipeline's BORDER_RULES (geodata/pipeline/steps/borders.ts), so the copy cannot drift,
 * without the app importing pipeline code.
 */
export const BORDER_RULES_SHOWN = {
	containmentCheckMeters: 100,
	smoothMaxRunMeters: 2_000,
	dropPartMaxVertices: 6,
	dropPartMinDistanceMeters: 1_000
} as const;

/** Douglas–Peucker tolerance of the served GBAO outline, degrees (checked like the rules). */
export const REGION_TOLERANCE_SHOWN = 0.0005;

export interface FigureRow {
	/** e.g. "about 1,357 km". */
	text: string;
	source: string;
	url: string | null;
}

/** One part of a computed figure, e.g. a border's main line or its exclave ring. */
export interface MeasuredPart {
	/** e.g. "Main line, tripoint to tripoint". */
	label: string;
	/** e.g. "893.1 km", or "13 rings, 22.6 km together (226 m to 4.16 km each)". */
	value: string;
	/** The part relative to the first published figure, e.g. "−7.9 %"; null if not compared. */
	versusFirst: string | null;
}

export interface MeasuredRow {
	id: string;
	/** In the page's language where the data has the name in it (local-name.ts). */
	name: string;
	/** 'en' when a page in another language shows the English name (no source gives one). */
	nameLang?: 'en';
	/** Our figure, formatted with its unit (a border's total: main line and rings). */
	computed: string;
	/** A border's main line and rings, each measured; [] for a region. */
	parts: MeasuredPart[];
	/** How detailed the source line is (vertex spacing); null for a region. */
	detail: string | null;
	published: FigureRow[];
	/** Our figure (a border's main line) relative to the first published one, e.g. "+21.8 %". */
	versusFirst: string | null;
	note: string;
}

export interface SitePrecisionRow {
	id: string;
	name: string;
	nameLang?: 'en';
	kind: string;
	/** The kind in words, e.g. "Training ground". */
	kindLabel: string;
	basis: Basis;
	/** "±40 km" */
	radius: string;
	confidence: Confidence;
	/** The confidence as sites.md words it when one word is not enough, else null. */
	confidenceNote: string | null;
	sources: SourceRef[];
	note: string;
	/** "37.6000° N, 68.6000° E" */
	coords: string;
}

export interface DistanceExample {
	site: string;
	border: string;
	distance: string;
	radius: string;
	range: string;
}

export interface AboutData {
	borders: MeasuredRow[];
	regions: MeasuredRow[];
	sites: SitePrecisionRow[];
	claims: ClaimCheckRow[];
	example: DistanceExample | null;
	/** The caveats of border lines that are themselves uncertain (distances to them). */
	lineCaveats: string[];
	rules: typeof BORDER_RULES_SHOWN;
	regionToleranceDeg: number;
}

/** The fewest decimals (up to `max`) that show `value` exactly: 1344.15 → 2, 1357 → 0. */
function decimalsOf(value: number, max: number): number {
	for (let d = 0; d < max; d++) {
		const scaled = value * 10 ** d;
		if (Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, Math.abs(scaled))) return d;
	}
	return max;
}

/** A figure with up to `max` decimals and none it does not need ("1,344.15", "1,357"). */
const plainNumber = (value: number, max: number) => formatNumber(value, decimalsOf(value, max));

/** A published figure's qualifier in the page's language (unknown ones as written). */
const QUALIFIERS: Record<string, () => string> = {
	about: () => m.about_qualifier_about(),
	'more than': () => m.about_qualifier_more_than(),
	over: () => m.about_qualifier_over()
};

/** The rings' names of the served borders in the page's language (unknown ones as written). */
const RINGS_NAMES: Record<string, () => string> = {
	'Tajik islands in the border rivers': () => m.about_rings_islands(),
	'the Vorukh exclave': () => m.about_rings_vorukh(),
	'the Sarvan exclave': () => m.about_rings_sarvan()
};

/** A length on this page: km with one decimal ("1,636.9 km"), the app's one length formatter. */
const km1 = (meters: number) => formatLength(meters, 'km', 1);

function figure(f: PublishedFigure, unit: string): FigureRow {
	const qualifier = f.qualifier ? (QUALIFIERS[f.qualifier]?.() ?? f.qualifier) : '';
	const text = `${qualifier ? `${qualifier} ` : ''}${plainNumber(f.value, 2)} ${unit}`;
	return { text, source: f.source, url: f.url };
}

function versus(ours: number, first: PublishedFigure | undefined): string | null {
	if (!first || first.value === 0) return null;
	return formatSignedPercent((ours - first.value) / first.value);
}

/** A border's main line and its rings, each measured (lengths in km with one decimal). */
export function borderParts(b: BorderProperties): MeasuredPart[] {
	const main: MeasuredPart = {
		label: b.ringsMeters.length ? m.about_part_main_line() : m.about_part_the_line(),
		value: formatLength(b.mainLineMeters, 'km', 1),
		versusFirst: versus(b.mainLineMeters / 1000, b.publishedLengthsKm[0])
	};
	const rings = b.ringsMeters;
	if (!rings.length || !b.ringsName) return [main];
	const ringsName = RINGS_NAMES[b.ringsName]?.() ?? b.ringsName;
	const name = ringsName.charAt(0).toUpperCase() + ringsName.slice(1);
	const total = rings.reduce((sum, meters) => sum + meters, 0);
	const value =
		rings.length === 1
			? m.about_ring_one({ length: formatLength(total, 'km', 1) })
			: m.about_rings_many({
					count: rings.length,
					total: formatLength(total, 'km', 1),
					min: formatLength(Math.min(...rings), 'km'),
					max: formatLength(Math.max(...rings), 'km')
				});
	return [main, { label: name, value, versusFirst: null }];
}

/** How detailed a border's source line is, in words. */
export function lineDetail(b: BorderProperties): string {
	const s = b.vertexSpacingMeters;
	return m.about_line_detail({
		median: formatLength(s.median, 'km'),
		longest: formatLength(s.max, 'km')
	});
}

function coords(lat: number, lon: number): string {
	// rounded as toFixed rounds (the binary value), then written in the page's language
	const degrees = (x: number) => ({ degrees: formatNumber(Number(Math.abs(x).toFixed(4)), 4) });
	const latText = degrees(lat);
	const lonText = degrees(lon);
	const ns = lat >= 0 ? m.about_coord_north(latText) : m.about_coord_south(latText);
	const ew = lon >= 0 ? m.about_coord_east(lonText) : m.about_coord_west(lonText);
	return `${ns}, ${ew}`;
}

function nameOf(id: string): string {
	const entry = catalogById.get(id);
	return entry ? localName(entry, pageLocale()) : id;
}

/** What /about shows in the request's language, built once per language (the data never changes). */
export const aboutDataFor: () => AboutData = perLocale(aboutData);

/**
 * Builds everything /about shows, in the page's language (pure apart from the build-time data
 * imports and the request's language).
 */
export function aboutData(): AboutData {
	const borders = borderProperties.map((b) => ({
		id: b.id,
		...shownName(b),
		computed: km1(b.lengthMeters),
		parts: borderParts(b),
		detail: lineDetail(b),
		published: b.publishedLengthsKm.map((f) => figure(f, m.about_unit_km())),
		versusFirst: versus(b.mainLineMeters / 1000, b.publishedLengthsKm[0]),
		note: b.lengthNote
	}));
	const regions = regionProperties.map((r) => ({
		id: r.id,
		...shownName(r),
		computed: `${formatNumber(r.areaKm2, 0)} ${m.about_unit_km2()}`,
		parts: [],
		detail: null,
		published: r.publishedAreasKm2.map((f) => figure(f, m.about_unit_km2())),
		versusFirst: versus(r.areaKm2, r.publishedAreasKm2[0]),
		note: r.areaNote
	}));
	// the catalog entry carries the pipeline's one rule for which lines are uncertain
	const lineCaveats = borderProperties.flatMap((b) => {
		const entry = catalogById.get(b.id);
		// the rule is the catalog's (lineUncertaintyNote); the words are this page's, translated
		if (!entry || !lineUncertaintyNote(entry) || entry.lineUncertaintyMeters === null) return [];
		return m.about_line_caveat({
			name: localName(entry, pageLocale()),
			apart: formatLength(entry.lineUncertaintyMeters, 'km', 1)
		});
	});
	const sites = servedSites.map((s) => ({
		id: s.id,
		...shownName(s),
		kind: s.kind,
		kindLabel: kindName(s.kind),
		basis: s.basis,
		radius: `±${formatLengthCompact(s.precisionMeters, 'km')}`,
		confidence: s.confidence,
		confidenceNote: s.confidenceNote,
		sources: s.sources,
		note: s.coordinateNote,
		coords: coords(s.lat, s.lon)
	}));
	// the one verdict rule and sign convention (data minus report), as in the analyst panel
	const checked = claimCheckRows('km');
	return {
		borders,
		regions,
		sites,
		claims: checked,
		example: distanceExample(),
		lineCaveats,
		rules: BORDER_RULES_SHOWN,
		regionToleranceDeg: REGION_TOLERANCE_SHOWN
	};
}

/** A worked range: Kharbmaydon (an estimate) to the Afghan border. */
function distanceExample(): DistanceExample | null {
	const site = servedSites.find((s) => s.id === 'kharbmaydon');
	const d = site?.distanceToBorderMeters['tj-af-border'];
	if (!site || d === undefined) return null;
	const r = site.precisionMeters;
	return {
		site: localName(site, pageLocale()),
		border: nameOf('tj-af-border'),
		distance: km1(d),
		radius: `±${formatLengthCompact(r, 'km')}`,
		range: m.about_distance_range({ from: d - r > 0 ? km1(d - r) : '0', to: km1(d + r) })
	};
}
