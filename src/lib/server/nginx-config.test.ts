/**
 * The shipped nginx set-up (deploy/nginx/) keys its cache by every request header the app's pages
 * vary on, and keeps the app's caching and security decisions: checked on the files themselves.
 * tests/e2e/proxy.spec.ts runs them in front of the app.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGE_VARY_HEADERS } from './page-cache';

const http = readFileSync('deploy/nginx/conf.d/frontier-map.conf', 'utf8');
const proxy = readFileSync('deploy/nginx/snippets/frontier-map-proxy.conf', 'utf8');
const site = readFileSync('deploy/nginx/sites-available/frontier-map', 'utf8');

/** The directives of a config file without its comments. */
const code = (text: string) => text.replace(/#.*$/gm, '');

/** map $source $target { … } blocks: target variable → source variable. */
function maps(text: string): Map<string, string> {
	return new Map(
		[...code(text).matchAll(/map\s+\$(\w+)\s+\$(\w+)\s*\{/g)].map((m) => [m[2] ?? '', m[1] ?? ''])
	);
}

/** map blocks: target variable → the variables its values use. */
function mapValues(text: string): Map<string, string[]> {
	return new Map(
		[...code(text).matchAll(/map\s+\$\w+\s+\$(\w+)\s*\{([^}]*)\}/g)].map((m) => [
			m[1] ?? '',
			[...(m[2] ?? '').matchAll(/\$(\w+)/g)].map((v) => v[1] ?? '')
		])
	);
}

describe('the nginx configuration', () => {
	const key = /proxy_cache_key\s+([^;]+);/.exec(code(proxy))?.[1] ?? '';
	const keyVariables = [...key.matchAll(/\$(\w+)/g)].map((m) => m[1] ?? '');
	const mapped = maps(http);
	const valuesOf = mapValues(http);

	it.each(PAGE_VARY_HEADERS)('keys the cache by %s (a header the pages vary on)', (header) => {
		const variable = `http_${header.toLowerCase().replace(/-/g, '_')}`;
		const covered = keyVariables.some(
			(v) => v === variable || mapped.get(v) === variable || valuesOf.get(v)?.includes(variable)
		);
		expect(covered, `proxy_cache_key ${key} has nothing from $${variable}`).toBe(true);
	});

	it('keys the cache by scheme, host and the whole URI, as the pages write absolute links', () => {
		expect(keyVariables).toContain('scheme');
		expect(keyVariables).toContain('request_uri');
		expect(keyVariables.some((v) => v === 'host' || mapped.get(v) === 'http_host')).toBe(true);
	});

	it('passes the reduced Accept-Encoding to the app, so the cached copy is the one the key says', () => {
		const encodingVar = keyVariables.find((v) => mapped.get(v) === 'http_accept_encoding');
		expect(code(proxy)).toContain(`proxy_set_header Accept-Encoding $${encodingVar};`);
	});

	it('honours the app: no forced lifetimes, no hidden or replaced headers', () => {
		const all = code(http + proxy + site);
		expect(all).not.toMatch(
			/proxy_cache_valid|proxy_hide_header|proxy_ignore_headers\s+[^;]*(Cache-Control|Expires|Set-Cookie)/i
		);
		expect(all).not.toMatch(/add_header\s+(Content-Security-Policy|X-Frame-Options)/i);
		expect(all).not.toMatch(/more_set_headers|more_clear_headers/);
	});

	it('sets the forwarded headers itself, so clients cannot choose the links a page gets', () => {
		for (const h of ['Host', 'X-Forwarded-Proto', 'X-Forwarded-Host', 'X-Forwarded-For'])
			expect(code(proxy)).toMatch(new RegExp(`proxy_set_header\\s+${h}\\s+\\$`));
	});
});
