import { describe, expect, it } from 'vitest';
import { DEFAULT_MAP_STATE } from '$lib/state/map-state';
import { serialiseMapState } from '$lib/state/url';
import {
	INBOUND_MESSAGES,
	OUTBOUND_MESSAGES,
	PARAM_DOCS,
	PARAM_NAMES,
	URL_PARAMETERS,
	embedDocsMarkdown
} from './docs';
import { outbound } from './messages';

describe('docs as data', () => {
	it('documents each URL parameter once, with every field filled', () => {
		expect(new Set(PARAM_NAMES).size).toBe(PARAM_NAMES.length);
		expect([...PARAM_NAMES].sort()).toEqual(Object.keys(DEFAULT_MAP_STATE).sort());
		for (const p of URL_PARAMETERS) {
			expect(PARAM_DOCS[p.name]).toBe(p);
			for (const field of [p.syntax, p.example, p.default, p.description])
				expect(field.trim()).not.toBe('');
			expect(p.syntax.startsWith(`${p.name}=`)).toBe(true);
		}
	});
	it('documents the defaults the serialiser omits', () => {
		expect(serialiseMapState({ ...DEFAULT_MAP_STATE }, { embed: true }).toString()).toBe('');
		expect(PARAM_DOCS.layers.default).toBe(DEFAULT_MAP_STATE.layers.join(','));
		expect(PARAM_DOCS.controls.default).toBe(DEFAULT_MAP_STATE.controls.join(','));
		expect(PARAM_DOCS.units.default).toBe(DEFAULT_MAP_STATE.units);
		expect(PARAM_DOCS.theme.default).toBe(DEFAULT_MAP_STATE.theme);
	});
	it('documents each message once per direction, examples carrying source or target', () => {
		for (const [list, key] of [
			[OUTBOUND_MESSAGES, 'source'],
			[INBOUND_MESSAGES, 'target']
		] as const) {
			const types = list.map((m) => m.type);
			expect(new Set(types).size).toBe(types.length);
			for (const m of list) {
				expect(m.example).toMatchObject({ [key]: 'frontier-map', type: m.type });
				expect(Object.keys(m.example).sort()).toEqual(
					[key, 'type', ...m.fields.map((f) => f.name)].sort()
				);
			}
		}
		expect(OUTBOUND_MESSAGES.map((m) => m.type).sort()).toEqual(Object.keys(outbound).sort());
	});
	it('renders Markdown that names every parameter and message', () => {
		const md = embedDocsMarkdown();
		for (const p of URL_PARAMETERS) expect(md).toContain(`\`${p.name}=${p.example}\``);
		for (const m of [...OUTBOUND_MESSAGES, ...INBOUND_MESSAGES])
			expect(md).toContain(`| \`${m.type}\` |`);
		// Every table row has the same number of cells as its header.
		for (const table of md.split('\n\n').filter((b) => b.includes('| --- |'))) {
			const counts = table
				.split('\n')
				.filter((l) => l.startsWith('|'))
				.map((l) => l.replace(/\\\|/g, '').split('|').length);
			expect(new Set(counts).size).toBe(1);
		}
	});
});
