import { knownFeatureIds } from '$lib/data/catalog';
import { urlLocale } from '$lib/i18n/url-locale';
import { parseMapState } from '$lib/state/url';
import type { PageLoad } from './$types';

/**
 * The builder starts from the state in its URL: the same parameters as `/` and `/embed`, so
 * "Embed this view" links carry the view a reader was looking at, and its language (`lang`).
 */
export const load: PageLoad = async ({ url, parent }) => {
	// the page's messages first (src/routes/+layout.ts): the notices below are in its language
	await parent();
	const { state, notices } = parseMapState(url.searchParams, { knownFeatureIds, embed: true });
	return { initial: state, notices, lang: urlLocale(url.searchParams) };
};
