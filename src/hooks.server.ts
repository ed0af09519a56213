/**
 * Security headers for every server-rendered response. The CSP itself (script hashes, worker
 * and blob sources) comes from kit.csp in svelte.config.js; here we add the per-route frame
 * rules: /embed may be framed by any site (or the FRONTIER_EMBED_ORIGINS allow-list), every
 * other route by none.
 */
import type { Handle } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { parseAllowedOrigins } from '$lib/embed/protocol';

const allowedOrigins = parseAllowedOrigins(env.FRONTIER_EMBED_ORIGINS, (bad) =>
	console.warn(`FRONTIER_EMBED_ORIGINS: ignoring ${JSON.stringify(bad)} (not an http(s) origin)`)
);

/** True for routes meant to be framed by other sites. */
export function isEmbedPath(pathname: string): boolean {
	return pathname === '/embed' || pathname === '/embed/';
}

function frameAncestors(pathname: string): string {
	if (!isEmbedPath(pathname)) return "'none'";
	if (allowedOrigins === null) return '*';
	return allowedOrigins.length ? allowedOrigins.join(' ') : "'none'";
}

export const handle: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const headers = response.headers;
	const pathname = event.url.pathname;
	const frame = `frame-ancestors ${frameAncestors(pathname)}`;
	const csp = headers.get('content-security-policy');
	if (csp) headers.set('content-security-policy', `${csp}; ${frame}`);
	else headers.set('content-security-policy', frame);
	if (!isEmbedPath(pathname)) headers.set('x-frame-options', 'DENY');
	headers.set('x-content-type-options', 'nosniff');
	headers.set('referrer-policy', 'strict-origin-when-cross-origin');
	headers.set('permissions-policy', 'camera=(), microphone=(), geolocation=()');
	return response;
};
