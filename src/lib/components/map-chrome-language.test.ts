/**
 * The map's chrome (popup card, report passages) in Russian: its own words translated, the
 * report's English marked `lang="en"`, and one line saying the report is in English; in English
 * no such line. Rendered on the server, as the no-WebGL list is.
 */
import { render } from 'svelte/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { catalogById } from '$lib/data/catalog';
import type { Passage } from '$lib/data/types';
import { setServerLocaleSource } from '$lib/i18n/locale';
import type { Locale } from '$lib/i18n/locales';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import report from '$lib/generated/report.json';
import FeatureDetails from './FeatureDetails.svelte';
import ReportPassages from './ReportPassages.svelte';

vi.mock('$app/state', () => ({ page: { url: new URL('http://localhost/') } }));

const NOTE_RU = 'Доклад опубликован на английском; фрагменты приводятся в оригинале.';
const NOTE_EN = 'The report is published in English; its passages are quoted as written.';

function inLocale(locale: Locale) {
	overwriteGetLocale(() => locale);
	setServerLocaleSource(() => locale);
}

const kharbmaydon = catalogById.get('kharbmaydon')!;
const passages = report.passages as Passage[];

describe('in Russian', () => {
	beforeEach(() => inLocale('ru'));
	afterEach(() => inLocale('en'));

	it('a card translates its labels and marks the report’s words as English', () => {
		const { body } = render(FeatureDetails, { props: { entry: kharbmaydon, onzoom: () => {} } });
		expect(body).toContain('Полигон');
		expect(body).toContain('Названо в докладе');
		expect(body).toContain('Доклад, фрагмент 3');
		expect(body).toContain('Положение:');
		expect(body).toContain('уверенность');
		expect(body).toContain('низкая');
		expect(body).toContain('° с. ш.');
		expect(body).toContain('Приблизить');
		expect(body).not.toContain('Read in report');
		expect(body).toMatch(/<p lang="en"[^>]*>“The central part of the exercises/);
		expect(body.split(NOTE_RU)).toHaveLength(2);
	});

	it('a card without passages has no note; a list of cards can leave it out', () => {
		const unmentioned = [...catalogById.values()].find((e) => e.passages.length === 0);
		if (unmentioned) {
			const { body } = render(FeatureDetails, { props: { entry: unmentioned } });
			expect(body).not.toContain(NOTE_RU);
		}
		const { body } = render(FeatureDetails, {
			props: { entry: kharbmaydon, reportLanguageNote: false }
		});
		expect(body).not.toContain(NOTE_RU);
	});

	it('the passages say once that they are the report’s English, and are marked so', () => {
		const { body } = render(ReportPassages, { props: { passages } });
		expect(body.split(NOTE_RU)).toHaveLength(2);
		expect(body).toContain('aria-label="Фрагмент 1"');
		expect(body).toContain('aria-label="Ссылка на фрагмент 1"');
		const marked = body.match(/<p lang="en"/g) ?? [];
		expect(marked).toHaveLength(passages.length);
		expect(body).toContain('href="/?select=dushanbe&amp;lang=ru"');
	});
});

describe('in English', () => {
	it('no note about the report’s language', () => {
		const card = render(FeatureDetails, { props: { entry: kharbmaydon } }).body;
		const list = render(ReportPassages, { props: { passages } }).body;
		for (const body of [card, list]) {
			expect(body).not.toContain(NOTE_EN);
			expect(body).not.toContain(NOTE_RU);
		}
		expect(card).toContain('Named in the report');
		expect(list).not.toContain('?lang=');
	});
});
