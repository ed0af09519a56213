/**
 * Context layers for the offline basemap, simplified for the web: countries, rivers, lakes,
 * places, glaciers, mountain-range labels and peaks. Inputs are the files in geodata/sources/;
 * tolerances are in `BASEMAP_RULES` and documented in geodata/README.md.
 */
import { centerOfMass, booleanPointInPolygon, pointOnFeature, simplify } from '@turf/turf';
import type {
	Feature,
	FeatureCollection,
	LineString,
	MultiLineString,
	MultiPolygon,
	Point,
	Polygon,
	Position
} from 'geojson';
import type {
	CountryProperties,
	GlacierProperties,
	LakeProperties,
	MountainProperties,
	PeakProperties,
	PlaceProperties,
	RiverProperties
} from '../../../src/lib/data/types';
import { polygonAreaSquareMeters } from '../../../src/lib/geo/geodesic';
import {
	cleanLine,
	cleanPolygonRings,
	lineGeometry,
	linesOf,
	makeFeature,
	polygonGeometry,
	polygonsOf,
	roundPosition,
	type LonLat
} from '../geometry';
import type { BasemapConfig } from '../schemas';
import { POINT_DECIMALS, SHAPE_DECIMALS } from '../serialize';

/** Simplification tolerances (degrees, Douglas–Peucker) and size filters (km²). */
export const BASEMAP_RULES = {
	/** Tajikistan: drawn in focus, so kept finer. */
	focusToleranceDeg: 0.002,
	focusMinHoleKm2: 5,
	focusMinPartKm2: 0.5,
	/** The other nine countries. */
	neighbourToleranceDeg: 0.01,
	neighbourMinHoleKm2: 50,
	neighbourMinPartKm2: 20,
	riverToleranceDeg: 0.002,
	lakeToleranceDeg: 0.002,
	glacierToleranceDeg: 0.015,
	glacierMinKm2: 5
} as const;

