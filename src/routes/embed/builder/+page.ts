import { knownFeatureIds } from '$lib/data/catalog';
import { parseMapState } from '$lib/state/url';
import type { PageLoad } from './$types';

/**
 * The builder starts from the state in its URL: the same parameters as `/` and `/embed`, so
 * "Embed this view" links carry the view a reader was looking at.
 */
export const load: PageLoad = ({ url }) => {
	const { state, notices } = parseMapState(url.searchParams, { knownFeatureIds, embed: true });
	return { initial: state, notices };
};
