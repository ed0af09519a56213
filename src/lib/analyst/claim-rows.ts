/**
 * The report's claims, checked, as rows to show: the one verdict rule and sign convention of
 * src/lib/geo/claim-check.ts (data minus report), with every figure formatted in the chosen unit.
 * The analyst panel, the popup and /about (server-side) all show these rows through one component
 * (panels/ClaimChecks.svelte). Rows are in the page's language: make them while rendering (or per
 * request on the server), never once for every reader.
 */
import * as m from '$lib/paraglide/messages';
import { catalogById, claims as allClaims, passageById } from '$lib/data/catalog';
import type { Claim } from '$lib/data/types';
import { localName } from '$lib/data/local-name';
import { checkDistanceClaim } from '$lib/geo/claim-check';
import { pageLocale } from '$lib/i18n/locale';
import { formatLength, formatLengthCompact, type LengthUnit } from '$lib/geo/units';

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
	/** Data minus report, signed (U+2212 minus), with its relative size (checkDistanceClaim's differenceText). */
	difference: string;
	/** e.g. "±43 km". */
	uncertainty: string;
	within: boolean;
	/** "Within the uncertainty" or "Outside the uncertainty" (checkDistanceClaim's label). */
	label: string;
	/** checkDistanceClaim's sentence. */
	verdict: string;
	note: string;
}

/** A feature's name in the page's language (the English one where no source gives another). */
const nameOf = (id: string) => {
	const entry = catalogById.get(id);
	return entry ? localName(entry, pageLocale()) : id;
};

/** One claim as a row, in `unit`. */
export function claimCheckRow(c: Claim, unit: LengthUnit): ClaimCheckRow {
	const check = checkDistanceClaim(c, unit);
	const claimed = formatLength(c.claimedMeters, unit);
	const straight = c.measure === 'straight';
	return {
		id: c.id,
		passage: c.passage,
		passageN: passageById.get(c.passage)?.n ?? 0,
		title: straight
			? m.analyst_claim_title_straight({ to: nameOf(c.to), claimed, from: nameOf(c.from) })
			: m.analyst_claim_title_border({ from: nameOf(c.from), claimed, to: nameOf(c.to) }),
		quote: c.quote,
		measured: straight
			? m.analyst_claim_measured_straight({ from: nameOf(c.from), to: nameOf(c.to) })
			: m.analyst_claim_measured_border({ from: nameOf(c.from), to: nameOf(c.to) }),
		claimed,
		computed: formatLength(c.computedMeters, unit),
		difference: check.differenceText,
		uncertainty: `±${formatLengthCompact(c.uncertaintyMeters, unit)}`,
		within: check.withinUncertainty,
		label: check.label,
		verdict: check.verdict,
		note: c.note
	};
}

/**
 * The claims about `featureId` (either end), or all of them, as rows in `unit`.
 *
 * @example
 * claimCheckRows('km', 'kharbmaydon')[0].difference; //=> "−7.07 km (−5.0 %)"
 */
export function claimCheckRows(
	unit: LengthUnit,
	featureId: string | null = null,
	claims: readonly Claim[] = allClaims
): ClaimCheckRow[] {
	return claims
		.filter((c) => featureId === null || c.from === featureId || c.to === featureId)
		.map((c) => claimCheckRow(c, unit));
}
