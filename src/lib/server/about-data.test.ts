import { describe, expect, it } from 'vitest';
import { BORDER_RULES } from '../../../geodata/pipeline/steps/borders';
import { REGION_TOLERANCE_DEG } from '../../../geodata/pipeline/steps/regions';
import { claims } from '$lib/data/catalog';
import { checkDistanceClaim } from '$lib/geo/claim-check';
import { formatLength } from '$lib/geo/units';
import type { BorderProperties } from '$lib/data/types';
import {
	aboutData,
	BORDER_RULES_SHOWN,
	borderParts,
	lineDetail,
	REGION_TOLERANCE_SHOWN
} from './about-data';
import { borderProperties, servedSites } from './served-data';

/** A border's properties with only what the figures use. */
function border(over: Partial<BorderProperties>): BorderProperties {
	return {
		id: 'tj-kg-border',
		name: 'Fixture border',
		name_ru: null,
		passages: [],
		kind: 'border',
		neighbour: 'KGZ',
		lengthMeters: 0,
		mainLineMeters: 893_104.1,
		ringsMeters: [],
		ringsName: null,
		vertexSpacingMeters: { median: 405, max: 4616 },
		sourceOffsetMaxMeters: 0,
		delimited: true,
		publishedLengthsKm: [{ value: 970, qualifier: '', source: 'Fixture', url: null }],
		lengthNote: 'Fixture.',
		summary: 'Fixture.',
		...over
	};
}

describe('about data', () => {
	it('quotes the thresholds the pipeline really uses', () => {
		expect(BORDER_RULES_SHOWN).toEqual(BORDER_RULES);
		expect(REGION_TOLERANCE_SHOWN).toBe(REGION_TOLERANCE_DEG);
	});

	it('has a row for every site and every claim, and the required borders', () => {
		const about = aboutData();
		expect(about.sites.map((s) => s.id)).toEqual(servedSites.map((s) => s.id));
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

	it('uses the analyst panel’s verdict and sign (data minus report), not a rule of its own', () => {
		const about = aboutData();
		claims.forEach((c, i) => {
			const check = checkDistanceClaim(c, 'km');
			expect(about.claims[i]).toMatchObject({
				difference: check.differenceText,
				within: check.withinUncertainty,
				label: check.label,
				verdict: check.verdict
			});
		});
		// the report's "140 km" against our shorter geodesic distance: a negative difference
		const kharbmaydon = about.claims.find((c) => c.id === 'kharbmaydon-140-km-from-dushanbe');
		expect(kharbmaydon?.difference).toMatch(/^−7\.\d+ km \(−5\.\d %\)$/);
	});

	it('keeps a qualified confidence whole', () => {
		const row = aboutData().sites.find((s) => s.id === 'base-201-dushanbe');
		expect(row?.confidence).toBe('medium');
		expect(row?.confidenceNote).toBe('medium (city) / low (compound)');
	});

	it('gives a border’s main line and its rings separately, the main line against the first figure', () => {
		expect(borderParts(border({}))).toEqual([
			{ label: 'The line, tripoint to tripoint', value: '893.1 km', versusFirst: '−7.9 %' }
		]);
		const exclave = borderParts(
			border({ ringsMeters: [59_613.5], ringsName: 'the Vorukh exclave' })
		);
		expect(exclave.map((p) => p.label)).toEqual([
			'Main line, tripoint to tripoint',
			'The Vorukh exclave'
		]);
		expect(exclave[1]).toEqual({
			label: 'The Vorukh exclave',
			value: 'ring of 59.6 km',
			versusFirst: null
		});
		const islands = borderParts(
			border({ ringsMeters: [884.6, 226, 4161.7], ringsName: 'Tajik islands in the rivers' })
		);
		expect(islands[1]?.value).toBe('3 rings, 5.3 km together (226 m to 4.16 km each)');
	});

	it('describes the source line’s detail by its vertex spacing', () => {
		expect(lineDetail(border({}))).toBe(
			'Vertices of the source line lie a median 405 m apart; the longest segment is 4.62 km.'
		);
	});

	it('shows the served figures: the Kyrgyz main line and Vorukh ring, its caveat, GBAO’s note', () => {
		const about = aboutData();
		const kg = about.borders.find((b) => b.id === 'tj-kg-border');
		const kgProps = borderProperties.find((b) => b.id === 'tj-kg-border');
		expect(kg?.parts.map((p) => p.label)).toEqual([
			'Main line, tripoint to tripoint',
			'The Vorukh exclave'
		]);
		expect(kg?.versusFirst).toMatch(/^−/); // the main line is shorter than 970 km
		expect(kg?.note).not.toMatch(/coastline|10 m/);
		expect(about.lineCaveats).toHaveLength(1);
		expect(about.lineCaveats[0]).toContain('Tajik–Kyrgyz border');
		expect(about.lineCaveats[0]).toContain(
			`${((kgProps?.sourceOffsetMaxMeters ?? 0) / 1000).toFixed(1)} km apart`
		);
		expect(about.regions[0]?.note).toContain('2011');
		expect(about.regions[0]?.note).toContain('our inference');
	});

	it('formats lengths with the app’s one formatter (geo/units), signs with a true minus', () => {
		const about = aboutData();
		const af = about.borders.find((b) => b.id === 'tj-af-border')!;
		const afProps = borderProperties.find((b) => b.id === 'tj-af-border')!;
		expect(af.computed).toBe(formatLength(afProps.lengthMeters, 'km', 1));
		expect(af.computed).toBe('1,636.9 km');
		const k = about.sites.find((s) => s.id === 'kharbmaydon')!;
		expect(k.radius).toBe('±40 km');
		const crossing = about.sites.find((s) => s.id === 'crossing-panji-poyon')!;
		expect(crossing.radius).toBe('±500 m');
		// no hyphen-minus anywhere a sign is written
		for (const b of about.borders) expect(b.versusFirst ?? '').not.toMatch(/-/);
		for (const c of about.claims) expect(c.difference).not.toMatch(/-/);
	});
});
