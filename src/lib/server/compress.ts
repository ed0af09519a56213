/**
 * Compression of server-rendered responses (adapter-node compresses only the static files, ahead
 * of time). Brotli at quality 5: about 1 ms for a 15 kB page here and within 15 % of quality 11's
 * size, which takes 40 ms; a proxy or CDN in front keeps the result, so it is paid once per page
 * per cache lifetime there.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Encoding } from './page-cache';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export async function compress(body: Uint8Array, encoding: Exclude<Encoding, 'identity'>) {
	if (encoding === 'gzip') return new Uint8Array(await gzipAsync(body, { level: 6 }));
	return new Uint8Array(
		await brotli(body, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: 5,
				[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
				[constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength
			}
		})
	);
}
