import { dataIndex } from '$lib/server/data-index';
import type { PageServerLoad } from './$types';

const index = dataIndex();

/** The downloads and feature ids, plus this server's origin for copy-ready commands. */
export const load: PageServerLoad = ({ url }) => ({ ...index, origin: url.origin });
