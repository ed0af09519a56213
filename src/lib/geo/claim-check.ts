/**
 * Checking a published distance against a computed one, honestly: the verdict depends on the
 * position uncertainty of the places involved. The one rule for every screen that shows a claim
 * (the analyst panel, /about): the difference is always {@link DIFFERENCE_CONVENTION}.
 *
 * @module
 */
import * as m from '$lib/paraglide/messages';
import {
	formatLength,
	formatLengthCompact,
	formatNumber,
	formatSignedLength,
	formatSignedPercent,
	type LengthUnit
} from './units';

/**
 * The sign convention of every claim difference, in words, to be shown next to the number:
 * our computed distance minus the figure the report states (negative: ours is shorter).
 */
export const DIFFERENCE_CONVENTION = 'data minus report';

/** {@link DIFFERENCE_CONVENTION} in the page's language, to show. */
export function differenceConvention(): string {
	return m.analyst_claims_convention();
}

export interface DistanceClaimInput {
	/** The distance the source states, metres. */
	claimedMeters: number;
	/** Our geodesic distance between the nominal positions, metres. */
	computedMeters: number;
	/**
	 * How far the true distance may be from the computed one, metres: the sum of the positions'
	 * precision radii, plus the claim's own rounding if you want to allow for it (≥ 0).
	 */
	uncertaintyMeters: number;
}

export interface DistanceClaimCheck {
	/** `computed − claimed` (data minus report), metres (negative: the computed distance is shorter). */
	differenceMeters: number;
	/** `difference / claimed` (−0.05 = 5 % shorter); `NaN` if the claim is 0 and differs. */
	relativeDifference: number;
	/**
	 * The difference signed (U+2212 minus), in the chosen unit, with its relative size, e.g.
	 * "−7.07 km (−5.0 %)"; to be shown with {@link differenceConvention}.
	 */
	differenceText: string;
	/** Whether the claim lies within `computed ± uncertainty`. */
	withinUncertainty: boolean;
	/** "Within the uncertainty" or "Outside the uncertainty". */
	label: string;
	/** One sentence for people, e.g. "The computed 132.9 km is 7.1 km (5.1 %) shorter than …". */
	verdict: string;
}

function assertLength(x: unknown, name: string): asserts x is number {
	if (typeof x !== 'number' || !Number.isFinite(x)) {
		throw new TypeError(`${name} must be a finite number, got ${String(x)}`);
	}
	if (x < 0) throw new RangeError(`${name} must be ≥ 0, got ${x}`);
}

/**
 * Compares a claimed distance with a computed one.
 *
 * @param input claimed and computed distances and the uncertainty, metres
 * @param unit unit for the verdict text (default km)
 * @returns the difference, absolute and relative, whether it is within the uncertainty, and a verdict
 * @throws {TypeError|RangeError} naming `claimedMeters`, `computedMeters` or `uncertaintyMeters`
 * @example
 * // the report: Kharbmaydon is "140 km south of the capital"
 * checkDistanceClaim({ claimedMeters: 140_000, computedMeters: 132_932, uncertaintyMeters: 43_000 });
 * //=> { differenceMeters: -7068, relativeDifference: -0.0505, differenceText: '−7.07 km (−5.0 %)',
 * //     withinUncertainty: true, label: 'Within the uncertainty',
 * //     verdict: 'The computed 133 km is 7.07 km (5.0 %) shorter than the claimed 140 km: consistent within the ±43 km position uncertainty.' }
 */
export function checkDistanceClaim(
	input: DistanceClaimInput,
	unit: LengthUnit = 'km'
): DistanceClaimCheck {
	if (input === null || typeof input !== 'object') throw new TypeError('input must be an object');
	const { claimedMeters, computedMeters, uncertaintyMeters } = input;
	assertLength(claimedMeters, 'claimedMeters');
	assertLength(computedMeters, 'computedMeters');
	assertLength(uncertaintyMeters, 'uncertaintyMeters');
	const differenceMeters = computedMeters - claimedMeters;
	const relativeDifference =
		claimedMeters === 0 ? (differenceMeters === 0 ? 0 : NaN) : differenceMeters / claimedMeters;
	// a hair of tolerance so that a claim exactly at the edge is not lost to rounding
	const withinUncertainty = Math.abs(differenceMeters) <= uncertaintyMeters * (1 + 1e-12) + 1e-9;
	const label = withinUncertainty ? m.analyst_claim_within() : m.analyst_claim_outside();
	const differenceText = signedDifference(differenceMeters, relativeDifference, unit);

	const computed = formatLength(computedMeters, unit);
	const claimed = formatLength(claimedMeters, unit);
	const diff = formatLength(Math.abs(differenceMeters), unit);
	const pct = Number.isFinite(relativeDifference)
		? ` (${formatNumber(Math.abs(relativeDifference) * 100, 1)} %)`
		: '';
	if (Math.abs(differenceMeters) < 0.5) {
		const verdict = m.analyst_claim_matches({ computed, claimed });
		return {
			differenceMeters,
			relativeDifference,
			differenceText,
			withinUncertainty,
			label,
			verdict
		};
	}
	const direction = differenceMeters < 0 ? m.analyst_claim_shorter() : m.analyst_claim_longer();
	const comparison = m.analyst_claim_comparison({ computed, diff, pct, direction, claimed });
	const uncertainty = formatLengthCompact(uncertaintyMeters, unit);
	const verdict =
		uncertaintyMeters === 0
			? m.analyst_claim_verdict_exact({ comparison })
			: withinUncertainty
				? m.analyst_claim_verdict_within({ comparison, uncertainty })
				: m.analyst_claim_verdict_outside({ comparison, uncertainty });
	return {
		differenceMeters,
		relativeDifference,
		differenceText,
		withinUncertainty,
		label,
		verdict
	};
}

/** "+1.2 km (+0.9 %)", "−7.07 km (−5.0 %)", "0 m (0.0 %)": the sign always written, minus as U+2212. */
function signedDifference(meters: number, relative: number, unit: LengthUnit): string {
	const length = formatSignedLength(meters, unit);
	if (!Number.isFinite(relative)) return length;
	return `${length} (${formatSignedPercent(relative)})`;
}
