/**
 * Offline search over the catalog (features and their other spellings), the basemap's labelled
 * places (once their index is loaded, see `$lib/data/place-index`) and the report's passages.
 * Small data, so a normalised match ranked by how well it matches is enough:
 * case, diacritics and punctuation are ignored, Cyrillic queries are also tried in Latin
 * letters, and small misspellings (Murghab/Murghob, Pyandzh/Panj) still match.
 *
 * Both names of a feature are searched whatever the page's language (its English name and its
 * Russian one, `name_ru`, from the data); a hit is titled in the page's language.
 */
import { catalog, report } from '$lib/data/catalog';
import { excerpt, kindLabel } from '$lib/data/catalog';
import { kindName } from '$lib/data/entry';
import { localName, type Named } from '$lib/data/local-name';
import type { PlaceIndexEntry, PlaceIndexFile, PlaceKind } from '$lib/data/place-index';
import type { Bbox } from '$lib/geo/types';
import { pageLocale } from '$lib/i18n/locale';
import { intlLocale, type Locale } from '$lib/i18n/locales';
import type { LayerId } from '$lib/layers/layer-ids';
import * as m from '$lib/paraglide/messages';

interface HitBase {
	/** Unique key for lists. */
	key: string;
	title: string;
	detail: string;
}
/** A catalogue feature: select it. */
export interface FeatureHit extends HitBase {
	kind: 'feature';
	id: string;
}
/** A passage of the report: read it. */
export interface PassageHit extends HitBase {
	kind: 'passage';
	id: string;
}
/** A labelled place of the basemap (not in the catalogue): show it. */
export interface PlaceHit extends HitBase {
	kind: 'place';
	/** Its id in the served file, e.g. `place-termez`. */
	id: string;
	bbox: Bbox;
	/** The toggle that draws it (null: the always-on basemap). */
	layer: LayerId | null;
}
export type SearchHit = FeatureHit | PassageHit | PlaceHit;

