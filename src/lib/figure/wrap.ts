/**
 * Line breaking for the figure's text, given a width measure (a canvas's `measureText` in the
 * browser, a fake in tests): greedy by words for prose, and for addresses anywhere, preferring
 * the place after a `/`, `?`, `&`, `;` or `,`.
 */

/** Width of `text` in pixels. */
export type MeasureText = (text: string) => number;

/** Breaks prose at spaces so each line is at most `maxWidth`; a word too long alone is cut. */
export function wrapWords(text: string, maxWidth: number, measure: MeasureText): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (measure(candidate) <= maxWidth) {
			line = candidate;
			continue;
		}
		if (line) lines.push(line);
		if (measure(word) <= maxWidth) {
			line = word;
		} else {
			const pieces = wrapAnywhere(word, maxWidth, measure);
			lines.push(...pieces.slice(0, -1));
			line = pieces[pieces.length - 1] ?? '';
		}
	}
	if (line) lines.push(line);
	return lines;
}

const URL_BREAKS = new Set(['/', '?', '&', ';', ',', '=']);

/** Breaks an address (no spaces) so each line is at most `maxWidth`, at a separator when one is near. */
export function wrapAnywhere(text: string, maxWidth: number, measure: MeasureText): string[] {
	const lines: string[] = [];
	let rest = text;
	while (rest && measure(rest) > maxWidth) {
		// the longest prefix that fits (at least one character, so the loop always advances)
		let fit = 1;
		while (fit < rest.length && measure(rest.slice(0, fit + 1)) <= maxWidth) fit++;
		// …ending after a separator in its last third, if there is one
		let cut = fit;
		for (let i = fit; i > (fit * 2) / 3; i--) {
			if (URL_BREAKS.has(rest.charAt(i - 1))) {
				cut = i;
				break;
			}
		}
		lines.push(rest.slice(0, cut));
		rest = rest.slice(cut);
	}
	if (rest) lines.push(rest);
	return lines;
}
