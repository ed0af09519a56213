/**
 * The URL's notices in the page's language: the parser's own notices (a repeated parameter, a
 * value too long) as well as the codecs'. Each names the parameter and the value as written.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setServerLocaleSource } from '$lib/i18n/locale';
import type { Locale } from '$lib/i18n/locales';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { MAX_PARAM_LENGTH, parseMapState } from './url';

const ctx = { knownFeatureIds: new Set(['kharbmaydon']), embed: false };
const notices = (query: string) => parseMapState(new URLSearchParams(query), ctx).notices;

function inLocale(locale: Locale) {
	overwriteGetLocale(() => locale);
	setServerLocaleSource(() => locale);
}

describe('the parser’s own notices', () => {
	afterEach(() => inLocale('en'));

	it('a repeated parameter, in English and in Russian', () => {
		inLocale('en');
		expect(notices('units=mi&units=nmi&units=km')).toEqual([
			{
				param: 'units',
				value: '“mi”',
				message: 'The link gives units 3 times; the first value, “mi”, was used.'
			}
		]);
		inLocale('ru');
		expect(notices('units=mi&units=nmi')[0]?.message).toBe(
			'В ссылке параметр units указан несколько раз (2); использовано первое значение, “mi”.'
		);
	});

	it('a value too long, in English and in Russian', () => {
		const long = `select=${'x'.repeat(MAX_PARAM_LENGTH + 1)}`;
		inLocale('en');
		expect(notices(long)[0]?.message).toBe(
			`The link’s select value is too long (${MAX_PARAM_LENGTH + 1} characters, at most ${MAX_PARAM_LENGTH}), so it was ignored.`
		);
		inLocale('ru');
		expect(notices(long)[0]?.message).toBe(
			`Значение параметра select в ссылке слишком длинное (символов: ${MAX_PARAM_LENGTH + 1}, допускается не больше ${MAX_PARAM_LENGTH}), поэтому оно не учтено.`
		);
	});
});
