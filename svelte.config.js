import nodeAdapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { precompressGeoJSON } from './scripts/precompress-geojson.js';

/**
 * FRONTIER_BUILD_DIR (used by `npm run bench`) builds into its own folder — the server in
 * `<dir>/build`, SvelteKit's intermediate files in `<dir>/kit` — so a benchmark build never
 * replaces the `build/` and `.svelte-kit/` that other servers and test runs are using.
 */
const buildDir = process.env.FRONTIER_BUILD_DIR;
const out = buildDir ? `${buildDir}/build` : 'build';

/** precompress: every static asset and build chunk also ships as .gz and .br */
const node = nodeAdapter({ precompress: true, out });

/** adapter-node, then the same for the map's data files (SvelteKit's list skips `.geojson`). */
const adapter = {
	...node,
	/** @param {import('@sveltejs/kit').Builder} builder */
	async adapt(builder) {
		await node.adapt(builder);
		const count = await precompressGeoJSON(`${out}/client`);
		builder.log.minor(`Precompressed ${count} GeoJSON files`);
	}
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// every component in runes mode: one that uses no rune would otherwise compile in legacy mode
	// and bring Svelte's legacy runtime into the chunk every map page loads
	compilerOptions: { runes: true },
	kit: {
		adapter,
		outDir: buildDir ? `${buildDir}/kit` : '.svelte-kit',
		// Pages ask the server which route a link opens (GET <path>/__route.js, once per route)
		// instead of shipping every route's table and module list in the app's entry: -1.5 kB gzip
		// on every page (/embed 60.5 -> 59.0 kB beyond MapLibre). There is always a server here.
		router: { resolution: 'server' },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// MapLibre's worker is a module chunk of our own origin; blob: covers its image decoding
				'worker-src': ['self', 'blob:'],
				'child-src': ['self', 'blob:'],
				// the embed builder previews /embed in iframes of our own origin
				'frame-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'style-src': ['self', 'unsafe-inline'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
