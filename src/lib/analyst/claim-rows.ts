/**
 * The report's claims, checked, as rows to show: the one verdict rule and sign convention of
 * src/lib/geo/claim-check.ts (data minus report), with every figure formatted in the chosen unit.
 * The analyst panel, the popup and /about (server-side) all show these rows through one component
 * (panels/ClaimChecks.svelte).
 */
import { catalogById, claims as allClaims, passageById } from '$lib/data/catalog';
import type { Claim } from '$lib/data/types';
import { checkDistanceClaim } from '$lib/geo/claim-check';
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

const nameOf = (id: string) => catalogById.get(id)?.name ?? id;

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
			? `${nameOf(c.to)}: ${claimed} from ${nameOf(c.from)}`
			: `${nameOf(c.from)}: ${claimed} from the ${nameOf(c.to)}`,
		quote: c.quote,
		measured: straight
			? `Straight-line geodesic distance, ${nameOf(c.from)} to ${nameOf(c.to)}`
			: `Geodesic distance from ${nameOf(c.from)} to the nearest point of the ${nameOf(c.to)}`,
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
