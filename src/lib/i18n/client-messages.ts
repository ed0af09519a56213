/**
 * The browser's side of the messages (scripts/i18n-locale-split.js): each message is a lookup
 * into its group's table for the page's language, and a page loads its language's tables for the
 * groups it shows before it renders (src/routes/+layout.ts). The server renders with Paraglide's
 * own message functions.
 */
import { browser } from '$app/environment';
import { groups, loaders, pageLoaders } from 'virtual:frontier-messages';
import { pageLocale } from './locale';
import type { Locale } from './locales';

type Entry = string | ((inputs: Record<string, unknown>) => string);
const tables: Partial<Record<Locale, Entry[][]>> = {};
/** While `withMessagesUsed` runs its function: the groups it used that were not loaded. */
let unloadedUsed: Set<number> | null = null;

/**
 * The message at `index` in group `group`, as Paraglide's message functions are called.
 * @public the browser build's message modules call it (scripts/i18n-locale-split.js)
 */
export function message(group: number, index: number) {
	return (inputs?: Record<string, unknown>, options?: { locale?: Locale }): string => {
		const locale = options?.locale ?? pageLocale();
		const entry = tables[locale]?.[group]?.[index];
		if (entry === undefined) {
			if (unloadedUsed) {
				unloadedUsed.add(group);
				return '';
			}
			// a group the page forgot to load (src/lib/i18n/groups.ts): loud, so a test sees it
			console.error(`i18n: message ${groups[group]}#${index} (${locale}) is not loaded`);
			return '';
		}
		return typeof entry === 'string' ? entry : entry(inputs ?? {});
	};
}

/**
 * A module imported on demand, once the page's language's messages for its `names` are loaded
 * too (src/lib/i18n/groups.ts, LAZY_GROUPS): the code and its words arrive together.
 */
export async function withMessages<T>(module: Promise<T>, names: readonly string[]): Promise<T> {
	// the server renders with every message (Paraglide's own functions)
	if (!browser) return module;
	const [loaded] = await Promise.all([module, loadMessages(pageLocale(), names)]);
	return loaded;
}

/**
 * `compute`'s result, with the words of every group it used: when it used a group the page has not
 * loaded (a URL's notices, say: most links have none), that group is loaded and `compute` run again.
 * So a page need not load words it only sometimes shows. `compute` must be pure.
 */
export async function withMessagesUsed<T>(compute: () => T): Promise<T> {
	if (!browser) return compute();
	const used = new Set<number>();
	unloadedUsed = used;
	let result: T;
	try {
		result = compute();
	} finally {
		unloadedUsed = null;
	}
	if (used.size === 0) return result;
	await loadMessages(
		pageLocale(),
		[...used].map((group) => groups[group] ?? '')
	);
	return compute();
}

/**
 * The first page's messages in `locale`: one chunk with the tables of all its route's groups (the
 * server preloads it), or `names` one by one for a page without a route (the error page).
 */
export async function loadPageMessages(
	locale: Locale,
	route: string | null,
	names: readonly string[]
): Promise<void> {
	const load = route === null ? undefined : pageLoaders[locale]?.[route];
	if (!load) return loadMessages(locale, names);
	const byLocale = (tables[locale] ??= []);
	for (const [group, table] of Object.entries((await load()).default))
		byLocale[Number(group)] ??= table;
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
