import { describe, expect, it } from 'vitest';
import { defaultMapState } from '$lib/state/map-state';
import { DEFAULT_EMBED_TITLE, defaultEmbedTitle } from './embed-code';
import { oembedResponse } from './oembed';
import {
	defaultBuilderConfig,
	embedCodeFor,
	initialEmbedLanguage,
	mapLinkFor,
	previewSrc,
	withEmbedLanguage
} from './builder-config';

const ORIGIN = 'https://map.example';
const RU_TITLE = defaultEmbedTitle('ru');

describe('builder: the language option', () => {
	const state = { ...defaultMapState(), select: 'gbao', theme: 'dark' as const };

	it('writes no lang= by default: each reader’s browser decides, as before', () => {
		const config = defaultBuilderConfig(state);
		expect(config.lang).toBeNull();
		expect(config.title).toBe(DEFAULT_EMBED_TITLE);
		expect(previewSrc(config.state, config.lang)).toBe('/embed?select=gbao&theme=dark');
		expect(embedCodeFor(config, ORIGIN).src).toBe(`${ORIGIN}/embed?select=gbao&theme=dark`);
		expect(mapLinkFor(config, ORIGIN)).toBe(`${ORIGIN}/?select=gbao&theme=dark`);
	});

	it('puts lang=ru in the preview, the embed code and the oEmbed link alike', () => {
		const config = defaultBuilderConfig(state, 'ru');
		expect(previewSrc(config.state, config.lang)).toBe('/embed?select=gbao&theme=dark&lang=ru');
		const code = embedCodeFor(config, ORIGIN);
		expect(code.src).toBe(`${ORIGIN}/embed?select=gbao&theme=dark&lang=ru`);
		expect(code.html).toContain(`src="${ORIGIN}/embed?select=gbao&amp;theme=dark&amp;lang=ru"`);
		expect(code.html).toContain(`title="${RU_TITLE}"`);
		const link = mapLinkFor(config, ORIGIN);
		expect(link).toBe(`${ORIGIN}/?select=gbao&theme=dark&lang=ru`);
		// a CMS given the link gets the same iframe back from the oEmbed provider
		const answer = oembedResponse(new URLSearchParams({ url: link }), { origin: ORIGIN });
		expect(answer.status).toBe(200);
		expect('body' in answer && answer.body.html).toContain(
			`src="${ORIGIN}/embed?select=gbao&amp;theme=dark&amp;lang=ru"`
		);
	});

	it('writes lang=en when English is chosen, also on a state with no other parameter', () => {
		const config = defaultBuilderConfig(defaultMapState(), 'en');
		expect(previewSrc(config.state, config.lang)).toBe('/embed?lang=en');
		expect(embedCodeFor(config, ORIGIN).src).toBe(`${ORIGIN}/embed?lang=en`);
		expect(mapLinkFor(config, ORIGIN)).toBe(`${ORIGIN}/?lang=en`);
	});

	it('moves a default title into the chosen language and keeps one the user wrote', () => {
		const english = defaultBuilderConfig(state);
		const russian = withEmbedLanguage(english, 'ru');
		expect(russian).toMatchObject({ lang: 'ru', title: RU_TITLE });
		expect(withEmbedLanguage(russian, 'en')).toMatchObject({
			lang: 'en',
			title: DEFAULT_EMBED_TITLE
		});
		// no language: the builder's own (English in these tests)
		expect(withEmbedLanguage(russian, null)).toMatchObject({
			lang: null,
			title: DEFAULT_EMBED_TITLE
		});
		const own = { ...english, title: 'Our map of the border' };
		expect(withEmbedLanguage(own, 'ru')).toMatchObject({
			lang: 'ru',
			title: 'Our map of the border'
		});
		// the rest of the config is untouched
		expect(withEmbedLanguage(english, 'ru').state).toBe(english.state);
	});

	it('starts in the language the builder’s link names, else a Russian builder’s own', () => {
		expect(initialEmbedLanguage('ru', 'en')).toBe('ru');
		expect(initialEmbedLanguage('en', 'ru')).toBe('en');
		expect(initialEmbedLanguage(null, 'ru')).toBe('ru');
		expect(initialEmbedLanguage(null, 'en')).toBeNull();
	});
});
