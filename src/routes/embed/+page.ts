import { knownFeatureIds } from '$lib/data/catalog';
import { parseMapState } from '$lib/state/url';
import type { PageLoad } from './$types';

/** The same URL parameters as `/`, plus `controls`; every ignored value comes back as a notice. */
export const load: PageLoad = ({ url, data }) => {
	const { state, notices } = parseMapState(url.searchParams, { knownFeatureIds, embed: true });
	return { ...data, initial: state, notices };
};
