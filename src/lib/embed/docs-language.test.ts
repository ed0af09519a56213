/**
 * The docs in both languages: the `lang` parameter and the `ready` message's `lang` documented,
 * the prose read in the page's language when asked for (not when the module loaded), and the
 * code in it (between backticks) the same in Russian as in English.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '$lib/i18n/locales';
import { urlLocale } from '$lib/i18n/url-locale';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import {
	INBOUND_MESSAGES,
	LINK_PARAMETERS,
	OUTBOUND_MESSAGES,
	PROTOCOL_NOTES,
	URL_PARAMETERS,
	embedDocsMarkdown
} from './docs';
import { outbound } from './messages';

const inLocale = (locale: Locale) => overwriteGetLocale(() => locale);

/** Every text of the docs that is prose, with a name for failures. */
function prose(): [string, string][] {
	return [
		...[...URL_PARAMETERS, ...LINK_PARAMETERS].flatMap((p): [string, string][] => [
			[`${p.name} default`, p.default],
			[`${p.name} description`, p.description]
		]),
		...[...OUTBOUND_MESSAGES, ...INBOUND_MESSAGES].flatMap((m): [string, string][] => [
			[`${m.direction} ${m.type}`, m.description],
			...m.fields.map((f): [string, string] => [`${m.type}.${f.name}`, f.description])
		]),
		...PROTOCOL_NOTES.map((note, i): [string, string] => [`rule ${i}`, note()])
	];
}

/** The code spans of a text (between backticks). */
const codeIn = (text: string) => text.split('`').filter((_, i) => i % 2 === 1);

describe('the docs’ language', () => {
	afterEach(() => inLocale('en'));

	it('document `lang`: its values, an example that the server reads', () => {
		const lang = LINK_PARAMETERS.find((p) => p.name === 'lang');
		expect(lang?.syntax).toBe(`lang=${LOCALES.join('|')}`);
		expect(urlLocale(new URLSearchParams(`lang=${lang?.example}`))).toBe(lang?.example);
		expect(lang?.description).toContain('`en`');
		expect(lang?.description).toContain('Accept-Language');
		expect(embedDocsMarkdown()).toContain('`lang=ru`');
	});

	it('document the `lang` the `ready` message carries, as the map builds it', () => {
		const ready = OUTBOUND_MESSAGES.find((m) => m.type === 'ready')!;
		expect(ready.fields.map((f) => f.name)).toEqual(['lang']);
		expect(ready.fields[0]?.type).toBe("'en' | 'ru'");
		expect(outbound.ready('en')).toEqual(ready.example);
	});

	it('read the prose in the page’s language when asked, the code unchanged', () => {
		const english = prose();
		inLocale('ru');
		const russian = prose();
		expect(russian.map(([name]) => name)).toEqual(english.map(([name]) => name));
		english.forEach(([name, en], i) => {
			const ru = russian[i]![1];
			// a default that is a value (`km`, layer ids) is the same in every language
			if (/^[a-z0-9,-]+$/.test(en)) expect(ru, name).toBe(en);
			else {
				expect(ru, name).not.toBe(en);
				expect(ru, name).toMatch(/[а-яё]/i);
			}
			expect(codeIn(ru).sort(), name).toEqual(codeIn(en).sort());
		});
		expect(URL_PARAMETERS.find((p) => p.name === 'view')?.default).toBe('весь Таджикистан в кадре');
	});
});
