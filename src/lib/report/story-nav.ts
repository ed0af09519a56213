/**
 * Moving through the story with the keyboard where the page does not scroll (the story embed):
 * which step a key leads to. Pure; the component decides when a key is the story's (not a text
 * field's or the map's own arrow-key panning).
 */

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/** The step index `key` leads to from `index` of `count`, or null if the key does not move it. */
export function stepForKey(key: string, index: number, count: number): number | null {
	let next: number;
	if (NEXT.has(key)) next = index + 1;
	else if (PREVIOUS.has(key)) next = index - 1;
	else if (key === 'Home') next = 0;
	else if (key === 'End') next = count - 1;
	else return null;
	next = Math.min(Math.max(next, 0), count - 1);
	return next === index ? null : next;
}
