import type { ClientInit } from '@sveltejs/kit';
import { loadPageMessages } from '$lib/i18n/client-messages';
import { groupsFor, routeForPath } from '$lib/i18n/groups';
import { pageLocale } from '$lib/i18n/locale';

/**
 * Before the app starts, the messages the first page shows, in the page's language, in one chunk:
 * every load and component of the first page then has its words (later pages: src/routes/+layout.ts).
 */
export const init: ClientInit = async () => {
	const route = routeForPath(location.pathname);
	await loadPageMessages(pageLocale(), route, groupsFor(route));
};
