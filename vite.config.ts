import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { i18nLocaleSplit } from './scripts/i18n-locale-split.js';
import { i18nOptions } from './scripts/i18n-options.js';
import { kitSvelteImports } from './scripts/kit-svelte-imports.js';
import { svelteExtrasChunk, svelteExtrasGroup } from './scripts/svelte-extras-chunk.js';
import { mapCoreChunk } from './scripts/map-core-chunk.js';

const mapCore = mapCoreChunk(import.meta.dirname);

export default defineConfig({
	plugins: [
		paraglideVitePlugin(i18nOptions),
		sveltekit(),
		i18nLocaleSplit({ root: import.meta.dirname, locales: ['en', 'ru'] }),
		mapCore.plugin,
		kitSvelteImports(),
		svelteExtrasChunk()
	],
	build: {
		// What every map page loads in one chunk, read off the module graph (scripts/map-core-chunk.js),
		// instead of a chunk per combination of pages sharing modules (each compressed alone). MapLibre
		// keeps a chunk of its own. Measured (README, Performance): /embed 62.0 -> 59.3 kB gzip beyond
		// MapLibre, / 121.6 -> 118.9; rules by size, by sharing count or by folder cost more.
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{ name: 'maplibre', test: /[\\/]node_modules[\\/]maplibre-gl[\\/]/, priority: 2 },
						svelteExtrasGroup,
						{ name: 'map-core', priority: 1, test: mapCore.isMapCore }
					]
				}
			}
		}
	},
	test: {
		include: ['src/**/*.test.ts', 'geodata/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30_000
	}
});
