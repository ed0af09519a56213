/**
 * Parent origins of `/embed`: normalising an origin, the FRONTIER_EMBED_ORIGINS allow-list and
 * its check. Kept apart from the postMessage parser (./protocol.ts, which re-exports them) so
 * that pages building embed codes or oEmbed links do not load the message validation with them.
 */

/** `https://Example.org:443/` → `https://example.org`; null unless an http(s) origin and nothing more. */
export function normaliseOrigin(value: string): string | null {
	const text = value.trim();
	if (text === '' || text.length > 2048) return null;
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return null;
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
	if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '')
		return null;
	if (url.pathname !== '/' || /[?#]$/.test(text)) return null;
	return url.origin;
}

/**
 * Parses FRONTIER_EMBED_ORIGINS: a comma-separated list of origins (`https://news.example`).
 * Unset, blank or `*` → null (any origin). Invalid entries are dropped (reported to `onInvalid`);
 * if every entry is invalid the result is [] — no origin — so a typo fails closed, not open.
 */
export function parseAllowedOrigins(
	envValue: string | undefined,
	onInvalid?: (entry: string) => void
): string[] | null {
	if (envValue === undefined || envValue.trim() === '' || envValue.trim() === '*') return null;
	const origins = new Set<string>();
	for (const entry of envValue.split(',')) {
		if (entry.trim() === '') continue;
		const origin = normaliseOrigin(entry);
		if (origin === null) onInvalid?.(entry.trim());
		else origins.add(origin);
	}
	return [...origins];
}

/** True when `allowList` is null (any origin) or contains `origin` (compared normalised). */
export function isAllowedOrigin(origin: string, allowList: readonly string[] | null): boolean {
	if (allowList === null) return true;
	const o = normaliseOrigin(origin);
	return o !== null && allowList.some((entry) => normaliseOrigin(entry) === o);
}
