import { describe, expect, it } from 'vitest';
import { requestLocale } from './request';

const q = (s: string) => new URLSearchParams(s);

describe('requestLocale', () => {
	it('takes lang= from the URL, in any case, over Accept-Language', () => {
		expect(requestLocale(q('lang=ru'), 'en-GB')).toEqual({ locale: 'ru', negotiated: false });
		expect(requestLocale(q('lang=RU'), null)).toEqual({ locale: 'ru', negotiated: false });
		expect(requestLocale(q('lang=en'), 'ru')).toEqual({ locale: 'en', negotiated: false });
	});
	it('negotiates from Accept-Language when the URL does not say (or says something else)', () => {
		expect(requestLocale(q(''), 'ru-RU,ru;q=0.9,en;q=0.8')).toEqual({
			locale: 'ru',
			negotiated: true
		});
		expect(requestLocale(q(''), 'de-DE,en;q=0.5,ru;q=0.9')).toEqual({
			locale: 'ru',
			negotiated: true
		});
		expect(requestLocale(q('lang=fr'), 'en-US,en;q=0.9')).toEqual({
			locale: 'en',
			negotiated: true
		});
		expect(requestLocale(q('lang='), 'uk,ru;q=0.7')).toEqual({ locale: 'ru', negotiated: true });
	});
	it('falls back to English', () => {
		expect(requestLocale(q(''), null)).toEqual({ locale: 'en', negotiated: true });
		expect(requestLocale(q(''), 'de, fr;q=0.5')).toEqual({ locale: 'en', negotiated: true });
		expect(requestLocale(q(''), '*')).toEqual({ locale: 'en', negotiated: true });
		expect(requestLocale(q(''), ';;;,,q=')).toEqual({ locale: 'en', negotiated: true });
	});
});