/** kebab-case ascii slug of a name (diacritics stripped). */
export function slug(name: string): string {
	return name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** Gives each base id a unique suffix when it repeats (`x`, `x-2`, `x-3`…). */
export function uniqueIds(bases: readonly string[]): string[] {
	const seen = new Map<string, number>();
	return bases.map((b) => {
		const n = (seen.get(b) ?? 0) + 1;
		seen.set(b, n);
		return n === 1 ? b : `${b}-${n}`;
	});
}

const km2 = (rings: Position[][]): number =>
	polygonAreaSquareMeters({ type: 'Polygon', coordinates: rings }) / 1e6;

/** Drops parts below `minPartKm2` and holes below `minHoleKm2`, simplifies, cleans, rewinds. */
export function simplifyArea(
	geom: Polygon | MultiPolygon,
	toleranceDeg: number,
	minPartKm2: number,
	minHoleKm2: number
): Polygon | MultiPolygon | null {
	const kept = polygonsOf(geom)
		.filter((p) => p[0] && km2([p[0]]) >= minPartKm2)
		.map(([outer, ...holes]) => [
			outer as Position[],
			...holes.filter((h) => km2([h]) >= minHoleKm2)
		]);
	if (kept.length === 0) return null;
	const simple = simplify({ type: 'MultiPolygon', coordinates: kept } as MultiPolygon, {
		tolerance: toleranceDeg,
		highQuality: true
	});
	const polys = polygonsOf(simple)
		.map((p) => cleanPolygonRings(p, SHAPE_DECIMALS))
		.filter((p) => p !== null);
	return polygonGeometry(polys);
}

interface CountrySource {
	iso_a3: string;
	name: string;
}

/** countries.geojson: neighbours first, Tajikistan last (drawn above the enclave overlaps). */
export function buildCountries(
	src: FeatureCollection<Polygon | MultiPolygon, CountrySource>,
	focusIso: string,
	namesRu: Readonly<Record<string, string>> = {}
) {
	const r = BASEMAP_RULES;
	const ordered = [
		...src.features.filter((f) => f.properties.iso_a3 !== focusIso),
		...src.features.filter((f) => f.properties.iso_a3 === focusIso)
	];
	return ordered.map((f) => {
		const focus = f.properties.iso_a3 === focusIso;
		const geometry = focus
			? simplifyArea(f.geometry, r.focusToleranceDeg, r.focusMinPartKm2, r.focusMinHoleKm2)
			: simplifyArea(
					f.geometry,
					r.neighbourToleranceDeg,
					r.neighbourMinPartKm2,
					r.neighbourMinHoleKm2
				);
		if (!geometry) throw new Error(`countries: ${f.properties.iso_a3} vanished`);
		const properties: CountryProperties = {
			id: `country-${f.properties.iso_a3.toLowerCase()}`,
			iso_a3: f.properties.iso_a3,
			name: f.properties.name,
			name_ru: namesRu[f.properties.iso_a3] ?? null,
			focus
		};
		return makeFeature(properties, geometry);
	});
}

/** Collapses runs of spaces (the source spells "Amu  Darya" with two). */
const tidy = (s: string | null): string | null =>
	s === null ? null : s.replace(/\s+/g, ' ').trim();

interface RiverSource {
	name: string | null;
	name_en: string | null;
	featurecla: string;
	scalerank: number;
}

export function buildRivers(src: FeatureCollection<LineString | MultiLineString, RiverSource>) {
	const ids = uniqueIds(src.features.map((f) => `river-${slug(f.properties.name ?? 'unnamed')}`));
	return src.features.flatMap((f, i) => {
		const s = simplify(f.geometry, {
			tolerance: BASEMAP_RULES.riverToleranceDeg,
			highQuality: true
		}) as LineString | MultiLineString;
		const lines = linesOf(s)
			.map((l) => cleanLine(l, SHAPE_DECIMALS))
			.filter((l) => l !== null);
		const geometry = lineGeometry(lines);
		if (!geometry) return [];
		const properties: RiverProperties = {
			id: ids[i] as string,
			name: tidy(f.properties.name),
			name_en: tidy(f.properties.name_en),
			featurecla: f.properties.featurecla,
			scalerank: f.properties.scalerank
		};
		return [makeFeature(properties, geometry)];
	});
}

interface LakeSource {
	name: string | null;
	name_alt: string | null;
	featurecla: string;
	scalerank: number;
}

export function buildLakes(src: FeatureCollection<Polygon | MultiPolygon, LakeSource>) {
	const ids = uniqueIds(src.features.map((f) => `lake-${slug(f.properties.name ?? 'unnamed')}`));
	return src.features.flatMap((f, i) => {
		const geometry = simplifyArea(f.geometry, BASEMAP_RULES.lakeToleranceDeg, 0, 0);
		if (!geometry) return [];
		const properties: LakeProperties = {
			id: ids[i] as string,
			name: f.properties.name,
			name_alt: f.properties.name_alt,
			featurecla: f.properties.featurecla,
			scalerank: f.properties.scalerank
		};
		return [makeFeature(properties, geometry)];
	});
}

interface PlaceSource {
	name: string;
	name_ru: string | null;
	scalerank: number;
	labelrank: number;
	pop_max: number;
	adm0cap: number;
	adm0_a3: string;
}

/**
 * places.geojson: drops listed bogus points, applies modern names (and their Russian names,
 * basemap.json `placeNamesRu`), marks report sites.
 */
export function buildPlaces(src: FeatureCollection<Point, PlaceSource>, config: BasemapConfig) {
	const kept = src.features.filter((f) => !(f.properties.name in config.placeDrops));
	const names = kept.map((f) => config.placeRenames[f.properties.name]?.name ?? f.properties.name);
	const ids = uniqueIds(names.map((n) => `place-${slug(n)}`));
	return kept.map((f, i) => {
		const p = f.properties;
		const site = config.placeSites[p.name];
		const properties: PlaceProperties = {
			id: ids[i] as string,
			name: names[i] as string,
			name_source: p.name,
			name_ru: config.placeNamesRu?.[p.name]?.name ?? p.name_ru,
			scalerank: p.scalerank,
			labelrank: p.labelrank,
			pop_max: p.pop_max,
			adm0_a3: p.adm0_a3,
			capital: p.adm0cap === 1,
			...(site ? { site } : {})
		};
		const geometry: Point = {
			type: 'Point',
			coordinates: roundPosition(f.geometry.coordinates, POINT_DECIMALS)
		};
		return makeFeature(properties, geometry);
	});
}

interface GlacierSource {
	scalerank: number;
}

/** glaciers.geojson: drops glaciers under `glacierMinKm2`, simplifies the rest. */
export function buildGlaciers(src: FeatureCollection<Polygon | MultiPolygon, GlacierSource>) {
	const r = BASEMAP_RULES;
	const out: Feature<Polygon | MultiPolygon, GlacierProperties>[] = [];
	src.features.forEach((f, i) => {
		const geometry = simplifyArea(
			f.geometry,
			r.glacierToleranceDeg,
			r.glacierMinKm2,
			r.glacierMinKm2
		);
		if (!geometry) return;
		out.push(makeFeature({ id: `glacier-${i + 1}`, scalerank: f.properties.scalerank }, geometry));
	});
	return out;
}

interface RegionSource {
	name: string;
	featurecla: string;
	scalerank: number;
	min_label: number;
}

/**
 * mountains.geojson: one label point per Natural Earth geography region (ranges, valleys,
 * deserts…) inside the study box, except the dropped ones (the continent and the peninsula).
 * The point is the centre of mass of the largest part, or a point on it when that falls outside.
 */
export function buildMountains(
	src: FeatureCollection<Polygon | MultiPolygon, RegionSource>,
	config: BasemapConfig
) {
	const kept = src.features.filter((f) => !config.mountainDrops.includes(f.properties.name));
	const ids = uniqueIds(kept.map((f) => `region-label-${slug(f.properties.name)}`));
	return kept.map((f, i) => {
		const parts = polygonsOf(f.geometry);
		const largest = parts.reduce((a, b) => (km2([b[0] ?? []]) > km2([a[0] ?? []]) ? b : a));
		const poly: Polygon = { type: 'Polygon', coordinates: largest };
		let c = centerOfMass(poly).geometry.coordinates;
		if (!booleanPointInPolygon(c, poly)) c = pointOnFeature(poly).geometry.coordinates;
		const properties: MountainProperties = {
			id: ids[i] as string,
			name: f.properties.name,
			featurecla: f.properties.featurecla,
			scalerank: f.properties.scalerank,
			min_label: f.properties.min_label
		};
		const geometry: Point = {
			type: 'Point',
			coordinates: roundPosition(c, POINT_DECIMALS) as LonLat
		};
		return makeFeature(properties, geometry);
	});
}

interface PeakSource {
	name: string | null;
	featurecla: string;
	elevation: number;
	scalerank: number;
}

/** peaks.geojson: the named elevation points. */
export function buildPeaks(src: FeatureCollection<Point, PeakSource>) {
	const named = src.features.filter(
		(f): f is Feature<Point, PeakSource & { name: string }> => f.properties.name !== null
	);
	const ids = uniqueIds(named.map((f) => `peak-${slug(f.properties.name)}`));
	return named.map((f, i) => {
		const properties: PeakProperties = {
			id: ids[i] as string,
			name: f.properties.name,
			featurecla: f.properties.featurecla,
			elevation: f.properties.elevation,
			scalerank: f.properties.scalerank
		};
		const geometry: Point = {
			type: 'Point',
			coordinates: roundPosition(f.geometry.coordinates, POINT_DECIMALS)
		};
		return makeFeature(properties, geometry);
	});
}
