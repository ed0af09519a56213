import { describe, expect, it } from 'vitest';
import { checkDistanceClaim, DIFFERENCE_CONVENTION } from './claim-check';
import { inverse } from './geodesic';

describe('checkDistanceClaim', () => {
	const computed = inverse([68.7833, 38.5333], [68.55, 37.35]).distanceMeters;

	it('the report: Kharbmaydon "140 km south of the capital" fits within ±43 km', () => {
		const r = checkDistanceClaim({
			claimedMeters: 140_000,
			computedMeters: computed,
			uncertaintyMeters: 43_000
		});
		expect(r.differenceMeters).toBeCloseTo(computed - 140_000, 9);
		expect(r.relativeDifference).toBeCloseTo(-0.0505, 4);
		expect(r.withinUncertainty).toBe(true);
		expect(r.verdict).toBe(
			'The computed 133 km is 7.07 km (5.0 %) shorter than the claimed 140 km: consistent within the ±43 km position uncertainty.'
		);
	});

	it('says so when the claim falls outside the uncertainty', () => {
		const r = checkDistanceClaim({
			claimedMeters: 200_000,
			computedMeters: computed,
			uncertaintyMeters: 43_000
		});
		expect(r.withinUncertainty).toBe(false);
		expect(r.verdict).toMatch(/longer|shorter/);
		expect(r.verdict).toMatch(/does not fit these positions/);
	});

	it('treats the edge as within, and exact positions plainly', () => {
		expect(
			checkDistanceClaim({ claimedMeters: 100, computedMeters: 110, uncertaintyMeters: 10 })
				.withinUncertainty
		).toBe(true);
		const exact = checkDistanceClaim({
			claimedMeters: 150_000,
			computedMeters: 150_000.2,
			uncertaintyMeters: 0
		});
		expect(exact.verdict).toBe('The computed 150 km matches the claimed 150 km.');
		expect(
			checkDistanceClaim({ claimedMeters: 0, computedMeters: 5, uncertaintyMeters: 0 })
				.relativeDifference
		).toBeNaN();
	});

	it('has one sign convention, data minus report, in the number and in the words', () => {
		expect(DIFFERENCE_CONVENTION).toBe('data minus report');
		const shorter = checkDistanceClaim({
			claimedMeters: 140_000,
			computedMeters: computed,
			uncertaintyMeters: 43_000
		});
		// ours (133 km) is shorter than the report's 140 km: negative, with a true minus sign
		expect(shorter.differenceText).toBe('−7.07 km (−5.0 %)');
		expect(shorter.verdict).toContain('shorter');
		expect(shorter.label).toBe('Within the uncertainty');
		const longer = checkDistanceClaim({
			claimedMeters: 100_000,
			computedMeters: 112_500,
			uncertaintyMeters: 5_000
		});
		expect(longer.differenceMeters).toBe(12_500);
		expect(longer.differenceText).toBe('+12.5 km (+12.5 %)');
		expect(longer.verdict).toContain('longer');
		expect(longer.label).toBe('Outside the uncertainty');
	});

	it('writes no sign on a zero difference, and no percentage for a zero claim', () => {
		expect(
			checkDistanceClaim({ claimedMeters: 5_000, computedMeters: 5_000, uncertaintyMeters: 0 })
				.differenceText
		).toBe('0.0 m (0.0 %)');
		expect(
			checkDistanceClaim({ claimedMeters: 0, computedMeters: 2_500, uncertaintyMeters: 0 })
				.differenceText
		).toBe('+2.50 km');
	});

	it('writes the verdict in the chosen unit', () => {
		const r = checkDistanceClaim(
			{ claimedMeters: 140_000, computedMeters: computed, uncertaintyMeters: 43_000 },
			'mi'
		);
		expect(r.verdict).toContain('82.6 mi');
		expect(r.verdict).toContain('±26.7 mi');
		expect(r.differenceText).toBe('−4.39 mi (−5.0 %)');
	});

	it('names the bad parameter', () => {
		expect(() =>
			checkDistanceClaim({ claimedMeters: -1, computedMeters: 1, uncertaintyMeters: 0 })
		).toThrow(/claimedMeters/);
		expect(() =>
			checkDistanceClaim({ claimedMeters: 1, computedMeters: NaN, uncertaintyMeters: 0 })
		).toThrow(/computedMeters/);
		expect(() =>
			checkDistanceClaim({ claimedMeters: 1, computedMeters: 1, uncertaintyMeters: -5 })
		).toThrow(/uncertaintyMeters/);
	});
});
