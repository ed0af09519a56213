/**
 * SvelteKit's client router reads Svelte through a namespace, `import * as svelte from 'svelte'`,
 * and destructures it (`const { onMount, tick } = svelte;`). Rolldown keeps a namespace that is
 * destructured whole: an object of every export of `svelte` — `fork`, `createRawSnippet`,
 * `hydratable`, `createEventDispatcher`, `afterUpdate`… — with the code behind each, on every
 * page. Rewriting that one statement as member reads (`svelte.onMount`), which rolldown resolves
 * statically like the router's other `svelte.tick` reads, lets the rest be tree-shaken. Measured
 * with the bench's method (README, Performance): /embed −0.9 kB gzip beyond MapLibre, / −0.9.
 *
 * If SvelteKit changes the statement, the build warns and is otherwise unchanged.
 */

/** SvelteKit's client router, the one module this rewrites. */
const KIT_CLIENT = /[\\/]@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]client\.js$/;
/** `const { a, b } = svelte;` — only plain names (no renames, defaults or rest). */
const DESTRUCTURE = /const \{\s*([\w$]+(?:\s*,\s*[\w$]+)*)\s*,?\s*\} = svelte;/;

/**
 * The router's source with the destructuring of Svelte's namespace as member reads, or null when
 * the source has no such statement.
 *
 * @param {string} code
 * @returns {string | null}
 */
export function readMembersOfSvelte(code) {
	const match = DESTRUCTURE.exec(code);
	if (!match?.[1]) return null;
	const names = match[1].split(',').map((name) => name.trim());
	const reads = names.map((name) => `${name} = svelte.${name}`).join(', ');
	// same length of lines before it: the statement stays on its line for source maps
	return code.slice(0, match.index) + `const ${reads};` + code.slice(match.index + match[0].length);
}

/** @returns {import('vite').Plugin} */
export function kitSvelteImports() {
	return {
		name: 'frontier:kit-svelte-imports',
		apply: 'build',
		transform(code, id) {
			if (!KIT_CLIENT.test(id.replace(/\?.*$/, ''))) return;
			const rewritten = readMembersOfSvelte(code);
			if (rewritten === null) {
				this.warn(
					"SvelteKit's client.js no longer destructures Svelte's namespace; " +
						'scripts/kit-svelte-imports.js may be removed (check the JS budget with npm run bench)'
				);
				return;
			}
			return { code: rewritten, map: null };
		}
	};
}
