import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REQUIRED_FEATURE_IDS } from '$lib/data/ids';
import { buildSources, SOURCE_FILES } from '$lib/layers/sources';
import { dataIndex, formatKilobytes } from './data-index';

describe('data index', () => {
	const index = dataIndex();

	it('lists every file of the manifest, each present in static/data', () => {
		expect(index.downloads.length).toBeGreaterThan(0);
		for (const d of index.downloads) {
			expect(() => readFileSync(`static/data/${d.file}`)).not.toThrow();
		}
	});

	it('lists every required feature id, and each listed file really holds that id', () => {
		const ids = index.features.map((f) => f.id);
		for (const id of REQUIRED_FEATURE_IDS) expect(ids).toContain(id);
		const cache = new Map<string, Set<string>>();
		const idsIn = (file: string) => {
			let s = cache.get(file);
			if (!s) {
				const fc = JSON.parse(readFileSync(`static/data/${file}`, 'utf8')) as {
					features: { id: string }[];
				};
				s = new Set(fc.features.map((f) => f.id));
				cache.set(file, s);
			}
			return s;
		};
		for (const f of index.features) {
			for (const file of f.files) expect(idsIn(file).has(f.id), `${f.id} in ${file}`).toBe(true);
		}
	});

	it('offers exactly the files the map draws: the map and the downloads carry the same features and ids', () => {
		// The map has no tiles or other derived copy of the data: each of its sources is a /data
		// download, so what an analyst downloads is what the map shows, feature for feature.
		const offered = new Set(index.downloads.map((d) => d.file));
		for (const file of Object.values(SOURCE_FILES)) expect(offered, file).toContain(file);
		for (const source of Object.values(buildSources('https://example.org/data/')))
			expect(source.data).toMatch(/^https:\/\/example\.org\/data\/[a-z-]+\.geojson$/);
	});

	it('formats sizes in KB', () => {
		expect(formatKilobytes(203063)).toBe('198.3 KB');
		expect(formatKilobytes(1024)).toBe('1.0 KB');
	});
});
