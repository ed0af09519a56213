/**
 * The server's own small shared cache: a rendered (and compressed) response kept in memory, by
 * the rules a proxy follows, so a crowd on one URL costs one render per few minutes even with no
 * proxy in front. Each server process has its own, bounded in entries and bytes (least recently
 * used goes first). Pure: the caller (src/hooks.server.ts) decides what to store and builds the
 * key (the page's ETag: build, configuration, absolute URL, encoding).
 */

export interface MemoEntry {
	status: number;
	headers: [string, string][];
	body: Uint8Array<ArrayBuffer>;
	/** When it stops being fresh, ms since the epoch. */
	expires: number;
}

/**
 * How long a shared cache may keep a response, in seconds, per its Cache-Control (s-maxage, else
 * max-age); 0 when it is not public or says no-store, private or no-cache.
 */
export function sharedLifetime(cacheControl: string | null): number {
	const directives = new Map(
		(cacheControl ?? '')
			.toLowerCase()
			.split(',')
			.map((d) => d.trim().split('=') as [string, string | undefined])
	);
	if (!directives.has('public')) return 0;
	if (['no-store', 'private', 'no-cache'].some((d) => directives.has(d))) return 0;
	const seconds = Number(directives.get('s-maxage') ?? directives.get('max-age') ?? 0);
	return Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
}

export class ResponseMemo {
	private readonly entries = new Map<string, MemoEntry>();
	private bytes = 0;

	constructor(
		private readonly limits: { maxEntries: number; maxBytes: number; maxAgeSeconds: number },
		private readonly now: () => number = Date.now
	) {}

	/** The fresh entry for `key`, marked as just used; a stale one is dropped. */
	get(key: string): MemoEntry | undefined {
		const entry = this.entries.get(key);
		if (!entry) return undefined;
		this.delete(key);
		if (entry.expires <= this.now()) return undefined;
		this.entries.set(key, entry);
		this.bytes += entry.body.byteLength;
		return entry;
	}

	/**
	 * Keeps a response for its shared lifetime, capped at maxAgeSeconds; a body over a tenth of
	 * the byte budget is not kept (it would push out many pages).
	 */
	set(key: string, entry: Omit<MemoEntry, 'expires'>, lifetimeSeconds: number): void {
		const seconds = Math.min(lifetimeSeconds, this.limits.maxAgeSeconds);
		if (seconds <= 0 || entry.body.byteLength > this.limits.maxBytes / 10) return;
		this.delete(key);
		this.entries.set(key, { ...entry, expires: this.now() + seconds * 1000 });
		this.bytes += entry.body.byteLength;
		for (const oldest of this.entries.keys()) {
			if (this.entries.size <= this.limits.maxEntries && this.bytes <= this.limits.maxBytes) break;
			this.delete(oldest);
		}
	}

	get size(): { entries: number; bytes: number } {
		return { entries: this.entries.size, bytes: this.bytes };
	}

	private delete(key: string): void {
		const entry = this.entries.get(key);
		if (!entry) return;
		this.bytes -= entry.body.byteLength;
		this.entries.delete(key);
	}
}
