import { describe, expect, it } from 'vitest';
import { BORDER_RULES } from '../../../geodata/pipeline/steps/borders';
import { REGION_TOLERANCE_DEG } from '../../../geodata/pipeline/steps/regions';
import { claims } from '$lib/data/catalog';
import { aboutData, BORDER_RULES_SHOWN, formatMeters, REGION_TOLERANCE_SHOWN } from './about-data';
import { siteRows } from './served-data';

describe('about data', () => {
	it('quotes the thresholds the pipeline really uses', () => {
		expect(BORDER_RULES_SHOWN).toEqual(BORDER_RULES);
		expect(REGION_TOLERANCE_SHOWN).toBe(REGION_TOLERANCE_DEG);
	});

	it('has a row for every site and every claim, and the required borders', () => {
		const about = aboutData();
		expect(about.sites.map((s) => s.id)).toEqual(siteRows.map((s) => s.id));
		expect(about.claims).toHaveLength(claims.length);
		expect(about.borders.map((b) => b.id)).toEqual(
			expect.arrayContaining(['tj-af-border', 'tj-kg-border'])
		);
		expect(about.regions.map((r) => r.id)).toContain('gbao');
	});

	it('judges a claim within its uncertainty by |claimed − computed| ≤ uncertainty', () => {
		const about = aboutData();
		claims.forEach((c, i) => {
			const within = Math.abs(c.claimedMeters - c.computedMeters) <= c.uncertaintyMeters;
			expect(about.claims[i]?.within).toBe(within);
		});
	});

	it('formats metres as km above 1 km', () => {
		expect(formatMeters(1_636_907.2)).toBe('1,636.9 km');
		expect(formatMeters(850)).toBe('850 m');
		expect(formatMeters(40_000)).toBe('40 km');
	});
});
