/**
 * The report's passage ids, `p-1` … `p-N`: a public contract like the feature ids (the anchors of
 * /report, the `story` parameter of /embed). Kept here as a count so pages that must check an id
 * (the URL codec on /embed) need not import the report's text; passage-ids.test.ts checks it
 * against the generated report.
 */

/** How many passages the report has (src/lib/generated/report.json). */
export const PASSAGE_COUNT = 16;

/** `p-N`, N a whole number from 1 without leading zeros. */
export const PASSAGE_ID_PATTERN = /^p-[1-9]\d*$/;

/** The passage's number if `id` is one of the report's passages (`p-3` → 3), else null. */
export function passageNumber(id: string): number | null {
	if (!PASSAGE_ID_PATTERN.test(id)) return null;
	const n = Number(id.slice(2));
	return n <= PASSAGE_COUNT ? n : null;
}

/** `3` → `p-3`. */
export function passageId(n: number): string {
	return `p-${n}`;
}
