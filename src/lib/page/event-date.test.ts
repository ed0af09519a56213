import { describe, expect, it } from 'vitest';
import { events } from '$lib/data/catalog';
import type { Locale } from '$lib/i18n/locales';
import { eventDate, filterPeriod } from './event-date';

// ICU puts narrow no-break spaces before "г.": compare with plain spaces
const plain = (s: string | null) => s?.replace(/\s/g, ' ') ?? null;
const date = (dateText: string, start: string, end = start, locale: Locale = 'ru') =>
	plain(eventDate({ dateText, start, end }, locale));
const period = (start: string, end: string, locale: Locale) =>
	plain(filterPeriod({ start, end }, locale));

describe('eventDate', () => {
	it('is the report’s wording in English, whatever it is', () => {
		for (const e of events) expect(eventDate(e, 'en')).toBe(e.dateText);
		expect(date('sometime', 'x', 'x', 'en')).toBe('sometime');
	});

	it('writes days and ranges of days in Russian', () => {
		expect(date('28–29 April 2021', '2021-04-28', '2021-04-29')).toBe('28–29 апреля 2021 г.');
		expect(date('October 7th, 2022', '2022-10-07')).toBe('7 октября 2022 г.');
		expect(
			date('from September 26th, 2022, to October 8th, 2022', '2022-09-26', '2022-10-08')
		).toBe('26 сентября – 8 октября 2022 г.');
	});

	it('keeps a month-only wording to the month, though start/end are sharper', () => {
		expect(date('October 2021', '2021-10-27')).toBe('Октябрь 2021 г.');
		expect(date('May 2022', '2022-05-14', '2022-05-31')).toBe('Май 2022 г.');
	});

	it('keeps “mid-” a month’s middle', () => {
		expect(date('mid-August 2022', '2022-08-10', '2022-08-20')).toBe('Середина августа 2022 г.');
	});

	it('gives up (null: the English wording is shown) when it cannot say the same', () => {
		expect(date('early 2022', '2022-01-01', '2022-03-31')).toBeNull();
		// the wording's month or days disagree with start/end
		expect(date('October 2021', '2021-11-02')).toBeNull();
		expect(date('October 7th, 2022', '2022-10-08')).toBeNull();
		expect(date('October 2021', 'not a date')).toBeNull();
	});

	it('writes every event of the timeline in Russian', () => {
		for (const e of events) expect(plain(eventDate(e, 'ru')), e.id).toMatch(/\d{4} г\.$/);
	});
});

describe('filterPeriod', () => {
	it('is ISO days in English, as before', () => {
		expect(period('2022-10-10', '2022-10-21', 'en')).toBe('2022-10-10 – 2022-10-21');
		expect(period('2022-10-07', '2022-10-07', 'en')).toBe('2022-10-07');
	});

	it('is the days written out in Russian', () => {
		expect(period('2022-10-10', '2022-10-21', 'ru')).toBe('10–21 октября 2022 г.');
		expect(period('2022-10-07', '2022-10-07', 'ru')).toBe('7 октября 2022 г.');
	});
});
