/**
 * The chrome every page shares (error page, notices, copy and cite boxes, theme switch) in
 * English, word for word as before the translation, and in Russian, with the page's language kept
 * in its internal links. Rendered on the server.
 */
import { render } from 'svelte/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setServerLocaleSource } from '$lib/i18n/locale';
import type { Locale } from '$lib/i18n/locales';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import ErrorPage from '../../routes/+error.svelte';
import CiteView from '$lib/cite/CiteView.svelte';
import CodeBox from './embed/CodeBox.svelte';
import Notices from './Notices.svelte';
import ThemeToggle from '$lib/page/ThemeToggle.svelte';
import CopyLink from '$lib/page/CopyLink.svelte';
import type { MapPage } from '$lib/page/map-page.svelte';

const kit = vi.hoisted(() => ({ page: { status: 404, url: new URL('http://localhost/') } }));
vi.mock('$app/state', () => kit);

function inLocale(locale: Locale, url = 'http://localhost/') {
	overwriteGetLocale(() => locale);
	setServerLocaleSource(() => locale);
	kit.page.url = new URL(url);
}

/** The text a reader sees (tags dropped, white space collapsed as a browser shows it). */
const text = (html: string) =>
	html
		.replace(/<!--[^]*?-->/g, '')
		.replace(/<[^>]+>/g, '')
		.replace(/\s+/g, ' ')
		.trim();

const stubPage = (theme: 'light' | 'dark') =>
	({ theme, permalink: () => 'http://localhost/?v=0' }) as unknown as MapPage;

describe('in English', () => {
	beforeEach(() => inLocale('en'));

	it('the error page says what it said', () => {
		kit.page.status = 404;
		const { body, head } = render(ErrorPage);
		expect(head).toContain('<title>Page not found — Frontier Map</title>');
		expect(text(body)).toBe(
			'Frontier Map Error 404 Page not found There is no page at this address. It may have ' +
				'been mistyped, or the link may be old. Back to the map Or read the report, get the ' +
				'data, or see how the map was made.'
		);
		expect(body).toContain('<a href="/report">the report</a>');
		kit.page.status = 500;
		expect(text(render(ErrorPage).body)).toContain(
			'Error 500 Something went wrong The server could not show this page. Please try again in a moment.'
		);
		kit.page.status = 400;
		expect(text(render(ErrorPage).body)).toContain(
			'This request could not be handled The address could not be understood.'
		);
	});

	it('the cite, copy, notice and theme controls keep their words', () => {
		const cite = render(CiteView, { props: { permalink: 'http://localhost/?v=0' } }).body;
		expect(cite).toContain('aria-label="Citation format"');
		expect(text(cite)).toMatch(/^Plain textBibTeXCSL-JSON Citation \(Plain text\) Copy /);
		expect(text(cite)).toMatch(
			/Data version \w+ \([\d-]+\); the link reopens this view and says if the data has changed since\. Versions and changelog$/
		);
		expect(cite).toContain('href="/data#changelog"');
		const notices = render(Notices, {
			props: { items: [{ id: 'a', message: 'x', tone: 'info' }], ondismiss: () => {} }
		}).body;
		expect(notices).toContain('aria-label="Dismiss notice"');
		expect(render(ThemeToggle, { props: { page: stubPage('light') } }).body).toContain(
			'aria-label="Switch to dark theme"'
		);
		const copy = render(CopyLink, { props: { page: stubPage('light') } }).body;
		expect(copy).toContain('title="Copy link to this view"');
		expect(text(copy)).toBe('Copy link');
	});
});

describe('in Russian', () => {
	beforeEach(() => inLocale('ru', 'http://localhost/nowhere?lang=ru'));
	afterEach(() => inLocale('en'));

	it('the error page is Russian and its links keep the language', () => {
		kit.page.status = 404;
		const { body, head } = render(ErrorPage);
		expect(head).toContain('<title>Страница не найдена — Frontier Map</title>');
		expect(text(body)).toBe(
			'Frontier Map Ошибка 404 Страница не найдена По этому адресу страницы нет. Возможно, в ' +
				'адресе опечатка или ссылка устарела. Вернуться к карте Или прочитайте доклад, скачайте ' +
				'данные или узнайте, как сделана карта.'
		);
		expect(body).toContain('<a href="/report?lang=ru">доклад</a>');
		expect(body).toContain('href="/?lang=ru"');
	});

	it('the cite, copy, notice and theme controls are Russian; the citation stays English', () => {
		const cite = render(CiteView, { props: { permalink: 'http://localhost/?v=0' } }).body;
		expect(cite).toContain('aria-label="Формат ссылки для цитирования"');
		expect(text(cite)).toMatch(/^Простой текстBibTeXCSL-JSON Ссылка для цитирования/);
		expect(text(cite)).toContain('Скопировать');
		expect(text(cite)).toMatch(/Версия данных \w+ \([\d-]+\); ссылка снова откроет/);
		expect(cite).toContain('href="/data?lang=ru#changelog"');
		expect(cite).toContain('Map view, Frontier Map, data version');
		const notices = render(Notices, {
			props: { items: [{ id: 'a', message: 'x', tone: 'info' }], ondismiss: () => {} }
		}).body;
		expect(notices).toContain('aria-label="Закрыть уведомление"');
		expect(render(ThemeToggle, { props: { page: stubPage('dark') } }).body).toContain(
			'aria-label="Включить светлую тему"'
		);
		expect(text(render(CopyLink, { props: { page: stubPage('light') } }).body)).toBe(
			'Скопировать ссылку'
		);
		const code = render(CodeBox, { props: { code: 'x', label: 'L', id: 'c' } }).body;
		expect(text(code)).toBe('L Скопировать x');
	});
});