/** Lowercase, strip diacritics and punctuation variants, so "Kharbmaidon" finds "Kharbmaydon"-like names. */
export function normalise(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[’'`ʻ‘.-]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Russian, Tajik and Kyrgyz letters in the Latin spellings our sources use (Khorog, Dushanbe). */
const CYRILLIC_TO_LATIN: Record<string, string> = {
	а: 'a',
	б: 'b',
	в: 'v',
	г: 'g',
	д: 'd',
	е: 'e',
	ё: 'yo',
	ж: 'zh',
	з: 'z',
	и: 'i',
	й: 'y',
	к: 'k',
	л: 'l',
	м: 'm',
	н: 'n',
	о: 'o',
	п: 'p',
	р: 'r',
	с: 's',
	т: 't',
	у: 'u',
	ф: 'f',
	х: 'kh',
	ц: 'ts',
	ч: 'ch',
	ш: 'sh',
	щ: 'shch',
	ъ: '',
	ы: 'y',
	ь: '',
	э: 'e',
	ю: 'yu',
	я: 'ya',
	ғ: 'gh',
	ӣ: 'i',
	қ: 'q',
	ӯ: 'u',
	ҳ: 'h',
	ҷ: 'j',
	ө: 'o',
	ү: 'u',
	ң: 'ng'
};

/**
 * A Cyrillic text in Latin letters, normalised ("Хорог" → "khorog", "Таджикистан" →
 * "tajikistan"), so Cyrillic queries find names our sources give only in Latin letters.
 */
export function latinise(text: string): string {
	const lower = text.toLowerCase().replace(/дж/g, 'j');
	return normalise([...lower].map((c) => CYRILLIC_TO_LATIN[c] ?? c).join(''));
}

/** Typos allowed for a query of this length: none below 4 letters, then 1, and 2 from 8. */
export function typoBudget(length: number): number {
	return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/**
 * The smallest edit distance (insertions, deletions, substitutions, swaps of neighbours) between
 * `query` and any beginning of `text`, or `max + 1` when it is more than `max`.
 */
export function prefixDistance(query: string, text: string, max: number): number {
	const m = query.length;
	const n = Math.min(text.length, m + max);
	let before: number[] = [];
	let prev = Array.from({ length: n + 1 }, (_, j) => j);
	for (let i = 1; i <= m; i++) {
		const row = [i];
		let rowMin = i;
		for (let j = 1; j <= n; j++) {
			const cost = query[i - 1] === text[j - 1] ? 0 : 1;
			let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
			if (i > 1 && j > 1 && query[i - 1] === text[j - 2] && query[i - 2] === text[j - 1]) {
				d = Math.min(d, (before[j - 2] ?? 0) + 1);
			}
			row.push(d);
			rowMin = Math.min(rowMin, d);
		}
		if (rowMin > max) return max + 1;
		before = prev;
		prev = row;
	}
	return Math.min(...prev);
}

interface Doc {
	hit: SearchHit;
	/** Normalised names, each also without spaces. */
	names: string[];
	/** Where each word of a name starts, for matching "sharif" in "mazare sharif". */
	words: string[];
	body: string;
	/** The body's longer words, for forgiving matches (made when first needed). */
	bodyWords?: string[];
	/** The names as written, to show the one that matched when it is not the title. */
	shown: string[];
	/** A feature's or place's names, to title the hit in the page's language. */
	named?: Named;
	/** A passage's number, to title the hit in the page's language. */
	passage?: number;
	/** A catalogue feature's kind, to word the detail in the page's language. */
	kind?: string;
	/** A basemap place, to word the detail in the page's language. */
	place?: PlaceIndexEntry;
}

function makeDoc(
	hit: SearchHit,
	names: string[],
	body = '',
	extra: Pick<Doc, 'named' | 'passage' | 'kind' | 'place'> = {}
): Doc {
	const norm = names.map(normalise);
	const all = [...new Set([...norm, ...norm.map((n) => n.replace(/ /g, ''))])];
	const words = [...new Set(norm.flatMap((n) => n.split(' ').slice(1)))];
	return { hit, names: all, words, body: normalise(body), shown: names, ...extra };
}

const catalogDocs = (extra: Record<string, string[]>): Doc[] =>
	catalog.map((e) =>
		makeDoc(
			{ key: `f-${e.id}`, kind: 'feature', id: e.id, title: e.name, detail: kindLabel(e.kind) },
			[e.name, ...(e.name_ru ? [e.name_ru] : []), ...e.altNames, ...(extra[e.id] ?? []), e.id],
			e.summary,
			{ named: e, kind: e.kind }
		)
	);

const passageDocs: Doc[] = report.passages.map((p) =>
	makeDoc(
		{
			key: `p-${p.id}`,
			kind: 'passage',
			id: p.id,
			title: `Passage ${p.n}`,
			detail: excerpt(p.text, 90)
		},
		[],
		p.text,
		{ passage: p.n }
	)
);

const placeDocs = (index: PlaceIndexFile): Doc[] =>
	index.places.map((p) =>
		makeDoc(
			{
				key: `b-${p.id}`,
				kind: 'place',
				id: p.id,
				title: p.name,
				detail: p.detail,
				bbox: p.bbox,
				layer: p.layer
			},
			[p.name, ...p.names],
			'',
			{ named: p, place: p }
		)
	);

const baseDocs: Doc[] = [...catalogDocs({}), ...passageDocs];
const docsCache = new WeakMap<PlaceIndexFile, Doc[]>();

/** Catalogue features first, then the basemap's places, then the passages. */
function docsFor(index: PlaceIndexFile | null): Doc[] {
	if (!index) return baseDocs;
	let docs = docsCache.get(index);
	if (!docs) {
		docs = [...catalogDocs(index.featureNames), ...placeDocs(index), ...passageDocs];
		docsCache.set(index, docs);
	}
	return docs;
}

/** How well the doc matches one form of the query (0: not at all). */
function score(d: Doc, q: string): number {
	if (d.names.includes(q)) return 6;
	if (d.names.some((n) => n.startsWith(q))) return 5;
	if (d.words.some((w) => w.startsWith(q))) return 4;
	if (d.names.some((n) => n.includes(q))) return 3;
	const max = typoBudget(q.length);
	const near = (text: string) => max > 0 && prefixDistance(q, text, max) <= max;
	if (d.names.some(near) || d.words.some(near)) return 2.5;
	if (d.body.includes(q)) return 2;
	if (max > 0 && q.length >= 5) {
		d.bodyWords ??= [...new Set(d.body.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 5))];
		if (d.bodyWords.some((w) => w.length <= q.length + max && near(w))) return 1;
	}
	return 0;
}

/** The forms of a query tried: as typed, without spaces, and in Latin letters if Cyrillic. */
export function queryForms(query: string): string[] {
	const q = normalise(query);
	const forms = [q, q.replace(/ /g, '')];
	if (/\p{Script=Cyrillic}/u.test(q)) {
		const latin = latinise(query);
		forms.push(latin, latin.replace(/ /g, ''));
	}
	return [...new Set(forms)].filter((f) => f.length >= 2);
}

const PLACE_KINDS: Record<PlaceKind, (locale: Locale) => string> = {
	capital: (locale) => m.search_place_kind_capital({}, { locale }),
	town: (locale) => m.layers_places_legend({}, { locale }),
	country: (locale) => m.search_place_kind_country({}, { locale }),
	range: (locale) => m.search_place_kind_range({}, { locale }),
	valley: (locale) => m.search_place_kind_valley({}, { locale }),
	basin: (locale) => m.search_place_kind_basin({}, { locale }),
	plateau: (locale) => m.search_place_kind_plateau({}, { locale }),
	region: (locale) => m.search_place_kind_region({}, { locale }),
	peak: (locale) => m.search_place_kind_peak({}, { locale }),
	pass: (locale) => m.search_place_kind_pass({}, { locale }),
	river: (locale) => m.layers_rivers_legend({}, { locale }),
	lake: (locale) => m.search_place_kind_lake({}, { locale }),
	reservoir: (locale) => m.search_place_kind_reservoir({}, { locale })
};

/**
 * What a basemap place is, in `locale` ("Город или посёлок, Узбекистан"); in English the index's
 * own words, unchanged.
 */
function placeDetail(p: PlaceIndexEntry, countries: ReadonlyMap<string, Named>, locale: Locale) {
	const kind = PLACE_KINDS[p.kind];
	if (locale === 'en' || !kind) return p.detail;
	const what = kind(locale);
	const country = p.country ? countries.get(p.country) : undefined;
	if (country) return `${what}, ${localName(country, locale)}`;
	if (p.elevation !== undefined) {
		const height = new Intl.NumberFormat(intlLocale(locale)).format(p.elevation);
		return `${what}, ${height} ${m.layers_metres_symbol({}, { locale })}`;
	}
	return what;
}

/** The hit's detail in `locale`: what the feature or place is (a passage's excerpt as it is). */
function detailIn(d: Doc, countries: ReadonlyMap<string, Named>, locale: Locale): string {
	if (d.kind !== undefined) return locale === 'en' ? d.hit.detail : kindName(d.kind);
	if (d.place) return placeDetail(d.place, countries, locale);
	return d.hit.detail;
}

/** The hit's title in `locale`: the name in that language, "Passage N" in its words. */
function titleIn(d: Doc, locale: Locale): string {
	if (d.named) return localName(d.named, locale);
	if (d.passage !== undefined) return m.details_passage_label({ n: d.passage }, { locale });
	return d.hit.title;
}

/** The other name a hit was found by, when its title does not show it ("Хорог"). */
function matchedName(d: Doc, title: string, forms: string[]): string | undefined {
	if (forms.some((f) => normalise(title).includes(f))) return undefined;
	// the form as typed first: "Хорог" shows "Хорог", not "Khorog"
	for (const f of forms) {
		const name = d.shown.find((n) => n !== d.hit.id && n !== title && normalise(n).includes(f));
		if (name) return name;
	}
	return undefined;
}

/**
 * Best hits first: exact name, name prefix, word prefix, name substring, a name with a typo,
 * text substring, a text word with a typo. `places` adds the basemap's labelled places. Hits
 * are titled in `locale` (the page's language unless given); both languages' names are searched.
 */
export function searchIndex(
	query: string,
	limit = 10,
	places: PlaceIndexFile | null = null,
	locale: Locale = pageLocale()
): SearchHit[] {
	const forms = queryForms(query);
	if (forms.length === 0) return [];
	const scored: { score: number; order: number; doc: Doc }[] = [];
	docsFor(places).forEach((doc, order) => {
		const best = Math.max(...forms.map((f) => score(doc, f)));
		if (best > 0) scored.push({ score: best, order, doc });
	});
	scored.sort((a, b) => b.score - a.score || a.order - b.order);
	const countries = new Map<string, Named>(
		(places?.places ?? []).filter((p) => p.kind === 'country').map((p) => [p.id, p])
	);
	return scored.slice(0, limit).map(({ doc }) => {
		const title = titleIn(doc, locale);
		const detail = detailIn(doc, countries, locale);
		const hit =
			title === doc.hit.title && detail === doc.hit.detail
				? doc.hit
				: { ...doc.hit, title, detail };
		const other = doc.hit.kind === 'passage' ? undefined : matchedName(doc, title, forms);
		return other ? { ...hit, detail: `${other} · ${hit.detail}` } : hit;
	});
}
