import { browser } from '$app/environment';
import { loadMessages } from '$lib/i18n/client-messages';
import { groupsFor } from '$lib/i18n/groups';
import { pageLocale } from '$lib/i18n/locale';
import type { LayoutLoad } from './$types';

/**
 * Before any page renders in the browser, its language's messages for the groups it shows (the
 * server renders with all of them). Reruns when the route changes.
 */
export const load: LayoutLoad = async ({ route }) => {
	if (browser) await loadMessages(pageLocale(), groupsFor(route.id));
};
