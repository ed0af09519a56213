/**
 * place-index.json: every name the basemap labels, for search (loaded on demand by the app).
 * Built from the served features, so search finds what the map shows: towns and cities
 * (`places-label`), peaks (`peaks-label`), ranges and other regions (`mountains-label`), rivers
 * (`rivers-label`), lakes (`lakes-label`) and countries (`countries-label`); see
 * src/lib/layers/context.ts. Places that are report sites (Dushanbe, Khorugh) are drawn and
 * searched as catalogue features; their other names from the source go to `featureNames`.
 *
 * Other names come only from the sources: Natural Earth's `name_ru`, `namealt`, `name_en`,
 * `nameascii` for places, `name_alt` for lakes, the countries' Russian names (CLDR, authored in
 * basemap.json). Nothing is transliterated here.
 */
import type { Feature, GeoJsonProperties, Geometry, Position } from 'geojson';
import type { PlaceIndexEntry, PlaceIndexFile, PlaceKind } from '../../../src/lib/data/place-index';
import type { Bbox } from '../../../src/lib/geo/types';
import { GENERATED_NOTE, round, SHAPE_DECIMALS } from '../serialize';

type Served = Feature<Geometry, GeoJsonProperties>;
const props = (f: Served): Record<string, unknown> => f.properties ?? {};

export interface PlaceIndexInputs {
	places: readonly Served[];
	peaks: readonly Served[];
	mountains: readonly Served[];
	rivers: readonly Served[];
	lakes: readonly Served[];
	countries: readonly Served[];
	/** Natural Earth populated places as in geodata/sources (for `namealt`, `name_en`, `nameascii`). */
	placeSource: readonly Served[];
}

const str = (v: unknown): string | null =>
	typeof v === 'string' && v.trim() ? v.replace(/\s+/g, ' ').trim() : null;

const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The distinct non-empty names (ignoring case and punctuation), without `except` (the label), in first-seen order. */
function otherNames(except: string, candidates: unknown[]): string[] {
	const out: string[] = [];
	for (const c of candidates) {
		const s = str(c);
		const same = (t: string) => s !== null && letters(t) === letters(s);
		if (s && !same(except) && !out.some(same)) out.push(s);
	}
	return out;
}

function positions(g: Geometry): Position[] {
	switch (g.type) {
		case 'Point':
			return [g.coordinates];
		case 'MultiPoint':
		case 'LineString':
			return g.coordinates;
		case 'MultiLineString':
		case 'Polygon':
			return g.coordinates.flat();
		case 'MultiPolygon':
			return g.coordinates.flat(2);
		case 'GeometryCollection':
			return g.geometries.flatMap(positions);
	}
}

/** [w, s, e, n] of a geometry, rounded to the served precision. */
export function bboxOf(g: Geometry): Bbox {
	let w = Infinity;
	let s = Infinity;
	let e = -Infinity;
	let n = -Infinity;
	for (const [x = NaN, y = NaN] of positions(g)) {
		w = Math.min(w, x);
		e = Math.max(e, x);
		s = Math.min(s, y);
		n = Math.max(n, y);
	}
	return [w, s, e, n].map((v) => round(v, SHAPE_DECIMALS)) as Bbox;
}

const union = (a: Bbox, b: Bbox): Bbox => [
	Math.min(a[0], b[0]),
	Math.min(a[1], b[1]),
	Math.max(a[2], b[2]),
	Math.max(a[3], b[3])
];

const SMALL_WORDS = new Set(['of', 'the', 'and']);

/** "PLATEAU OF TIBET" → "Plateau of Tibet": the map upper-cases these labels anyway. */
export function displayName(name: string): string {
	const tidy = name.replace(/\s+\./g, '.').replace(/\s+/g, ' ').trim();
	if (tidy !== tidy.toUpperCase()) return tidy;
	return tidy
		.toLowerCase()
		.split(' ')
		.map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
		.join(' ');
}

const REGION_KINDS: Record<string, PlaceKind> = {
	'Range/mtn': 'range',
	Valley: 'valley',
	Basin: 'basin',
	Plateau: 'plateau'
};

const REGION_KIND: Record<string, string> = {
	'Range/mtn': 'Mountain range',
	Valley: 'Valley',
	Basin: 'Basin',
	Plateau: 'Plateau'
};

