/** The languages the interface speaks; English is the report's and the default. */
export const LOCALES = ['en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
export const BASE_LOCALE: Locale = 'en';

/** The language's own name, for the switch in the header (never translated). */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ru: 'Русский' };

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The locale for BCP 47 `Intl` formatting. */
export function intlLocale(locale: Locale): string {
	return locale === 'ru' ? 'ru-RU' : 'en-GB';
}
