import { aboutDataFor } from '$lib/server/about-data';
import type { PageServerLoad } from './$types';

/** Built once per language and server start: the data is generated at build time and never changes. */
export const load: PageServerLoad = ({ url }) => ({
	...aboutDataFor(),
	theme: url.searchParams.get('theme') === 'dark' ? ('dark' as const) : ('light' as const)
});
