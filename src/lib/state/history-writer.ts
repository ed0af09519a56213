/**
 * The one place that decides when the address bar is rewritten while the map moves.
 * MapLibre's hash throttles replaceState (Safari refuses more than 100 calls in 30 s); this does
 * the same, keeps the latest URL (trailing write), and skips writes that would change nothing.
 * Pure: the caller supplies `write` (e.g. SvelteKit's replaceState) and, in tests, the clock.
 */

/** Time and timers, injectable for tests. */
export interface Clock {
	now(): number;
	setTimeout(fn: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
	now: () => Date.now(),
	setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
	clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>)
};

export interface HistoryWriter {
	/** Ask for `url` to be written: now if the last write is old enough, else once the interval ends. */
	update(url: string): void;
	/** Write the pending URL now (e.g. before navigating away). */
	flush(): void;
	/** Drop the pending URL (e.g. on popstate, when the browser already changed it). */
	cancel(): void;
	/** Tell the writer which URL the address bar shows, so updating to it writes nothing. */
	markCurrent(url: string): void;
}

/**
 * Coalesces URL updates: at most one `write` per `intervalMs`, always ending on the latest URL,
 * never writing the URL already written. `write` should replace the history entry, not push one.
 */
export function createHistoryWriter(
	write: (url: string) => void,
	intervalMs = 300,
	clock: Clock = systemClock
): HistoryWriter {
	if (!(intervalMs >= 0)) throw new RangeError(`intervalMs must be ≥ 0 (got ${intervalMs})`);
	let pending: string | null = null;
	let current: string | null = null;
	let lastWriteAt = -Infinity;
	let timer: unknown = null;

	const stopTimer = () => {
		if (timer !== null) clock.clearTimeout(timer);
		timer = null;
	};

	const commit = () => {
		stopTimer();
		const url = pending;
		pending = null;
		if (url === null || url === current) return;
		current = url;
		lastWriteAt = clock.now();
		write(url);
	};

	return {
		update(url) {
			pending = url;
			if (timer !== null) return; // the scheduled write will take the latest URL
			const wait = lastWriteAt + intervalMs - clock.now();
			if (wait <= 0) commit();
			else timer = clock.setTimeout(commit, wait);
		},
		flush: commit,
		cancel() {
			stopTimer();
			pending = null;
		},
		markCurrent(url) {
			stopTimer();
			pending = null;
			current = url;
		}
	};
}
