/**
 * Bad input quoted back in a message, kept short: a message names what was wrong without pasting
 * 500 characters into a narrow panel.
 */

import * as m from '$lib/paraglide/messages';

/** Longest piece of input quoted back, in characters. */
export const ECHO_MAX_CHARS = 20;

/** Most pieces quoted back in one message; the rest are counted. */
export const ECHO_MAX_ITEMS = 5;

/**
 * The text, cut to `max` characters (whole code points) with "…" when longer.
 *
 * @example
 * shortEcho('x'.repeat(500)); //=> "xxxxxxxxxxxxxxxxxxxx…"
 */
export function shortEcho(text: string, max = ECHO_MAX_CHARS): string {
	const chars = Array.from(text);
	return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

/**
 * A list of bad pieces, each shortened, at most `maxItems` of them and "and N more".
 *
 * @example
 * echoList(['abc', 'x'.repeat(30)]); //=> "abc, xxxxxxxxxxxxxxxxxxxx…"
 * echoList(['a', 'b', 'c', 'd', 'e', 'f', 'g']); //=> "a, b, c, d, e and 2 more"
 */
export function echoList(items: readonly string[], maxItems = ECHO_MAX_ITEMS): string {
	const shown = items.slice(0, maxItems).map((t) => shortEcho(t));
	const rest = items.length - shown.length;
	return rest > 0 ? m.analyst_echo_more({ list: shown.join(', '), count: rest }) : shown.join(', ');
}
