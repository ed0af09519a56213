/**
 * The message files: every key in both languages, named for its group (the folder it lives in,
 * which is what the browser loads: scripts/i18n-locale-split.js), with the same placeholders, and
 * every folder known to Paraglide's project settings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales';
import { LAZY_GROUPS, groupsFor, routeForPath } from './groups';

type Message = string | { declarations?: string[]; match?: Record<string, string> }[];
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, Message>;

const GROUPS = readdirSync('messages').sort();
const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8'));

/** The texts a message can produce (its variants, or itself). */
function texts(message: Message): string[] {
	if (typeof message === 'string') return [message];
	return message.flatMap((variant) => Object.values(variant.match ?? {}));
}

/** The placeholders (`{name}`) a message uses across its variants. */
function placeholders(message: Message): string[] {
	return [
		...new Set(texts(message).flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '')))
	].sort();
}

describe('messages/', () => {
	it('has a folder per group, each known to the inlang project', () => {
		expect(GROUPS.length).toBeGreaterThan(5);
		const patterns: string[] = settings['plugin.inlang.messageFormat'].pathPattern;
		expect([...patterns].sort()).toEqual(GROUPS.map((g) => `./messages/${g}/{locale}.json`).sort());
		expect(settings.locales).toEqual([...LOCALES]);
	});

	it.each(GROUPS)('%s: the same keys in every language, named for the group', (group) => {
		const [en, ...others] = LOCALES.map((locale) => read(`messages/${group}/${locale}.json`));
		const keys = (m: Record<string, Message>) =>
			Object.keys(m)
				.filter((k) => !k.startsWith('$'))
				.sort();
		for (const other of others) expect(keys(other!)).toEqual(keys(en!));
		for (const key of keys(en!)) expect(key).toMatch(new RegExp(`^${group}_[a-z0-9_]+$`));
	});

	it.each(GROUPS)('%s: every message says something, with the same placeholders', (group) => {
		const byLocale = LOCALES.map((locale) => read(`messages/${group}/${locale}.json`));
		const en = byLocale[0]!;
		for (const [key, message] of Object.entries(en)) {
			if (key.startsWith('$')) continue;
			for (const messages of byLocale) {
				const translated = messages[key]!;
				for (const text of texts(translated)) expect(text.trim(), `${key}`).not.toBe('');
				expect(placeholders(translated), `${key}`).toEqual(placeholders(message));
			}
		}
	});

	it('is loaded by routes only in groups that exist; the server-only group never', () => {
		for (const route of [
			'/',
			'/embed',
			'/embed/builder',
			'/embed/docs',
			'/report',
			'/about',
			'/data',
			null
		]) {
			for (const group of groupsFor(route)) expect(GROUPS).toContain(group);
			expect(groupsFor(route)).not.toContain('server');
		}
	});

	it('is loaded on demand only in groups that exist; the server-only group never', () => {
		for (const groups of Object.values(LAZY_GROUPS)) {
			for (const group of groups) expect(GROUPS).toContain(group);
			expect(groups).not.toContain('server');
		}
	});

	it("keeps /embed's first load to the words it shows then", () => {
		// the popup's, search's, the Cite dialog's and the URL notices' words come with their code
		expect(groupsFor('/embed')).toEqual(['common', 'layers', 'map', 'embed']);
	});

	it('finds the route of a path, forgiving a trailing slash', () => {
		expect(routeForPath('/')).toBe('/');
		expect(routeForPath('/embed/')).toBe('/embed');
		expect(routeForPath('/embed/docs')).toBe('/embed/docs');
		expect(routeForPath('/no-such-page')).toBeNull();
		expect(groupsFor(routeForPath('/no-such-page'))).toEqual(['common']);
	});
});
