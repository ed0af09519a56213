/**
 * The browser's side of the messages (scripts/i18n-locale-split.js): each message is a lookup
 * into its group's table for the page's language, and a page loads its language's tables for the
 * groups it shows before it renders (src/routes/+layout.ts). The server renders with Paraglide's
 * own message functions.
 */
import { groups, loaders } from 'virtual:frontier-messages';
import { pageLocale } from './locale';
import type { Locale } from './locales';

type Entry = string | ((inputs: Record<string, unknown>) => string);
const tables: Partial<Record<Locale, Entry[][]>> = {};

/**
 * The message at `index` in group `group`, as Paraglide's message functions are called.
 * @public the browser build's message modules call it (scripts/i18n-locale-split.js)
 */
export function message(group: number, index: number) {
	return (inputs?: Record<string, unknown>, options?: { locale?: Locale }): string => {
		const locale = options?.locale ?? pageLocale();
		const entry = tables[locale]?.[group]?.[index];
		if (entry === undefined) {
			// a group the page forgot to load (src/lib/i18n/groups.ts): loud, so a test sees it
			console.error(`i18n: message ${groups[group]}#${index} (${locale}) is not loaded`);
			return '';
		}
		return typeof entry === 'string' ? entry : entry(inputs ?? {});
	};
}

/** Loads the tables of `names` in `locale` (each once). */
export async function loadMessages(locale: Locale, names: readonly string[]): Promise<void> {
	const byLocale = (tables[locale] ??= []);
	await Promise.all(
		names.map(async (name) => {
			const group = groups.indexOf(name);
			if (group < 0) throw new Error(`i18n: no message group ${name}`);
			if (byLocale[group]) return;
			const load = loaders[locale]?.[group];
			if (!load) throw new Error(`i18n: no ${locale} messages for ${name}`);
			byLocale[group] = (await load()).default;
		})
	);
}
