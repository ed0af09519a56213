/**
 * One chunk for what every map page loads: the modules both `/` and `/embed` import statically,
 * plus the root error page's (SvelteKit loads that page on every page, before it is needed).
 *
 * The set is read off the module graph, so renaming or adding a file never changes the chunking
 * by accident: a module joins the chunk because both map pages import it, not because of its
 * name. Without it, rolldown makes one small chunk per combination of pages sharing modules, and
 * each chunk is compressed alone: measured with `npm run bench` (README, Performance), the
 * combination chunks cost /embed about 1 kB of gzip more than one chunk.
 */

/** The map pages' route files (SvelteKit's page entries import them) and the root error page. */
const MAP_PAGES = [
	['src/routes/+page.svelte', 'src/routes/+page.ts'],
	['src/routes/embed/+page.svelte', 'src/routes/embed/+page.ts']
];
const EVERY_PAGE = ['src/routes/+error.svelte'];

/** A module Paraglide generated (src/lib/paraglide/: its messages, their index, its runtime). */
const isParaglideModule = (/** @type {string} */ id) =>
	/[\\/]src[\\/]lib[\\/]paraglide[\\/]/.test(id);

/** Module ids are absolute paths, sometimes with a query; compare by the repository path. */
const normalise = (/** @type {string} */ id) => id.replace(/\?.*$/, '').replaceAll('\\', '/');

/**
 * @param {string} root the project's folder
 * @returns {{ plugin: import('vite').Plugin, isMapCore: (id: string) => boolean }}
 */
export function mapCoreChunk(root) {
	/** @type {Set<string>} */
	let members = new Set();
	const abs = (/** @type {string} */ file) => `${normalise(root)}/${file}`;

	/** @type {import('vite').Plugin} */
	const plugin = {
		name: 'frontier:map-core-chunk',
		apply: 'build',
		buildEnd() {
			// the server build has no chunks to download; leave its chunking to rolldown
			if (this.environment?.name !== 'client') return;
			/** Every module reachable from `files` by static imports. */
			const closure = (/** @type {string[]} */ files) => {
				const seen = new Set();
				const ids = [...this.getModuleIds()];
				// a component's id is its path; its CSS is the same path with a query
				const byPath = new Map(
					ids.filter((id) => !id.includes('?')).map((id) => [normalise(id), id])
				);
				const stack = files.map((file) => {
					const id = byPath.get(abs(file));
					// a renamed or moved route must not silently change the chunking
					if (id === undefined) this.error(`map-core chunk: ${file} is not in the build`);
					return id;
				});
				while (stack.length) {
					const id = /** @type {string} */ (stack.pop());
					if (seen.has(id)) continue;
					seen.add(id);
					stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
				}
				return seen;
			};
			const [first, ...rest] = MAP_PAGES.map(closure);
			const shared = [...(first ?? [])].filter((id) => rest.every((set) => set.has(id)));
			// Paraglide's message modules are all reachable through its index (`import * as m`), but a
			// page uses a few: left to rolldown, the unused ones are tree-shaken; put in a group, every
			// one would be kept (measured: /embed 72.8 → 67.3 kB gzip beyond MapLibre)
			members = new Set([...shared, ...closure(EVERY_PAGE)].filter((id) => !isParaglideModule(id)));
		}
	};
	return { plugin, isMapCore: (id) => members.has(id) };
}
