import type { ClientInit } from '@sveltejs/kit';
import { loadMessages } from '$lib/i18n/client-messages';
import { groupsForPath } from '$lib/i18n/groups';
import { pageLocale } from '$lib/i18n/locale';

/**
 * Before the app starts, the messages the first page shows, in the page's language: every load
 * and component of the first page then has its words (later pages: src/routes/+layout.ts).
 */
export const init: ClientInit = async () => {
	await loadMessages(pageLocale(), groupsForPath(location.pathname));
};
