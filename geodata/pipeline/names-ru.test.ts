/**
 * Russian names (issue 15): every one comes from a source or says what it translates, the served
 * files carry them where the map labels names, and none is a transliteration of our own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CatalogFile } from '../../src/lib/data/types';
import { GENERATED_REL, REPO_ROOT, STATIC_DATA_REL } from './paths';

const read = <T>(rel: string): T =>
	JSON.parse(fs.readFileSync(path.join(REPO_ROOT, rel), 'utf8')) as T;
const served = (file: string) =>
	read<{ features: { properties: Record<string, unknown> }[] }>(`${STATIC_DATA_REL}/${file}`)
		.features;

describe('Russian names', () => {
	const catalog = read<CatalogFile>(`${GENERATED_REL}/catalog.json`).entries;

	it('names a source for every Russian name of a catalogue feature', () => {
		for (const e of catalog) {
			if (e.name_ru === null) expect(e.name_ru_source, e.id).toBeNull();
			else expect(e.name_ru_source?.length, e.id).toBeGreaterThan(10);
		}
	});

	it('has the Russian names the research and the sources give', () => {
		const ru = new Map(catalog.map((e) => [e.id, e.name_ru]));
		expect(ru.get('dushanbe')).toBe('Душанбе');
		expect(ru.get('khorugh')).toBe('Хорог');
		expect(ru.get('kharbmaydon')).toContain('Харбмайдон');
		expect(ru.get('fakhrabad')).toContain('Фахрабад');
		expect(ru.get('gbao')).toBe('Горно-Бадахшанская автономная область (ГБАО)');
		// no source gives one: the app shows the English name
		expect(ru.get('isfara')).toBeNull();
	});

	it('serves name_ru on every file the map labels names from', () => {
		for (const file of ['sites.geojson', 'borders.geojson', 'regions.geojson']) {
			for (const f of served(file)) expect('name_ru' in f.properties, file).toBe(true);
		}
		for (const f of served('labels.geojson')) {
			expect(typeof f.properties.name_ru, String(f.properties.id)).toBe('string');
		}
		const places = served('places.geojson');
		const place = (name: string) => places.find((f) => f.properties.name === name)?.properties;
		expect(place('Bokhtar')?.name_ru).toBe('Бохтар');
		expect(place('Termez')?.name_ru).toBe('Термез');
		expect(places.every((f) => !String(f.properties.name_ru ?? '').includes('('))).toBe(true);
	});
});
