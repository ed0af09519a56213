/**
 * Finding a feature's names in the report's text, and quoting the words around them.
 *
 * The report writes "Tajik-Kyrgyz border" with a hyphen where our data writes an en dash, and
 * "Tajikistan’s" with a curly apostrophe; a name must match whole words only, so that "Rushon"
 * is not found in "Russian". Used by the pipeline (to check that a `named` link really names its
 * feature, and to cut the quote a popup shows) and by its tests.
 */

/** Hyphens, dashes and minus signs the report or our data may use between two words. */
const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2212';
/** Straight and curly apostrophes and the modifier letters used in transliteration. */
const APOSTROPHES = "'\u2018\u2019\u02bb\u02bc`";

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A case-insensitive, whole-word pattern for `name` that accepts any dash for a dash, any
 * apostrophe for an apostrophe, any run of white space for a space, and a plural "s" at the end
 * ("Tajik–Afghan border" finds "Tajik-Afghan borders").
 */
export function namePattern(name: string): RegExp {
	const body = Array.from(name.trim())
		.map((ch) => {
			if (DASHES.includes(ch)) return `[\\${DASHES}]`; // `-` first, escaped
			if (APOSTROPHES.includes(ch)) return `[${APOSTROPHES}]`;
			if (/\s/.test(ch)) return '\\s+';
			return escapeRegExp(ch);
		})
		.join('');
	// Word boundaries that understand Cyrillic and accented letters (\b is ASCII-only).
	return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?:s|es)?(?![\\p{L}\\p{N}])`, 'iu');
}

export interface NameMatch {
	/** The name (as the data spells it) that matched. */
	name: string;
	/** The words as the text spells them. */
	text: string;
	/** Offset of the match in the text (UTF-16 code units). */
	index: number;
}

/**
 * The first of `names` found in `text`, as whole words (longer names tried first, so
 * "Tajik–Afghan border" wins over "Afghan border"); null when none is.
 */
export function findName(text: string, names: readonly string[]): NameMatch | null {
	const sorted = [...new Set(names.map((n) => n.trim()).filter((n) => n.length > 0))].sort(
		(a, b) => b.length - a.length || a.localeCompare(b)
	);
	let best: NameMatch | null = null;
	for (const name of sorted) {
		const m = namePattern(name).exec(text);
		if (m && (best === null || m.index < best.index)) {
			best = { name, text: m[0], index: m.index };
		}
	}
	return best;
}

/** Abbreviations in the report that end with a full stop without ending a sentence. */
const ABBREVIATIONS = [
	'U.S.',
	'U.N.',
	'Mr.',
	'Mrs.',
	'Dr.',
	'Gen.',
	'Col.',
	'St.',
	'No.',
	'e.g.',
	'i.e.'
];

/**
 * The sentences of a paragraph as [start, end) offsets. A sentence ends at ".", "!" or "?"
 * (with any closing quote or bracket) followed by white space and a capital letter, a digit or
 * an opening quote — except after an abbreviation such as "U.S.".
 */
export function sentenceSpans(text: string): [number, number][] {
	const spans: [number, number][] = [];
	const end = /[.!?]["”’)\]]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu;
	let start = 0;
	for (let m = end.exec(text); m; m = end.exec(text)) {
		const stop = m.index + m[0].length;
		const before = text.slice(start, m.index + 1);
		if (ABBREVIATIONS.some((a) => before.endsWith(a) && /(^|\s)$/.test(before.slice(0, -a.length))))
			continue;
		spans.push([start, stop]);
		start = stop;
		while (start < text.length && /\s/.test(text[start]!)) start++;
	}
	if (start < text.length) spans.push([start, text.trimEnd().length]);
	return spans;
}

/** Longest quote, in characters, before it is narrowed to a window around the name. */
export const MAX_QUOTE_CHARS = 300;

/**
 * What a popup quotes from a passage: the sentence that names the feature (or, with no match,
 * the first sentence), with "…" where the passage goes on before or after it. A sentence longer
 * than `max` is narrowed to a window around the match, cut at word boundaries.
 *
 * @param text the passage, verbatim
 * @param match where the feature's name is in it, or null (a related link)
 */
export function quoteAround(
	text: string,
	match: Pick<NameMatch, 'index' | 'text'> | null,
	max = MAX_QUOTE_CHARS
): string {
	const spans = sentenceSpans(text);
	if (spans.length === 0) return '';
	const at = match?.index ?? 0;
	const span = spans.find(([s, e]) => at >= s && at < e) ?? spans[0]!;
	let [start, stop] = span;
	if (stop - start > max) {
		const matchEnd = at + (match?.text.length ?? 0);
		let from = Math.max(start, at - Math.floor((max - (matchEnd - at)) / 2));
		let to = Math.min(stop, from + max);
		from = Math.max(start, to - max);
		// Cut at word boundaries, never into the name itself.
		if (from > start) {
			const space = text.indexOf(' ', from - 1);
			if (space !== -1 && space < at) from = space + 1;
		}
		if (to < stop) {
			const space = text.lastIndexOf(' ', to);
			if (space >= matchEnd) to = space;
		}
		start = from;
		stop = to;
	}
	const body = text.slice(start, stop).trim();
	const trimmed = body.replace(/[,;:]$/, '');
	const lead = start > 0 ? (/^\p{Lu}/u.test(trimmed) ? '… ' : '…') : '';
	const more = stop < text.trimEnd().length;
	const tail = more ? (/[.!?]["”’)\]]*$/.test(trimmed) ? ' …' : '…') : '';
	return `${lead}${trimmed}${tail}`;
}
