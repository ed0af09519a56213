/**
 * No English left hard-coded in a component: every text a reader sees in a .svelte file (text
 * nodes, and the attributes a reader or a screen reader gets: aria-label, title, placeholder, alt,
 * label) comes from a message. What is English on purpose is marked: code samples (<code>, <pre>,
 * <kbd>, <samp>), and elements with `lang="en"` (the report's own words) or `translate="no"`.
 * Names that are the same in every language (ALLOWED) may stand alone.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';

const READER_ATTRIBUTES = new Set([
	'aria-label',
	'aria-description',
	'aria-roledescription',
	'aria-valuetext',
	'title',
	'placeholder',
	'alt',
	'label',
	// the page's description in <svelte:head> (its <title> is a text node)
	'content'
]);
const CODE_ELEMENTS = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);

/** Names, formats and symbols that read the same in English and Russian. */
const ALLOWED = new Set(
	[
		'Frontier Map',
		'MapLibre',
		'MapLibre GL JS',
		'OpenStreetMap',
		'Natural Earth',
		'geoBoundaries',
		'GeoJSON',
		'CSV',
		'PNG',
		'SVG',
		'JSON',
		'BibTeX',
		'CSL-JSON',
		'MGRS',
		'WGS84',
		'DMS',
		'GeographicLib',
		'Turf',
		'SvelteKit',
		'oEmbed',
		'iframe',
		'postMessage',
		'English',
		'Русский',
		'EN',
		'RU',
		'OK',
		// robots directives
		'noindex',
		'nofollow'
	].map((s) => s.toLowerCase())
);

function svelteFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'paraglide' ? [] : svelteFiles(path);
		return name.endsWith('.svelte') ? [path] : [];
	});
}

/** True when `text` has a word a reader would read in English. */
function hasEnglish(text: string): boolean {
	const rest = text.replace(/\s+/g, ' ').trim().toLowerCase();
	if (!/[a-z]{2,}/.test(rest)) return false;
	let left = rest;
	for (const name of [...ALLOWED].sort((a, b) => b.length - a.length))
		left = left.split(name).join(' ');
	return /[a-z]{2,}/.test(left);
}

type Node = { type?: string; name?: string; [key: string]: unknown };

/** The English texts of a component, with what they are. */
export function englishIn(source: string): string[] {
	const ast = parse(source, { modern: true });
	const found: string[] = [];
	const attributeText = (node: Node) =>
		Array.isArray(node.value)
			? (node.value as Node[])
					.filter((v) => v.type === 'Text')
					.map((v) => String(v.data))
					.join(' ')
			: '';
	const walk = (node: unknown, exempt: boolean): void => {
		if (!node || typeof node !== 'object') return;
		if (Array.isArray(node)) {
			for (const child of node) walk(child, exempt);
			return;
		}
		const n = node as Node;
		if (n.type === 'Text' && !exempt && hasEnglish(String(n.data)))
			found.push(String(n.data).trim().slice(0, 80));
		let inner = exempt;
		const attributes = (n.attributes as Node[] | undefined) ?? [];
		if (typeof n.name === 'string' && CODE_ELEMENTS.has(n.name)) inner = true;
		for (const a of attributes) {
			if (a.type !== 'Attribute') continue;
			const text = attributeText(a);
			if (a.name === 'lang' && text.trim() === 'en') inner = true;
			if (a.name === 'translate' && text.trim() === 'no') inner = true;
		}
		for (const a of attributes) {
			if (a.type === 'Attribute' && READER_ATTRIBUTES.has(String(a.name)) && !inner) {
				const text = attributeText(a);
				if (hasEnglish(text)) found.push(`${a.name}="${text.trim().slice(0, 60)}"`);
			}
		}
		for (const [key, value] of Object.entries(n)) {
			if (key === 'parent' || key === 'attributes' || key === 'metadata') continue;
			walk(value, inner);
		}
		// attribute values can hold blocks and expressions with text too
		for (const a of attributes) if (a.type !== 'Attribute') walk(a, inner);
	};
	walk(ast.fragment, false);
	return found;
}

describe('components', () => {
	const files = svelteFiles('src');

	it('finds English where it is (the check can fail)', () => {
		expect(englishIn('<p>Show the map</p>')).toEqual(['Show the map']);
		expect(englishIn('<button aria-label="Close the dialog">×</button>')).toEqual([
			'aria-label="Close the dialog"'
		]);
		expect(englishIn('<p>{m.cite_close()}</p><code>npm start</code>')).toEqual([]);
		expect(englishIn('<blockquote lang="en">As the report says</blockquote>')).toEqual([]);
		expect(englishIn('<p>GeoJSON · CSV</p>')).toEqual([]);
	});

	it.each(files)('%s has no English hard-coded', (file) => {
		expect(englishIn(readFileSync(file, 'utf8'))).toEqual([]);
	});
});
