/**
 * /about's and /data's server-side words and numbers follow the request's language, each
 * language built once; English stays as it was.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setServerLocaleSource } from '$lib/i18n/locale';
import type { Locale } from '$lib/i18n/locales';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { catalogById } from '$lib/data/catalog';
import { lineUncertaintyNote } from '$lib/data/line-uncertainty';
import type { BorderProperties } from '$lib/data/types';
import { aboutDataFor, borderParts, lineDetail } from './about-data';
import { dataIndexFor, formatKilobytes } from './data-index';

function inLocale(locale: Locale) {
	overwriteGetLocale(() => locale);
	setServerLocaleSource(() => locale);
}

const islands = {
	mainLineMeters: 1_614_300,
	ringsMeters: [884.6, 226, 4161.7, 1000, 2000],
	ringsName: 'Tajik islands in the border rivers',
	vertexSpacingMeters: { median: 405, max: 4616 },
	publishedLengthsKm: [{ value: 1344.15, qualifier: '', source: 'Fixture', url: null }]
} as unknown as BorderProperties;

describe('in Russian', () => {
	beforeEach(() => inLocale('ru'));
	afterEach(() => inLocale('en'));

	it('words and formats the border figures in Russian', () => {
		const [main, rings] = borderParts(islands);
		expect(main?.label).toBe('Основная линия, от точки стыка до точки стыка');
		expect(rings?.label).toBe('Таджикские острова в пограничных реках');
		expect(rings?.value).toMatch(/^5 колец, вместе 8,3\s?км \(от 226\s?м до 4,16\s?км каждое\)$/);
		expect(lineDetail(islands)).toMatch(/^Вершины линии источника .* 4,62\s?км\.$/);
	});

	it('gives /about in Russian: names, kinds, coordinates, qualifiers', () => {
		const about = aboutDataFor();
		const k = about.sites.find((s) => s.id === 'kharbmaydon')!;
		expect(k.name).toBe('Полигон Харбмайдон');
		expect(k.nameLang).toBeUndefined();
		expect(k.kindLabel).toBe('Полигон');
		expect(k.coords).toBe('37,3500° с. ш., 68,5500° в. д.');
		const af = about.borders.find((b) => b.id === 'tj-af-border')!;
		expect(af.published[1]?.text).toMatch(/^около 1\s357 км$/);
		expect(af.published[0]?.text).toMatch(/^1\s344,15 км$/);
		expect(about.example?.range).toMatch(/^от 0 до /);
		expect(about.lineCaveats[0]).toMatch(
			/^Таджикско-киргизская граница сама по себе неточна: .* до 2,9\s?км\./
		);
		// a site no source names in Russian keeps its English name, marked as English
		const english = about.sites.find((s) => s.nameLang === 'en');
		if (english) expect(english.name).toMatch(/[A-Za-z]/);
	});

	it('gives /data in Russian: sizes and kinds', () => {
		expect(formatKilobytes(203063)).toBe('198,3 КБ');
		const k = dataIndexFor().features.find((f) => f.id === 'kharbmaydon')!;
		expect(k.kind).toBe('Полигон');
	});
});

describe('in English', () => {
	it('keeps the English words, and builds each language once', () => {
		inLocale('en');
		const about = aboutDataFor();
		expect(aboutDataFor()).toBe(about);
		const k = about.sites.find((s) => s.id === 'kharbmaydon')!;
		expect(k.coords).toBe('37.3500° N, 68.5500° E');
		expect(k.kindLabel).toBe('Training ground');
		expect(k.nameLang).toBeUndefined();
		expect(formatKilobytes(203063)).toBe('198.3 KB');
	});

	it('words the uncertain line’s caveat as the analyst panels do', () => {
		inLocale('en');
		const entry = catalogById.get('tj-kg-border')!;
		expect(aboutDataFor().lineCaveats).toEqual([lineUncertaintyNote(entry)]);
	});
});
