/**
 * The URL's notices in the page's language: the parser's own notices (a repeated parameter, a
 * value too long) as well as the codecs'. Each names the parameter and the value as written.
 */
import { describe, expect, it } from 'vitest';
import { inLocale } from '$lib/analyst/testing/in-locale';
import { parseDataVersion } from './data-version';
import { MAX_MEASURE_POINTS } from './map-state';
import { parseToolState } from './tool-params';
import { MAX_PARAM_LENGTH, parseMapState } from './url';

const ctx = { knownFeatureIds: new Set(['kharbmaydon']), embed: false };
const notices = (query: string) => parseMapState(new URLSearchParams(query), ctx).notices;

describe('the parser’s own notices', () => {
	it('a repeated parameter, in English and in Russian', () => {
		expect(inLocale('en', () => notices('units=mi&units=nmi&units=km'))).toEqual([
			{
				param: 'units',
				value: '“mi”',
				message: 'The link gives units 3 times; the first value, “mi”, was used.'
			}
		]);
		expect(inLocale('ru', () => notices('units=mi&units=nmi')[0]?.message)).toBe(
			'В ссылке параметр units указан несколько раз (2); использовано первое значение, “mi”.'
		);
	});

	it('a value too long, in English and in Russian', () => {
		const long = `select=${'x'.repeat(MAX_PARAM_LENGTH + 1)}`;
		expect(inLocale('en', () => notices(long)[0]?.message)).toBe(
			`The link’s select value is too long (${MAX_PARAM_LENGTH + 1} characters, at most ${MAX_PARAM_LENGTH}), so it was ignored.`
		);
		expect(inLocale('ru', () => notices(long)[0]?.message)).toBe(
			`Значение параметра select в ссылке слишком длинное (символов: ${MAX_PARAM_LENGTH + 1}, допускается не больше ${MAX_PARAM_LENGTH}), поэтому оно не учтено.`
		);
	});
});

/** Links that give every kind of notice the URL's parsers have, one parameter at a time. */
const BAD_LINKS = [
	'view=',
	'view=abc',
	'view=1/2',
	'view=7/x/71',
	'view=7/95/71',
	'view=25/38/71/0/80',
	'layers=nowhere',
	'layers=gbao,nowhere,elsewhere,more,again',
	'select=nowhere',
	'measure=1,2',
	'measure=a;b',
	'measure=68,38;200,38',
	`measure=${Array.from({ length: MAX_MEASURE_POINTS + 1 }, (_, i) => `68.${i},38`).join(';')}`,
	'units=furlongs',
	'theme=neon',
	'controls=teleport',
	'controls=zoom,teleport',
	'story=',
	'story=p-99',
	'story=chapter',
	'story=p-3&select=gbao',
	'units=mi&units=km',
	`theme=${'x'.repeat(MAX_PARAM_LENGTH + 1)}`,
	'event=nowhere',
	'rings=abc',
	'rings=-5,100000',
	'from=abc',
	'border=nowhere',
	`rings=${'1'.repeat(MAX_PARAM_LENGTH + 1)}`,
	'v=not-a-version'
];

/** Every notice a link gets, from every parser a page runs (`/embed`'s or `/`'s). */
function everyNotice(query: string, embed: boolean): string[] {
	const params = new URLSearchParams(query);
	const version = parseDataVersion(params);
	return [
		...parseMapState(params, { knownFeatureIds: new Set(['gbao']), embed }).notices.map(
			(n) => n.message
		),
		...parseToolState(params, { knownEventIds: new Set(['e-1']) }).notices,
		...(version && 'notice' in version && version.notice ? [version.notice] : [])
	];
}

describe('every URL notice in Russian is in Russian', () => {
	const named = BAD_LINKS.map((q) => [q.length > 50 ? `${q.slice(0, 40)}…` : q, q] as const);
	it.each(named)('%s', (_, query) => {
		const notices = inLocale('ru', () => [
			...everyNotice(query, true),
			...everyNotice(query, false)
		]);
		expect(notices.length, 'the link gives a notice').toBeGreaterThan(0);
		for (const notice of notices) {
			// the parameter and the value stay as written; the sentence around them is Russian
			expect(notice).toMatch(/[а-яё]{3}/i);
			expect(notice).not.toMatch(/\b(the|link|was|were|is|could|ignored|used|shown|value)\b/i);
		}
	});
});
