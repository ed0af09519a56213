/** gzip and brotli, with the settings SvelteKit's `precompress` uses (best gzip, max-quality text brotli). */
import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The extensions SvelteKit's builder precompresses (fonts and images are compressed already). */
export const COMPRESSIBLE = new Set([
	'.html',
	'.js',
	'.mjs',
	'.json',
	'.css',
	'.svg',
	'.xml',
	'.wasm',
	'.txt',
	'.md',
	'.mdx'
]);

export function gzipSize(data: Buffer | string): number {
	return gzipSync(data, { level: constants.Z_BEST_COMPRESSION }).length;
}

export function brotli(data: Buffer): Buffer {
	return brotliCompressSync(data, {
		params: {
			[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
			[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
			[constants.BROTLI_PARAM_SIZE_HINT]: data.length
		}
	});
}

/** Writes `<file>.gz` and `<file>.br` beside a compressible file; other files are left alone. */
export async function precompressFile(file: string): Promise<void> {
	if (!COMPRESSIBLE.has(extname(file))) return;
	const data = readFileSync(file);
	writeFileSync(`${file}.gz`, gzipSync(data, { level: constants.Z_BEST_COMPRESSION }));
	writeFileSync(`${file}.br`, brotli(data));
}
