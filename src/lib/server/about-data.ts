/**
 * What /about shows, computed once from the generated data: border lengths and GBAO's area
 * against published figures, every site's coordinate precision, and the report's claims
 * checked. Numbers are formatted here (server-side) so the page only lays them out.
 */
import { catalogById, claims, passageById } from '$lib/data/catalog';
import type { Basis, Confidence, PublishedFigure, SourceRef } from '$lib/data/types';
import { borderProperties, regionProperties, siteRows } from './served-data';

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

export interface MeasuredRow {
	id: string;
	name: string;
	/** Our figure, formatted with its unit. */
	computed: string;
	published: FigureRow[];
	/** Our figure relative to the first published one, e.g. "+21.8 %". */
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
	sources: SourceRef[];
	note: string;
	/** "37.6000° N, 68.6000° E" */
	coords: string;
}

export interface ClaimCheckRow {
	id: string;
	passage: string;
	passageN: number;
	/** e.g. "Kharbmaydon training ground: 140 km from Dushanbe". */
	title: string;
	quote: string;
	/** What was measured, in words. */
	measured: string;
	claimed: string;
	computed: string;
	/** Report minus data, signed. */
	difference: string;
	uncertainty: string;
	within: boolean;
	note: string;
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
	rules: typeof BORDER_RULES_SHOWN;
	regionToleranceDeg: number;
}

const nf = (digits: number) =>
	new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 });

/** Metres as km with one decimal ("1,636.9 km"), or metres below 1 km ("850 m"). */
export function formatMeters(m: number, digits = 1): string {
	return Math.abs(m) >= 1000 ? `${nf(digits).format(m / 1000)} km` : `${nf(0).format(m)} m`;
}

function signed(text: string, value: number): string {
	return value > 0 ? `+${text}` : value < 0 ? `−${text.replace(/^-/, '')}` : text;
}

function figure(f: PublishedFigure, unit: string): FigureRow {
	const text = `${f.qualifier ? `${f.qualifier} ` : ''}${nf(2).format(f.value)} ${unit}`;
	return { text, source: f.source, url: f.url };
}

function versus(ours: number, first: PublishedFigure | undefined): string | null {
	if (!first || first.value === 0) return null;
	const pct = ((ours - first.value) / first.value) * 100;
	return `${signed(nf(1).format(Math.abs(pct)), pct)} %`;
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
		computed: formatMeters(b.lengthMeters),
		published: b.publishedLengthsKm.map((f) => figure(f, 'km')),
		versusFirst: versus(b.lengthMeters / 1000, b.publishedLengthsKm[0]),
		note: b.lengthNote
	}));
	const regions = regionProperties.map((r) => ({
		id: r.id,
		name: r.name,
		computed: `${nf(0).format(r.areaKm2)} km²`,
		published: r.publishedAreasKm2.map((f) => figure(f, 'km²')),
		versusFirst: versus(r.areaKm2, r.publishedAreasKm2[0]),
		note: r.summary
	}));
	const sites = siteRows.map((s) => ({
		id: s.id,
		name: s.name,
		kind: s.kind,
		basis: s.basis,
		radius: `±${formatMeters(s.precisionMeters, 1)}`,
		confidence: s.confidence,
		sources: s.sources,
		note: s.coordinateNote,
		coords: coords(s.lat, s.lon)
	}));
	const checked = claims.map((c) => {
		const diff = c.claimedMeters - c.computedMeters;
		const measured =
			c.measure === 'straight'
				? `Straight-line geodesic distance, ${nameOf(c.from)} to ${nameOf(c.to)}`
				: `Geodesic distance from ${nameOf(c.from)} to the nearest point of the ${nameOf(c.to)}`;
		const title =
			c.measure === 'straight'
				? `${nameOf(c.to)}: ${formatMeters(c.claimedMeters)} from ${nameOf(c.from)}`
				: `${nameOf(c.from)}: ${formatMeters(c.claimedMeters)} from the ${nameOf(c.to)}`;
		return {
			id: c.id,
			passage: c.passage,
			passageN: passageById.get(c.passage)?.n ?? 0,
			title,
			quote: c.quote,
			measured,
			claimed: formatMeters(c.claimedMeters),
			computed: formatMeters(c.computedMeters),
			difference: signed(formatMeters(Math.abs(diff)), diff),
			uncertainty: `±${formatMeters(c.uncertaintyMeters)}`,
			within: Math.abs(diff) <= c.uncertaintyMeters,
			note: c.note
		};
	});
	return {
		borders,
		regions,
		sites,
		claims: checked,
		example: distanceExample(),
		rules: BORDER_RULES_SHOWN,
		regionToleranceDeg: REGION_TOLERANCE_SHOWN
	};
}

/** A worked range: Kharbmaydon (an estimate) to the Afghan border. */
function distanceExample(): DistanceExample | null {
	const site = siteRows.find((s) => s.id === 'kharbmaydon');
	const d = site?.distanceToBorderMeters['tj-af-border'];
	if (!site || d === undefined) return null;
	const r = site.precisionMeters;
	return {
		site: site.name,
		border: nameOf('tj-af-border'),
		distance: formatMeters(d),
		radius: `±${formatMeters(r)}`,
		range: `${d - r > 0 ? formatMeters(d - r) : '0'} and ${formatMeters(d + r)}`
	};
}
