import { knownFeatureIds } from '$lib/data/catalog';
import { parseMapState } from '$lib/state/url';
import type { PageLoad } from './$types';

/** The URL is the state: parse it leniently; every ignored value comes back as a notice. */
export const load: PageLoad = ({ url }) => {
	const { state, notices } = parseMapState(url.searchParams, { knownFeatureIds, embed: false });
	return { initial: state, notices };
};
