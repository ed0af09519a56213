/**
 * The extras of Svelte's runtime, which only forms and pages of text use — `bind:value`,
 * `bind:checked`, `bind:group` and `<select bind:value>` (the analyst's panels, search, the embed
 * builder), `{@html}` (/about, /data) and `<svelte:element>` (the report's passages) — in a chunk
 * of their own, which /embed does not load.
 *
 * Without this, the map-core chunk group (scripts/map-core-chunk.js) takes them: every component
 * imports Svelte's runtime through one index that re-exports all of it, and a group includes its
 * modules' dependencies. Three settings together keep them out:
 * - a group of higher priority captures these modules without their dependencies
 *   (`includeDependenciesRecursively: false`), so the runtime they use stays in map-core;
 * - rolldown accepts that only when entry chunks may gain exports
 *   (`preserveEntrySignatures: 'allow-extension'`; SvelteKit sets 'strict', but its pages' entry
 *   chunks only ever need their own exports kept, which 'allow-extension' does);
 * - these modules have no side effects (each only declares functions, input.js a `new Set()`), so
 *   the index's import of them need not load them; said so here, since Svelte's package.json does
 *   not.
 * Measured with the bench's method (README, Performance): /embed 62.6 -> 61.4 kB gzip beyond
 * MapLibre; `/`, which uses them (search, analyst), 125.1 -> 125.7 (one more chunk).
 */

/** The modules, by their path in Svelte's package. */
const EXTRAS =
	/[\\/]node_modules[\\/]svelte[\\/]src[\\/]internal[\\/]client[\\/]dom[\\/](?:elements[\\/]bindings[\\/](?:input|select)|blocks[\\/](?:html|svelte-element))\.js$/;

/** Whether `id` is one of them. */
export const isSvelteExtra = (/** @type {string} */ id) => EXTRAS.test(id.replace(/\?.*$/, ''));

/** The chunk group (rolldown's `codeSplitting.groups`), above map-core's priority. */
export const svelteExtrasGroup = {
	name: 'svelte-extras',
	priority: 1.5,
	includeDependenciesRecursively: false,
	test: isSvelteExtra
};

/** @returns {import('vite').Plugin} */
export function svelteExtrasChunk() {
	return {
		name: 'frontier:svelte-extras-chunk',
		apply: 'build',
		// both builds: the group is in the shared build options (the server's bundle has no Svelte
		// client runtime for it to capture)
		options(options) {
			return { ...options, preserveEntrySignatures: 'allow-extension' };
		},
		transform(code, id) {
			if (!isSvelteExtra(id)) return;
			return { code, map: null, moduleSideEffects: false };
		}
	};
}
