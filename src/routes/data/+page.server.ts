import { dataIndexFor } from '$lib/server/data-index';
import { dataVersions } from '$lib/server/data-versions';
import type { PageServerLoad } from './$types';

const versions = dataVersions();

/** The downloads, feature ids and data versions, plus this server's origin for copy-ready commands. */
export const load: PageServerLoad = ({ url }) => ({
	...dataIndexFor(),
	versions,
	origin: url.origin
});
