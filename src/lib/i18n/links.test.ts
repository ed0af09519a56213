import { describe, expect, it } from 'vitest';
import { setLanguage, withLanguage } from './links';

describe('withLanguage', () => {
	it('leaves English links alone unless the reader chose a language in the URL', () => {
		expect(withLanguage('/report', 'en', false)).toBe('/report');
		expect(withLanguage('/report', 'en', true)).toBe('/report?lang=en');
		expect(withLanguage('/report', 'ru', false)).toBe('/report?lang=ru');
	});
	it('keeps the query, its commas and the fragment', () => {
		expect(withLanguage('/?view=68.5,38.5,7&select=gbao#x', 'ru', false)).toBe(
			'/?view=68.5,38.5,7&select=gbao&lang=ru#x'
		);
		expect(setLanguage('/embed?lang=en&select=gbao', 'ru')).toBe('/embed?select=gbao&lang=ru');
		expect(setLanguage('/?view=7/38.5/71&measure=68.7,38.5;69.2,37.9', 'ru')).toBe(
			'/?view=7/38.5/71&measure=68.7,38.5;69.2,37.9&lang=ru'
		);
		expect(setLanguage('/report#p-3', 'ru')).toBe('/report?lang=ru#p-3');
	});
});
