/**
 * The browser build's per-language messages (scripts/i18n-locale-split.js) take each language's
 * text out of Paraglide's compiled modules: plain texts as literals, the rest as Paraglide wrote
 * them. Read on real compiled output, so a Paraglide upgrade that changes its shape fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compiledText } from '../../../scripts/i18n-locale-split.js';

const compiled = (key: string) => readFileSync(`src/lib/paraglide/messages/${key}.js`, 'utf8');

describe('compiledText', () => {
	it('gives a plain message as a template literal, per language', () => {
		expect(compiledText(compiled('site_nav_report'), 'en', 'site_nav_report')).toBe('`Report`');
		expect(compiledText(compiled('site_nav_report'), 'ru', 'site_nav_report')).toBe('`Доклад`');
	});

	it('gives a message with inputs or plurals as a function that works on its own', () => {
		const registry = {
			plural: (l: string, i: unknown) => new Intl.PluralRules(l).select(Number(i))
		};
		const source = compiledText(compiled('url_layers_unknown'), 'ru', 'url_layers_unknown');
		const fn = new Function('registry', `return ${source}`)(registry);
		expect(fn({ count: 1 })).toBe('неизвестный слой');
		expect(fn({ count: 3 })).toBe('неизвестные слои');
		const switchText = compiledText(compiled('site_language_switch'), 'en', 'site_language_switch');
		expect(new Function(`return ${switchText}`)()({ language: 'Русский' })).toBe(
			'Read this page in Русский'
		);
	});

	it('says which message it could not find', () => {
		expect(() => compiledText(compiled('site_nav_report'), 'de', 'site_nav_report')).toThrow(
			/no de text compiled for site_nav_report/
		);
	});
});
