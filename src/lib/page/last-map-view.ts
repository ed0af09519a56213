/**
 * The full map's last state in this browser tab, so that "Map" in the header of /report, /about,
 * /data or the builder brings a reader back to the view they came from, not to the default.
 * Kept in sessionStorage (per tab, gone when it closes); anything unreadable counts as none.
 */
const KEY = 'frontier-map:last-map-search';
/** Longer queries are not kept (a URL's parameters are capped at 8 KB each anyway). */
const MAX_LENGTH = 16_384;

/** Remembers the full map's query ('' for the default view). */
export function rememberMapSearch(search: string): void {
	try {
		sessionStorage.setItem(KEY, search.length <= MAX_LENGTH ? search : '');
	} catch {
		// storage disabled or full: the header's link falls back to the default view
	}
}

/** The full map's last query in this tab: '' or a string starting with '?'. */
export function lastMapSearch(): string {
	try {
		const s = sessionStorage.getItem(KEY) ?? '';
		return s.startsWith('?') && s.length <= MAX_LENGTH ? s : '';
	} catch {
		return '';
	}
}
