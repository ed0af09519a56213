/**
 * A timeline event's date in the page's language. English shows the report's own wording
 * (`dateText`, e.g. "mid-August 2022") as it always has; Russian writes the same date with `Intl`,
 * at the precision that wording gives — a day or days, a month, or the middle of a month — so
 * it never reads sharper than the report (the sharper `start`/`end` come from other sources,
 * which the event's date note names). A wording not recognised stays in English (null).
 */
import { BASE_LOCALE, intlLocale, type Locale } from '$lib/i18n/locales';
import type { ReportEvent } from '$lib/data/types';
import * as m from '$lib/paraglide/messages';

type EventDates = Pick<ReportEvent, 'start' | 'end' | 'dateText'>;

const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];

/** An ISO day as the UTC midnight Intl formats (a time zone never moves it to another day). */
function utcDay(iso: string): Date | null {
	const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	return d ? new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]))) : null;
}

function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	return new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone: 'UTC' });
}

/** "28–29 April 2021" in the locale: a day, or a range of days. */
function dayRange(startIso: string, endIso: string, locale: Locale): string | null {
	const start = utcDay(startIso);
	const end = utcDay(endIso);
	if (!start || !end || end < start) return null;
	const f = formatter(locale, { day: 'numeric', month: 'long', year: 'numeric' });
	return f.formatRange(start, end);
}

/** The months and years a wording names, and its day numbers (1–31). */
function wordingOf(text: string) {
	const lower = text.toLowerCase();
	const months = MONTHS.flatMap((name, i) => (new RegExp(`\\b${name}\\b`).test(lower) ? [i] : []));
	const years = [...lower.matchAll(/\b(\d{4})\b/g)].map((x) => Number(x[1]));
	const days = [...lower.matchAll(/\b(\d{1,2})(?:st|nd|rd|th)?\b/g)].map((x) => Number(x[1]));
	return { lower, months, years, days };
}

const sameSet = (a: readonly number[], b: readonly number[]) =>
	a.every((x) => b.includes(x)) && b.every((x) => a.includes(x));

/**
 * The event's date as the page shows it: English, the report's wording; another language, that
 * wording's date written by `Intl` (null when the wording is not one this recognises or does
 * not agree with `start`/`end`: the page then shows the English wording, marked as English).
 */
export function eventDate(e: EventDates, locale: Locale): string | null {
	if (locale === BASE_LOCALE) return e.dateText;
	const date = writtenDate(e, locale);
	// a line of its own: "Октябрь 2021 г.", not "октябрь 2021 г."
	return date && date.charAt(0).toLocaleUpperCase(intlLocale(locale)) + date.slice(1);
}

function writtenDate(e: EventDates, locale: Locale): string | null {
	const start = utcDay(e.start);
	const end = utcDay(e.end);
	if (!start || !end || end < start) return null;
	const w = wordingOf(e.dateText);
	const startMonth = start.getUTCMonth();
	const startYear = start.getUTCFullYear();
	const monthsAgree = sameSet(w.months, [startMonth, end.getUTCMonth()]);
	const yearsAgree = sameSet(w.years, [startYear, end.getUTCFullYear()]);
	if (!monthsAgree || !yearsAgree) return null;
	// "mid-August 2022"
	if (/^mid-[a-z]+ \d{4}$/.test(w.lower) && w.days.length === 0) {
		const parts = formatter(locale, { day: 'numeric', month: 'long', year: 'numeric' })
			.formatToParts(start)
			.filter((p) => p.type !== 'day');
		const month = parts
			.map((p) => p.value)
			.join('')
			.trim();
		return m.home_timeline_date_mid({ month }, { locale });
	}
	// "October 2021": the month alone
	if (/^[a-z]+ \d{4}$/.test(w.lower) && startMonth === end.getUTCMonth()) {
		return formatter(locale, { month: 'long', year: 'numeric' }).format(start);
	}
	// "28–29 April 2021", "October 7th, 2022", "from October 10th to October 21st, 2022"
	if (w.days.length > 0 && sameSet(w.days, [start.getUTCDate(), end.getUTCDate()])) {
		return dayRange(e.start, e.end, locale);
	}
	return null;
}

/**
 * The period the map is filtered to: English as it always was (ISO days, "2022-10-10 –
 * 2022-10-21"); another language, the days written by `Intl`.
 */
export function filterPeriod(e: Pick<ReportEvent, 'start' | 'end'>, locale: Locale): string {
	if (locale === BASE_LOCALE) return e.start === e.end ? e.start : `${e.start} – ${e.end}`;
	return dayRange(e.start, e.end, locale) ?? `${e.start} – ${e.end}`;
}
