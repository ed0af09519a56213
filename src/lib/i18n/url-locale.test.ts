import { describe, expect, it } from 'vitest';
import { languageNotice, urlLocale } from './url-locale';

const q = (s: string) => new URLSearchParams(s);

describe('urlLocale', () => {
	it('reads lang= in any case and with spaces; anything else is null', () => {
		expect(urlLocale(q('lang=ru'))).toBe('ru');
		expect(urlLocale(q('lang=%20EN%20'))).toBe('en');
		expect(urlLocale(q('lang=fr'))).toBeNull();
		expect(urlLocale(q(''))).toBeNull();
	});
});

describe('languageNotice', () => {
	it('says which value was ignored, what is expected and which language the page is in', () => {
		const notice = languageNotice(q('lang=fr'), 'en');
		expect(notice).toContain('lang');
		expect(notice).toContain('fr');
		expect(notice).toContain('en, ru');
		expect(notice).toContain('English');
	});

	it('is null when the URL names one of our languages, or none', () => {
		expect(languageNotice(q('lang=RU'), 'ru')).toBeNull();
		expect(languageNotice(q('select=gbao'), 'en')).toBeNull();
	});

	it('quotes an empty value rather than staying silent', () => {
		expect(languageNotice(q('lang='), 'en')).toContain('lang');
	});
});
