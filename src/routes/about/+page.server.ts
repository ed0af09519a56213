import { aboutData } from '$lib/server/about-data';
import type { PageServerLoad } from './$types';

/** Built once per server start: the data is generated at build time and never changes. */
const about = aboutData();

export const load: PageServerLoad = ({ url }) => ({
	...about,
	theme: url.searchParams.get('theme') === 'dark' ? ('dark' as const) : ('light' as const)
});
