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
 * code, knows the names too (`virtual:frontier-message-files`) and lists the page's groups as
 * `<link rel="modulepreload">`: they download with the page instead of after its JavaScript.
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
 * @param {{ root: string, messagesDir?: string, outdir?: string, locales: readonly string[] }} options
 * @returns {import('vite').Plugin}
 */
export function i18nLocaleSplit({
	root,
	messagesDir = 'messages',
	outdir = 'src/lib/paraglide',
	locales
}) {
	const messagesPath = join(root, messagesDir);
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

	/** The module of one language's messages of one group: an array in key order. */
	const groupSource = (/** @type {string} */ locale, /** @type {string} */ group) => {
		const keys = readGroups().get(group) ?? [];
		const entries = keys.map((key) =>
			compiledText(readFileSync(`${compiledPath}/${key}.js`, 'utf8'), locale, key)
		);
		const used = new Set(
			entries.flatMap((e) => [...e.matchAll(/registry\.(\w+)/g)].map((m) => m[1]))
		);
		const helpers = [...used].map((name) => {
			const code = REGISTRY[/** @type {keyof typeof REGISTRY} */ (name)];
			if (!code)
				throw new Error(`i18n: messages use registry.${name}, which the split does not provide`);
			return `${name}: ${code}`;
		});
		const registry = helpers.length ? `const registry = { ${helpers.join(', ')} };\n` : '';
		return `${registry}export default [\n${entries.join(',\n')}\n];\n`;
	};

	/** The chunk's file, named for its source and the tools that compile it. */
	const fileOf = (/** @type {string} */ locale, /** @type {string} */ group) => {
		const hash = createHash('sha256').update(salt).update(groupSource(locale, group)).digest('hex');
		return `${FILES_DIR}/${locale}-${group}.${hash.slice(0, 10)}.js`;
	};

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
			for (const locale of locales)
				for (const group of readGroups().keys())
					this.emitFile({
						type: 'chunk',
						id: `${VIRTUAL}/${locale}/${group}`,
						fileName: fileOf(locale, group),
						preserveSignature: 'strict'
					});
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
				return `export const groups = ${JSON.stringify(groups)};\nexport const loaders = {\n${table}\n};\n`;
			}
			if (id.startsWith(`\0${VIRTUAL}/`)) {
				const [locale = '', group = ''] = id.slice(VIRTUAL.length + 2).split('/');
				return groupSource(locale, group);
			}
			if (id === `\0${FILES}`) {
				// for the server: where each chunk is (none while developing: Vite serves modules)
				/** @type {Record<string, Record<string, string>>} */
				const files = {};
				if (building)
					for (const locale of locales) {
						files[locale] = {};
						for (const group of readGroups().keys())
							files[locale][group] = `/${fileOf(locale, group)}`;
					}
				return `export const messageFiles = ${JSON.stringify(files)};\n`;
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
