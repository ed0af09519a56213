/**
 * A value built once per language and kept: for server data that never changes but is worded in
 * the request's language (/about, /data).
 */
import { pageLocale } from './locale';
import type { Locale } from './locales';

export function perLocale<T>(build: () => T): () => T {
	const built = new Map<Locale, T>();
	return () => {
		const locale = pageLocale();
		let value = built.get(locale);
		if (value === undefined) built.set(locale, (value = build()));
		return value;
	};
}
