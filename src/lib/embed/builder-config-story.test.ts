import { describe, expect, it } from 'vitest';
import { parseMapState } from '$lib/state/url';
import { knownFeatureIds } from '$lib/data/catalog';
import { defaultMapState } from '$lib/state/map-state';
import { buildEmbedCode } from './embed-code';
import { oembedResponse } from './oembed';
import {
	defaultBuilderConfig,
	embedCodeFor,
	previewSrc,
	previewUpdate,
	withStory
} from './builder-config';

const ORIGIN = 'https://map.example';

describe('builder: the story option', () => {
	const selected = {
		...defaultMapState(),
		select: 'gbao',
		view: { zoom: 7, lat: 38.5, lon: 70, bearing: 0, pitch: 0 },
		measure: [
			[68, 38],
			[69, 37]
		] as [number, number][],
		theme: 'dark' as const,
		layers: ['tj-af-border' as const]
	};

	it('starting at a passage clears what the story decides and keeps the rest', () => {
		const s = withStory(selected, 'p-3');
		expect(s).toMatchObject({ story: 'p-3', select: null, view: null, measure: [], theme: 'dark' });
		expect(s.layers).toEqual(['tj-af-border']);
		expect(withStory(s, null).story).toBeNull();
	});

	it('previews, embeds and links the story with story=p-N', () => {
		const config = defaultBuilderConfig(withStory(defaultMapState(), 'p-3'));
		expect(previewSrc(config.state)).toBe('/embed?story=p-3');
		const code = embedCodeFor(config, ORIGIN);
		expect(code.src).toBe(`${ORIGIN}/embed?story=p-3`);
		// what the builder writes, /embed reads back without a notice
		const back = parseMapState(new URL(code.src).searchParams, { knownFeatureIds, embed: true });
		expect(back.notices).toEqual([]);
		expect(back.state).toEqual(config.state);
	});

	it('a pasted story link gives oEmbed an iframe of the same story', () => {
		const answer = oembedResponse(
			new URLSearchParams({ url: `${ORIGIN}/embed?story=p-8&theme=dark` }),
			{ origin: ORIGIN }
		);
		expect(answer.status).toBe(200);
		if (answer.status !== 200) return;
		const src = buildEmbedCode({
			origin: ORIGIN,
			state: { ...defaultMapState(), story: 'p-8', theme: 'dark' },
			width: answer.body.width,
			height: answer.body.height,
			responsive: false,
			autoHeight: false,
			title: answer.body.title
		}).src;
		expect(src).toBe(`${ORIGIN}/embed?theme=dark&story=p-8`);
		expect(answer.body.html).toContain(`src="${src.replace('&', '&amp;')}"`);
	});

	it('moving between passages, or in and out of the story, reloads the preview', () => {
		const plain = defaultMapState();
		expect(previewUpdate(plain, withStory(plain, 'p-3'))).toEqual({ navigate: true });
		expect(previewUpdate(withStory(plain, 'p-3'), withStory(plain, 'p-4'))).toEqual({
			navigate: true
		});
		expect(previewUpdate(withStory(plain, 'p-3'), plain)).toEqual({ navigate: true });
		// the theme of a story preview changes by message, as for any embed
		expect(
			previewUpdate(withStory(plain, 'p-3'), { ...withStory(plain, 'p-3'), theme: 'dark' })
		).toEqual({ navigate: false, commands: [{ type: 'setTheme', theme: 'dark' }] });
	});
});
