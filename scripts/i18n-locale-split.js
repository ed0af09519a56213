/**
 * The browser loads one language's messages, and only the groups the page shows.
 *
 * Paraglide compiles each message into a module holding every language's text (the server
 * renders with those, unchanged). In the browser build this plugin replaces each message module
 * with a lookup, `message(group, index)`, and serves each language's text per group as a module
 * of its own (`virtual:frontier-messages/<locale>/<group>`), which `loadMessages` imports before
 * the page renders (src/hooks.client.ts, src/routes/+layout.ts). A page in English therefore
 * downloads no Russian, and /embed none of the analyst's or the docs' text.
 *
 * Each group's chunk is self-contained and named for its own source
 * (`_app/immutable/messages/<locale>-<group>.<hash>.js`), so the server, built before the browser
 * code, knows the names too (`virtual:frontier-message-files`). The first page a browser opens
 * loads one chunk instead, all its route's groups together (`<locale>-page-<route>.<hash>.js`,
 * from src/lib/i18n/route-groups.json), which the server lists as `<link rel="modulepreload">`:
 * it downloads with the page instead of after its JavaScript, and compresses better than five
 * or nine small chunks (measured: /embed −0.6 kB gzip, / −1.2). Later pages and code loaded on
 * demand load the groups they lack, one chunk each.
 *
 * A message's group is the folder of its file (`messages/<group>/<locale>.json`), which the
 * message's key starts with (`embed_…`; checked by src/lib/i18n/messages.test.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const VIRTUAL = 'virtual:frontier-messages';
const FILES = 'virtual:frontier-message-files';
const FILES_DIR = '_app/immutable/messages';

/** What Paraglide's compiled variants call (its registry.js), for self-contained chunks. */
const REGISTRY = {
	plural: '(l, i, o) => new Intl.PluralRules(l, o).select(Number(i))',
	number: '(l, i, o) => new Intl.NumberFormat(l, o).format(Number(i))',
	datetime: '(l, i, o) => new Intl.DateTimeFormat(l, o).format(new Date(i))'
};

/** The tools whose output a chunk's bytes depend on besides its source: part of its name. */
function toolchainSalt() {
	const require = createRequire(import.meta.url);
	const versions = ['vite', 'rolldown', '@inlang/paraglide-js'].map((name) => {
		try {
			return `${name}@${require(`${name}/package.json`).version}`;
		} catch {
			return name;
		}
	});
	return [...versions, readFileSync(new URL(import.meta.url), 'utf8')].join('\n');
}

/**
 * @param {{ root: string, messagesDir?: string, outdir?: string, routesFile?: string, locales: readonly string[] }} options
 * @returns {import('vite').Plugin}
 */
