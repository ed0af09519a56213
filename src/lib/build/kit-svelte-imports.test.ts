/**
 * The build's rewrite of SvelteKit's router (scripts/kit-svelte-imports.js): the destructuring of
 * Svelte's namespace becomes member reads, so rolldown can tree-shake the exports nobody reads.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readMembersOfSvelte } from '../../../scripts/kit-svelte-imports.js';

describe('readMembersOfSvelte', () => {
	it('turns the destructuring into member reads, leaving the rest of the source as it was', () => {
		const code = "import * as svelte from 'svelte';\nconst { onMount, tick } = svelte;\nonMount(tick);\n";
		expect(readMembersOfSvelte(code)).toBe(
			"import * as svelte from 'svelte';\nconst onMount = svelte.onMount, tick = svelte.tick;\nonMount(tick);\n"
		);
	});

	it('keeps the line count, so later lines keep their source positions', () => {
		const code = 'a;\nconst {\n\tonMount,\n\ttick\n} = svelte;\nb;\n';
		const out = readMembersOfSvelte(code);
		expect(out).toContain('const onMount = svelte.onMount, tick = svelte.tick;');
		expect(out).toMatch(/b;\n$/);
	});

	it('answers null for a source without the statement (a renamed or default binding is left alone)', () => {
		expect(readMembersOfSvelte("import { tick } from 'svelte';")).toBeNull();
		expect(readMembersOfSvelte('const { onMount: mount } = svelte;')).toBeNull();
		expect(readMembersOfSvelte('const { tick = () => {} } = svelte;')).toBeNull();
	});

	it('finds the statement in the SvelteKit this project installs', () => {
		const require = createRequire(import.meta.url);
		const kit = require.resolve('@sveltejs/kit/package.json').replace(/package\.json$/, '');
		const client = readFileSync(`${kit}src/runtime/client/client.js`, 'utf8');
		const out = readMembersOfSvelte(client);
		expect(out).not.toBeNull();
		expect(out).not.toMatch(/const \{[^}]*\} = svelte;/);
	});
});
