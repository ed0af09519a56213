import { describe, expect, it } from 'vitest';
import { KNOWN_FEATURE_IDS } from './arbitraries';
import { defaultMapState } from './map-state';
import { parseMapState, stateSearch, storyCodec } from './url';

const ctx = { knownFeatureIds: KNOWN_FEATURE_IDS, embed: true };
const parse = (query: string, embed = true) =>
	parseMapState(new URLSearchParams(query), { ...ctx, embed });

describe('story parameter', () => {
	it('reads a passage id leniently and writes it canonically', () => {
		for (const raw of ['p-3', 'P-3', ' p-3 ', '3', 'p3', 'p-03'])
			expect(storyCodec.parse(raw, ctx), raw).toEqual({ value: 'p-3' });
		expect(storyCodec.parse('p-16', ctx)).toEqual({ value: 'p-16' });
		expect(storyCodec.serialise('p-3')).toBe('p-3');
		expect(storyCodec.serialise(null)).toBeNull();
	});
	it('ignores a passage the report does not have, or a malformed value, with a notice', () => {
		for (const [raw, says] of [
			['p-99', 'the report has no passage 99'],
			['p-0', 'the report has no passage 0'],
			['abc', 'expected a passage of the report, p-1 to p-16'],
			['', 'it is empty'],
			['p-3;p-4', 'expected a passage']
		] as const) {
			const { state, notices } = parse(`story=${encodeURIComponent(raw)}`);
			expect(state.story, raw).toBeNull();
			expect(notices).toHaveLength(1);
			expect(notices[0]!.param).toBe('story');
			expect(notices[0]!.message).toContain(says);
			expect(notices[0]!.message).toContain('the map is shown without the story');
		}
	});
	it('wins over select, measure and view on /embed, with one notice naming them', () => {
		const { state, notices } = parse(
			'story=p-3&select=gbao&view=8/38/70&measure=68,38;69,37&layers=gbao&theme=dark'
		);
		expect(state).toMatchObject({
			story: 'p-3',
			select: null,
			view: null,
			measure: [],
			layers: ['gbao'],
			theme: 'dark'
		});
		expect(notices.map((n) => n.message)).toEqual([
			'The link’s story shows passage 3 of the report, which decides what the map shows, so its select “gbao”, measure and view were not applied (story wins).'
		]);
		// a bad story leaves select alone
		const bad = parse('story=p-99&select=gbao');
		expect(bad.state.select).toBe('gbao');
		expect(bad.notices).toHaveLength(1);
	});
	it('is written only for embeds; the full map parses it quietly and keeps select', () => {
		const home = parse('story=p-99&select=gbao', false);
		expect(home.notices).toEqual([]);
		expect(parse('story=p-3&select=gbao', false).state.select).toBe('gbao');
		const state = { ...defaultMapState(), story: 'p-4' };
		expect(stateSearch(state, { embed: true })).toBe('?story=p-4');
		expect(stateSearch(state, { embed: false })).toBe('');
	});
});
