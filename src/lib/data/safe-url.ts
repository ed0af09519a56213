/**
 * Source URLs come from data files; only http(s) ones become links, so a poisoned
 * `javascript:` or `data:` URL is shown as text at worst, never followed.
 */
export function safeHttpUrl(url: string | null | undefined): string | null {
	if (!url) return null;
	try {
		const parsed = new URL(url);
		return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
	} catch {
		return null;
	}
}
