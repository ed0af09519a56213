import { env } from '$env/dynamic/private';
import { parseAllowedOrigins } from '$lib/embed/origin';
import type { PageServerLoad } from './$types';

/**
 * The parent origins allowed to command the map (FRONTIER_EMBED_ORIGINS; null = any). Read on
 * the server so the list is configured in one place, with the frame-ancestors rule in
 * hooks.server.ts (which also logs invalid entries).
 */
export const load: PageServerLoad = () => ({
	allowedOrigins: parseAllowedOrigins(env.FRONTIER_EMBED_ORIGINS)
});
