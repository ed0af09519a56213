import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		// The small pure modules every map page needs (URL state, message names, the feature
		// index) in one chunk instead of a chunk per combination of pages that share them: each
		// file is compressed alone, so seven tiny files cost more than one. Measured with
		// `npm run bench`: −0.9 kB gzip of JavaScript on /embed, nothing added to /; the map and
		// page modules added for the first-minute work, −1.1 kB more. Rules by size and sharing
		// instead of names were measured and cost more (README, Performance).
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{
							name: 'map-core',
							test: /[\\/]src[\\/]lib[\\/](state[\\/][\w-]+|embed[\\/](messages|origin|oembed-link)|data[\\/](entry|features)|layers[\\/]layer-ids|map[\\/](sheet|camera-bounds|bound-camera|view)|page[\\/](context-box|url-sync\.svelte|last-map-view)|geo[\\/](extent|length-units))\.ts$/
						}
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
