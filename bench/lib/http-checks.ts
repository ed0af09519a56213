/**
 * What the server sends for each kind of asset, asked the way browsers ask: the encoding chosen
 * for `br` and for `gzip`, the bytes on the wire, and the caching headers. Plain node:http so that
 * nothing decodes the body behind our back.
 */
import { request } from 'node:http';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { COMPRESSIBLE } from './compress';
import { APP_CLIENT } from './paths';

export interface Served {
	status: number;
	encoding: string;
	bytes: number;
	cacheControl: string;
	etag: string;
	vary: string;
}

/** GET `url` with one Accept-Encoding; counts the body bytes as they arrive. */
export function get(url: string, acceptEncoding: string): Promise<Served> {
	return new Promise((resolvePromise, reject) => {
		const req = request(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
			let bytes = 0;
			res.on('data', (chunk: Buffer) => (bytes += chunk.length));
			res.on('end', () =>
				resolvePromise({
					status: res.statusCode ?? 0,
					encoding: String(res.headers['content-encoding'] ?? ''),
					bytes,
					cacheControl: String(res.headers['cache-control'] ?? ''),
					etag: String(res.headers['etag'] ?? ''),
					vary: String(res.headers['vary'] ?? '')
				})
			);
			res.on('error', reject);
		});
		req.on('error', reject);
		req.end();
	});
}

export interface AssetCheck {
	label: string;
	path: string;
	br: Served;
	gzip: Served;
}

export async function checkAssets(
	origin: string,
	paths: Record<string, string>
): Promise<AssetCheck[]> {
	const checks: AssetCheck[] = [];
	for (const [label, path] of Object.entries(paths)) {
		const br = await get(origin + path, 'br');
		const gzip = await get(origin + path, 'gzip');
		checks.push({ label, path, br, gzip });
	}
	return checks;
}

/** Sum of the bytes the server sends for these URLs when the client accepts gzip only. */
export async function gzipServedBytes(urls: readonly string[]): Promise<number> {
	let total = 0;
	for (const url of new Set(urls)) total += (await get(url, 'gzip')).bytes;
	return total;
}

function listFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? listFiles(path) : [path];
	});
}

/**
 * Compressible files of the app's client folder (the bench's baseline excluded) that lack a `.gz`
 * or `.br` twin. GeoJSON counts: it is text, but SvelteKit's precompress list does not name it.
 */
export function missingPrecompressed(): string[] {
	const text = new Set([...COMPRESSIBLE, '.geojson']);
	return listFiles(APP_CLIENT)
		.filter((f) => text.has(extname(f)) && !relative(APP_CLIENT, f).startsWith('baseline'))
		.filter((f) => !existsSync(`${f}.gz`) || !existsSync(`${f}.br`))
		.map((f) => relative(APP_CLIENT, f));
}