export function i18nLocaleSplit({
	root,
	messagesDir = 'messages',
	outdir = 'src/lib/paraglide',
	routesFile = 'src/lib/i18n/route-groups.json',
	locales
}) {
	const messagesPath = join(root, messagesDir);
	/** route id -> the groups its pages show */
	const readRoutes = () =>
		/** @type {Record<string, string[]>} */ (
			JSON.parse(readFileSync(join(root, routesFile), 'utf8'))
		);
	/** A route's name in file and module names: `/` map, `/embed/docs` embed-docs. */
	const slugOf = (/** @type {string} */ route) => route.slice(1).replaceAll('/', '-') || 'map';
	const compiledPath = join(root, outdir, 'messages').replaceAll('\\', '/');
	const lookupModule = join(root, 'src/lib/i18n/client-messages.ts').replaceAll('\\', '/');
	const salt = toolchainSalt();
	let building = false;

	/** group name -> its message keys, sorted (the index a key has in its group's table) */
	const readGroups = () => {
		/** @type {Map<string, string[]>} */
		const groups = new Map();
		for (const group of readdirSync(messagesPath).sort()) {
			/** @type {Record<string, unknown>} */
			let json;
			try {
				json = JSON.parse(readFileSync(join(messagesPath, group, 'en.json'), 'utf8'));
			} catch {
				continue;
			}
			const keys = Object.keys(json).filter((key) => !key.startsWith('$'));
			groups.set(group, keys.sort());
		}
		return groups;
	};

	/** One language's messages of one group: an array literal in key order. */
	const tableOf = (/** @type {string} */ locale, /** @type {string} */ group) => {
		const keys = readGroups().get(group) ?? [];
		const entries = keys.map((key) =>
			compiledText(readFileSync(`${compiledPath}/${key}.js`, 'utf8'), locale, key)
		);
		return `[\n${entries.join(',\n')}\n]`;
	};

	/** The Intl helpers the tables call (Paraglide's registry), declared once for a chunk. */
	const registryFor = (/** @type {string[]} */ tables) => {
		const used = new Set(
			tables.flatMap((e) => [...e.matchAll(/registry\.(\w+)/g)].map((m) => m[1]))
		);
		const helpers = [...used].map((name) => {
			const code = REGISTRY[/** @type {keyof typeof REGISTRY} */ (name)];
			if (!code)
				throw new Error(`i18n: messages use registry.${name}, which the split does not provide`);
			return `${name}: ${code}`;
		});
		return helpers.length ? `const registry = { ${helpers.join(', ')} };\n` : '';
	};

	/** The module of one language's messages of one group: its table. */
	const groupSource = (/** @type {string} */ locale, /** @type {string} */ group) => {
		const table = tableOf(locale, group);
		return `${registryFor([table])}export default ${table};\n`;
	};

	/** The module of one language's messages of a route's groups: group index -> its table. */
	const pageSource = (/** @type {string} */ locale, /** @type {string} */ route) => {
		const names = [...readGroups().keys()];
		const tables = (readRoutes()[route] ?? []).map((group) => {
			const index = names.indexOf(group);
			if (index < 0) throw new Error(`i18n: route ${route} lists no group ${group}`);
			return `${index}: ${tableOf(locale, group)}`;
		});
		return `${registryFor(tables)}export default {\n${tables.join(',\n')}\n};\n`;
	};

	/** A chunk's file, named for its source and the tools that compile it. */
	const named = (/** @type {string} */ name, /** @type {string} */ source) => {
		const hash = createHash('sha256').update(salt).update(source).digest('hex');
		return `${FILES_DIR}/${name}.${hash.slice(0, 10)}.js`;
	};
	const fileOf = (/** @type {string} */ locale, /** @type {string} */ group) =>
		named(`${locale}-${group}`, groupSource(locale, group));
	const pageFileOf = (/** @type {string} */ locale, /** @type {string} */ route) =>
		named(`${locale}-page-${slugOf(route)}`, pageSource(locale, route));

	/** @param {Map<string, string[]>} groups @param {string} key */
	const placeOf = (groups, key) => {
		for (const [g, name] of [...groups.keys()].entries()) {
			const index = (groups.get(name) ?? []).indexOf(key);
			if (index >= 0) return { group: g, index };
		}
		return null;
	};

	return {
		name: 'frontier-i18n-locale-split',
		enforce: 'post',
		configResolved(config) {
			building = config.command === 'build';
		},
		buildStart() {
			// the browser build: each language's group a chunk under the name the server expects
			if (!building || this.environment?.config.consumer !== 'client') return;
			for (const locale of locales) {
				for (const group of readGroups().keys())
					this.emitFile({
						type: 'chunk',
						id: `${VIRTUAL}/${locale}/${group}`,
						fileName: fileOf(locale, group),
						preserveSignature: 'strict'
					});
				for (const route of Object.keys(readRoutes()))
					this.emitFile({
						type: 'chunk',
						id: `${VIRTUAL}/${locale}/page/${slugOf(route)}`,
						fileName: pageFileOf(locale, route),
						preserveSignature: 'strict'
					});
			}
		},
		resolveId(id) {
			if (id === VIRTUAL || id.startsWith(VIRTUAL + '/') || id === FILES) return '\0' + id;
		},
		load(id) {
			if (id === `\0${VIRTUAL}`) {
				// the loaders: one dynamic import per language and group, so each is a chunk
				const groups = [...readGroups().keys()];
				const table = locales
					.map(
						(locale) =>
							`${JSON.stringify(locale)}: [${groups
								.map((group) => `() => import(${JSON.stringify(`${VIRTUAL}/${locale}/${group}`)})`)
								.join(', ')}]`
					)
					.join(',\n');
				const pages = locales
					.map(
						(locale) =>
							`${JSON.stringify(locale)}: {${Object.keys(readRoutes())
								.map(
									(route) =>
										`${JSON.stringify(route)}: () => import(${JSON.stringify(`${VIRTUAL}/${locale}/page/${slugOf(route)}`)})`
								)
								.join(', ')}}`
					)
					.join(',\n');
				return (
					`export const groups = ${JSON.stringify(groups)};\n` +
					`export const loaders = {\n${table}\n};\n` +
					`export const pageLoaders = {\n${pages}\n};\n`
				);
			}
			if (id.startsWith(`\0${VIRTUAL}/`)) {
				const [locale = '', group = '', slug] = id.slice(VIRTUAL.length + 2).split('/');
				if (group === 'page') {
					const route = Object.keys(readRoutes()).find((r) => slugOf(r) === slug);
					if (route === undefined) throw new Error(`i18n: no route for ${id}`);
					return pageSource(locale, route);
				}
				return groupSource(locale, group);
			}
			if (id === `\0${FILES}`) {
				// for the server: where each route's chunk is (none while developing: Vite serves modules)
				/** @type {Record<string, Record<string, string>>} */
				const pages = {};
				if (building)
					for (const locale of locales) {
						pages[locale] = {};
						for (const route of Object.keys(readRoutes()))
							pages[locale][route] = `/${pageFileOf(locale, route)}`;
					}
				return `export const pageMessageFiles = ${JSON.stringify(pages)};\n`;
			}
		},
		transform(code, id, options) {
			if (options?.ssr) return;
			const file = id.replace(/\?.*$/, '').replaceAll('\\', '/');
			if (!file.startsWith(compiledPath + '/') || !file.endsWith('.js')) return;
			const key = file.slice(compiledPath.length + 1, -3);
			if (key.includes('/') || key.startsWith('_')) return;
			const place = placeOf(readGroups(), key);
			if (!place) return;
			return {
				code: `import { message } from ${JSON.stringify(lookupModule)};\nexport const ${key} = /* @__PURE__ */ message(${place.group}, ${place.index});\n`,
				map: null
			};
		}
	};
}

/**
 * One language's text of a compiled message module: a template literal when it has no inputs,
 * else the function Paraglide compiled (plural and other selectors included).
 *
 * @param {string} source the compiled module
 * @param {string} locale
 * @param {string} key
 */
export function compiledText(source, locale, key) {
	const start = source.indexOf(`const ${locale}_${key} = `);
	if (start < 0) throw new Error(`i18n: no ${locale} text compiled for ${key}`);
	const afterType = source.indexOf('*/', start) + 2;
	const end = source.indexOf('\n};', afterType);
	const fn = source.slice(afterType, end + 2).trim();
	const plain =
		/^\(\) => \{\s*return \/\*\* @type \{LocalizedString\} \*\/ \((`(?:[^`\\$]|\\.|\$(?!\{))*`)\)\s*\}$/.exec(
			fn
		);
	return plain ? /** @type {string} */ (plain[1]) : fn;
}
