/**
 * A page and its URL, the one way every page does it: the notices about values the URL's
 * parser ignored, as items for <Notices>, and the writer that keeps the URL in step with the
 * page's state afterwards. Used by the embed builder; MapPage (`/`, `/embed`) does the same.
 */
import { afterNavigate, replaceState } from '$app/navigation';
import { onMount } from 'svelte';
import type { NoticeItem } from '$lib/components/Notices.svelte';
import { createHistoryWriter } from '$lib/state/url';

/** The parser's notices (polite) and load errors (alerts) as notice items with stable ids. */
export function urlNoticeItems(
	notices: readonly { message: string }[],
	loadErrors: readonly string[] = []
): NoticeItem[] {
	return [
		...notices.map((n, i) => ({ id: `url-${i}`, message: n.message, tone: 'info' as const })),
		...loadErrors.map((message, i) => ({ id: `load-${i}`, message, tone: 'error' as const }))
	];
}

/**
 * Keeps the URL's query at `search()` (with the current path and hash), through the throttled
 * history writer. SvelteKit's router accepts replaceState only once it has started, so writing
 * waits for afterNavigate; the last write is flushed when the page goes away. Call while a
 * component initialises.
 */
export function keepUrlInStep(search: () => string): void {
	const writer = createHistoryWriter((url) => replaceState(url, {}));
	let routerReady = $state(false);
	afterNavigate(() => (routerReady = true));
	onMount(() => () => writer.flush());
	$effect(() => {
		const query = search();
		if (routerReady) writer.update(`${location.pathname}${query}${location.hash}`);
	});
}
