/**
 * The /report page's chrome in both languages, rendered on the server as the reader first gets
 * it: in Russian its own words translated, the report's (title, byline) marked `lang="en"`, and
 * one line saying the report is published in English; in English, no such line.
 */
import { render } from 'svelte/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setServerLocaleSource } from '$lib/i18n/locale';
import type { Locale } from '$lib/i18n/locales';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import report from '$lib/generated/report.json';
import ReportPage from '../../routes/report/+page.svelte';

vi.mock('$app/state', () => ({
	page: { url: new URL('http://localhost/report'), route: { id: '/report' } }
}));

const NOTE_RU =
	'Доклад опубликован на английском языке; фрагменты приводятся в оригинале, без перевода.';

function renderIn(locale: Locale): string {
	overwriteGetLocale(() => locale);
	setServerLocaleSource(() => locale);
	return render(ReportPage, { props: { data: {} as never, params: {} as never } }).body;
}

describe('/report', () => {
	afterEach(() => {
		overwriteGetLocale(() => 'en');
		setServerLocaleSource(() => 'en');
	});

	it('in Russian: its chrome translated, the report’s words marked English, one note', () => {
		const body = renderIn('ru');
		expect(body).toContain('Доклад, на котором основана карта');
		expect(body).toContain('Каждый фрагмент пронумерован');
		expect(body).toContain('Источник:');
		expect(body.split(NOTE_RU).length - 1).toBe(1);
		expect(body).toMatch(new RegExp(`<h1 lang="en"[^>]*>${report.title}</h1>`));
		expect(body).toContain(`<span lang="en">${report.author}, “${report.title}”`);
	});

	it('in English: as before, without the note', () => {
		const body = renderIn('en');
		expect(body).toContain('The report behind the map');
		expect(body).toContain('Every passage is numbered and has its own link (<code>#p-N</code>)');
		expect(body).toContain('). The chips under a passage open its places on the map.');
		expect(body).toContain("Quoted for commentary and mapping; the text remains the author's.");
		expect(body).not.toContain(NOTE_RU);
		expect(body).not.toContain('The report is published in English');
	});
});
