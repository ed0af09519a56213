/**
 * Showing untrusted input back to people. Notices and API errors quote what they rejected; the
 * quote is plain text, short, and inert even if some consumer forgot to escape it.
 */

/** Longest quoted value, in code points, before it is cut with an ellipsis. */
export const MAX_QUOTE_LENGTH = 40;

// C0/C1 controls, bidi embeddings/overrides/isolates (Trojan Source), zero-width and BOM, and lone
// surrogates. Each alternative is a single character class: linear time, no backtracking.
const UNSAFE_CHARS =
	// eslint-disable-next-line no-control-regex -- matching control characters is the point
	/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A short, safe rendering of an untrusted string for a message: cut to `max` code points,
 * invisible and control characters replaced by U+FFFD, and `<` `>` swapped for look-alikes
 * (‹ ›) so that no quoted value can ever read as markup.
 */
export function quoteValue(raw: string, max = MAX_QUOTE_LENGTH): string {
	// Cut before the linear passes so a 100 KB input costs no more than a short one.
	const head = raw.length > max * 2 + 2 ? raw.slice(0, max * 2 + 2) : raw;
	const chars = Array.from(head.replace(UNSAFE_CHARS, '\ufffd'));
	const cut = chars.length > max || head.length < raw.length;
	const text = chars.slice(0, max).join('').replace(/</g, '‹').replace(/>/g, '›');
	return `“${text}${cut ? '…' : ''}”`;
}

/** Describes any value for an error message without calling into it. */
export function describeValue(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	switch (typeof value) {
		case 'string':
			return quoteValue(value);
		case 'number':
		case 'boolean':
		case 'bigint':
			return String(value);
		case 'undefined':
			return 'nothing';
		case 'object':
			return 'an object';
		default:
			return `a ${typeof value}`;
	}
}
