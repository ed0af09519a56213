/**
 * Writes `.gz` and `.br` twins beside every `.geojson` file under a folder, with the settings of
 * SvelteKit's own `precompress` (best gzip, max-quality text brotli). SvelteKit precompresses a
 * fixed list of extensions (.html, .js, .json, .css, .svg, …) that leaves `.geojson` out, so
 * without this the map's layer data was served uncompressed. Called by svelte.config.js after
 * adapter-node has written the build; sirv (adapter-node's static server) then picks the twin
 * the browser accepts.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** @param {string} dir the build's static folder, e.g. `build/client` */
export async function precompressGeoJSON(dir) {
	const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.geojson'));
	await Promise.all(
		files.map(async (file) => {
			const path = join(dir, file);
			const data = await readFile(path);
			const [gz, br] = await Promise.all([
				gzipAsync(data, { level: constants.Z_BEST_COMPRESSION }),
				brotliAsync(data, {
					params: {
						[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
						[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
						[constants.BROTLI_PARAM_SIZE_HINT]: data.length
					}
				})
			]);
			await Promise.all([writeFile(`${path}.gz`, gz), writeFile(`${path}.br`, br)]);
		})
	);
	return files.length;
}