export function buildPlaceIndex(input: PlaceIndexInputs): PlaceIndexFile {
	const countryName = new Map(
		input.countries.map((c) => [str(props(c).iso_a3), str(props(c).name)])
	);
	const sourceByName = new Map(
		input.placeSource.map((f) => [str(props(f).name), props(f)] as const)
	);
	const featureNames: Record<string, string[]> = {};

	const places: PlaceIndexEntry[] = [];
	const sortedPlaces = [...input.places].sort(
		(a, b) =>
			Number(props(a).scalerank ?? 10) - Number(props(b).scalerank ?? 10) ||
			String(props(a).name).localeCompare(String(props(b).name), 'en')
	);
	for (const f of sortedPlaces) {
		const p = props(f);
		const name = str(p.name);
		if (!name) continue;
		const src = sourceByName.get(str(p.name_source)) ?? {};
		const names = otherNames(name, [
			p.name_ru,
			p.name_source,
			// Natural Earth's own Russian name when ours replaced it (Курган-Тюбе for Bokhtar)
			src.name_ru,
			src.name_en,
			src.nameascii,
			src.namealt
		]);
		const site = str(p.site);
		if (site) {
			// drawn by the site layers and found as the catalogue feature
			featureNames[site] = otherNames('', [...(featureNames[site] ?? []), name, ...names]);
			continue;
		}
		const country = countryName.get(str(p.adm0_a3));
		const what = p.capital === true ? 'Capital' : 'Town or city';
		const countryId = country ? `country-${String(p.adm0_a3).toLowerCase()}` : null;
		places.push({
			id: String(p.id),
			name,
			name_ru: str(p.name_ru),
			detail: country ? `${what}, ${country}` : what,
			kind: p.capital === true ? 'capital' : 'town',
			country: countryId,
			names,
			bbox: bboxOf(f.geometry),
			layer: 'places'
		});
	}

	for (const f of input.countries) {
		const name = str(props(f).name);
		if (!name) continue;
		places.push({
			id: String(props(f).id),
			name,
			name_ru: str(props(f).name_ru),
			detail: 'Country',
			kind: 'country',
			names: otherNames(name, [props(f).name_ru]),
			bbox: bboxOf(f.geometry),
			layer: null
		});
	}

	for (const f of input.mountains) {
		const source = str(props(f).name);
		if (!source) continue;
		const name = displayName(source);
		places.push({
			id: String(props(f).id),
			name,
			name_ru: null,
			detail: REGION_KIND[String(props(f).featurecla)] ?? 'Region',
			kind: REGION_KINDS[String(props(f).featurecla)] ?? 'region',
			names: otherNames(name, [source]),
			bbox: bboxOf(f.geometry),
			layer: 'terrain'
		});
	}

	for (const f of input.peaks) {
		const name = str(props(f).name);
		if (!name) continue;
		const elevation = Number(props(f).elevation);
		const what = props(f).featurecla === 'pass' ? 'Mountain pass' : 'Peak';
		places.push({
			id: String(props(f).id),
			name,
			name_ru: null,
			detail: Number.isFinite(elevation) ? `${what}, ${elevation} m` : what,
			kind: props(f).featurecla === 'pass' ? 'pass' : 'peak',
			...(Number.isFinite(elevation) ? { elevation } : {}),
			names: [],
			bbox: bboxOf(f.geometry),
			layer: 'terrain'
		});
	}

	// A river's parts are separate features with the same name: one entry, their joint box.
	const rivers = new Map<string, PlaceIndexEntry>();
	for (const f of input.rivers) {
		const name = str(props(f).name_en) ?? str(props(f).name);
		if (!name) continue;
		const seen = rivers.get(name);
		const bbox = bboxOf(f.geometry);
		if (seen) {
			seen.bbox = union(seen.bbox, bbox);
			continue;
		}
		rivers.set(name, {
			id: String(props(f).id),
			name,
			name_ru: null,
			detail: 'River',
			kind: 'river',
			names: otherNames(name, [props(f).name]),
			bbox,
			layer: 'rivers'
		});
	}
	places.push(...rivers.values());

	for (const f of input.lakes) {
		const name = str(props(f).name);
		if (!name) continue;
		places.push({
			id: String(props(f).id),
			name,
			name_ru: null,
			detail: props(f).featurecla === 'Reservoir' ? 'Reservoir' : 'Lake',
			kind: props(f).featurecla === 'Reservoir' ? 'reservoir' : 'lake',
			names: otherNames(name, [props(f).name_alt]),
			bbox: bboxOf(f.geometry),
			layer: null
		});
	}

	return {
		generated: GENERATED_NOTE,
		sources:
			'Names as the basemap labels them, with the other names Natural Earth gives (name_ru, namealt, name_en, nameascii, name_alt) and the countries’ Russian names (Unicode CLDR).',
		places,
		featureNames
	};
}
