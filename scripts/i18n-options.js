/**
 * One set of Paraglide compiler options for the Vite plugin (build, dev, vitest) and for
 * `npm run i18n` (what `npm run check` compiles before svelte-check, which runs no Vite).
 *
 * The locale is decided on the server (src/lib/i18n/server.ts: `lang=` in the URL, then
 * Accept-Language, then English) by the custom strategy; the page's `<html lang>` carries it to
 * the browser, where the messages of that language alone are loaded (scripts/i18n-locale-split.js).
 */
/** @type {import('@inlang/paraglide-js').CompilerOptions} */
export const i18nOptions = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	strategy: ['custom-frontier', 'baseLocale'],
	outputStructure: 'message-modules',
	emitReadme: false,
	// the server build tree-shakes the client branches and the browser build the server's
	isServer: 'import.meta.env.SSR'
};
