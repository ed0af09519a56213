/**
 * What /about shows, computed once from the generated data: border lengths and GBAO's area
 * against published figures, every site's coordinate precision, and the report's claims
 * checked. Numbers are formatted here (server-side) so the page only lays them out.
 */
import { claimCheckRows, type ClaimCheckRow } from '$lib/analyst/claim-rows';
import { catalogById } from '$lib/data/catalog';
import { formatLength, formatLengthCompact, formatSignedPercent } from '$lib/geo/units';
import { lineUncertaintyNote } from '$lib/data/line-uncertainty';
import type {
	Basis,
	BorderProperties,
	Confidence,
	PublishedFigure,
	SourceRef
} from '$lib/data/types';
import { borderProperties, regionProperties, servedSites } from './served-data';

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
	name: string;
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
	kind: string;
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

const nf = (digits: number) =>
	new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 });

/** A length on this page: km with one decimal ("1,636.9 km"), the app's one length formatter. */
const km1 = (m: number) => formatLength(m, 'km', 1);

function figure(f: PublishedFigure, unit: string): FigureRow {
	const text = `${f.qualifier ? `${f.qualifier} ` : ''}${nf(2).format(f.value)} ${unit}`;
	return { text, source: f.source, url: f.url };
}

function versus(ours: number, first: PublishedFigure | undefined): string | null {
	if (!first || first.value === 0) return null;
	return formatSignedPercent((ours - first.value) / first.value);
}

/** A border's main line and its rings, each measured (lengths in km with one decimal). */
export function borderParts(b: BorderProperties): MeasuredPart[] {
	const main: MeasuredPart = {
		label: b.ringsMeters.length
			? 'Main line, tripoint to tripoint'
			: 'The line, tripoint to tripoint',
		value: formatLength(b.mainLineMeters, 'km', 1),
		versusFirst: versus(b.mainLineMeters / 1000, b.publishedLengthsKm[0])
	};
	const rings = b.ringsMeters;
	if (!rings.length || !b.ringsName) return [main];
	const name = b.ringsName.charAt(0).toUpperCase() + b.ringsName.slice(1);
	const total = rings.reduce((s, m) => s + m, 0);
	const value =
		rings.length === 1
			? `ring of ${formatLength(total, 'km', 1)}`
			: `${rings.length} rings, ${formatLength(total, 'km', 1)} together ` +
				`(${formatLength(Math.min(...rings), 'km')} to ${formatLength(Math.max(...rings), 'km')} each)`;
	return [main, { label: name, value, versusFirst: null }];
}

/** How detailed a border's source line is, in words. */
export function lineDetail(b: BorderProperties): string {
	const s = b.vertexSpacingMeters;
	return (
		`Vertices of the source line lie a median ${formatLength(s.median, 'km')} apart; ` +
		`the longest segment is ${formatLength(s.max, 'km')}.`
	);
}

function coords(lat: number, lon: number): string {
	const ns = lat >= 0 ? 'N' : 'S';
	const ew = lon >= 0 ? 'E' : 'W';
	return `${Math.abs(lat).toFixed(4)}° ${ns}, ${Math.abs(lon).toFixed(4)}° ${ew}`;
}

function nameOf(id: string): string {
	return catalogById.get(id)?.name ?? id;
}

/** Builds everything /about shows (pure apart from the build-time data imports). */
export function aboutData(): AboutData {
	const borders = borderProperties.map((b) => ({
		id: b.id,
		name: b.name,
		computed: km1(b.lengthMeters),
		parts: borderParts(b),
		detail: lineDetail(b),
		published: b.publishedLengthsKm.map((f) => figure(f, 'km')),
		versusFirst: versus(b.mainLineMeters / 1000, b.publishedLengthsKm[0]),
		note: b.lengthNote
	}));
	const regions = regionProperties.map((r) => ({
		id: r.id,
		name: r.name,
		computed: `${nf(0).format(r.areaKm2)} km²`,
		parts: [],
		detail: null,
		published: r.publishedAreasKm2.map((f) => figure(f, 'km²')),
		versusFirst: versus(r.areaKm2, r.publishedAreasKm2[0]),
		note: r.areaNote
	}));
	// the catalog entry carries the pipeline's one rule for which lines are uncertain
	const lineCaveats = borderProperties.flatMap((b) => {
		const entry = catalogById.get(b.id);
		return (entry && lineUncertaintyNote(entry)) ?? [];
	});
	const sites = servedSites.map((s) => ({
		id: s.id,
		name: s.name,
		kind: s.kind,
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
		site: site.name,
		border: nameOf('tj-af-border'),
		distance: km1(d),
		radius: `±${formatLengthCompact(r, 'km')}`,
		range: `${d - r > 0 ? km1(d - r) : '0'} and ${km1(d + r)}`
	};
}
