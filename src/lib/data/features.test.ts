import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog } from './catalog';
import { featureUrl, knownFeatureIds } from './feature-ids';
import { FeatureFileError, loadFeature, parseFeatureFile } from './features';
import { REQUIRED_FEATURE_IDS } from './ids';
import type { FeatureFile } from './types';

/** A fetch that serves static/ from disk, as the server does; records what it was asked. */
function staticFetch(asked: string[] = []): typeof fetch {
	return (async (input: RequestInfo | URL) => {
		const path = String(input);
		asked.push(path);
		try {
			return new Response(readFileSync(new URL(`../../../static${path}`, import.meta.url)));
		} catch {
			return new Response('Not found', { status: 404 });
		}
	}) as typeof fetch;
}

const respond = (body: string, status = 200) =>
	(async () => new Response(body, { status })) as unknown as typeof fetch;

const read = (id: string) =>
	JSON.parse(
		readFileSync(new URL(`../../../static/data/features/${id}.json`, import.meta.url), 'utf8')
	) as FeatureFile;

describe('one file per feature (static/data/features/)', () => {
	it('knows exactly the catalog’s ids, the required ones among them', () => {
		expect([...knownFeatureIds]).toEqual(catalog.map((e) => e.id));
		for (const id of REQUIRED_FEATURE_IDS) expect(knownFeatureIds.has(id), id).toBe(true);
	});

	it('serves the same entry and cited passages as the whole catalog', async () => {
		const fetchFn = staticFetch();
		for (const entry of catalog) {
			const file = await loadFeature(entry.id, fetchFn);
			expect(file?.entry, entry.id).toEqual(entry);
			expect(file?.passages, entry.id).toEqual(entry.passages);
		}
	});

	it('answers null for an id it does not know, without a request', async () => {
		const asked: string[] = [];
		for (const id of ['atlantis', '', '../manifest', 'features/gbao', '__proto__', 'constructor'])
			await expect(loadFeature(id, staticFetch(asked))).resolves.toBeNull();
		expect(asked).toEqual([]);
		expect(featureUrl('gbao')).toBe('/data/features/gbao.json');
	});
});

describe('a broken feature file gets a clear error, never a broken popup', () => {
	const good = read('kharbmaydon');
	const broken: [string, unknown, RegExp][] = [
		['not an object', [1, 2], /not a feature file/],
		['no entry', { passages: [] }, /not a feature file/],
		['another feature', { ...good, entry: { ...good.entry, id: 'gbao' } }, /another feature/],
		['a missing name', { ...good, entry: { ...good.entry, name: undefined } }, /name/],
		['a bad bbox', { ...good, entry: { ...good.entry, bbox: [1, 2, 3] } }, /bbox/],
		['a NaN anchor', { ...good, entry: { ...good.entry, anchor: [NaN, 1] } }, /anchor/],
		['a numeric summary', { ...good, entry: { ...good.entry, summary: 5 } }, /summary/],
		[
			'a confidence note that is not text',
			{ ...good, entry: { ...good.entry, confidenceNote: 3 } },
			/confidenceNote/
		],
		[
			'a missing confidence note (a stale file)',
			{ ...good, entry: { ...good.entry, confidenceNote: undefined } },
			/confidenceNote/
		],
		['a source without title', { ...good, entry: { ...good.entry, sources: [{}] } }, /sources/],
		['passages as text', { ...good, passages: 'p-1' }, /passages/],
		['a passage without text', { ...good, passages: [{ id: 'p-1', n: 1 }] }, /passages/]
	];
	for (const [what, value, message] of broken) {
		it(`refuses ${what}`, () => {
			expect(() => parseFeatureFile(value, 'kharbmaydon')).toThrow(FeatureFileError);
			expect(() => parseFeatureFile(value, 'kharbmaydon')).toThrow(message);
		});
	}

	it('accepts the real file', () => {
		expect(parseFeatureFile(good, 'kharbmaydon')).toEqual(good);
	});

	it('says why a load failed: HTTP status, truncated JSON, network', async () => {
		await expect(loadFeature('gbao', respond('gone', 404))).rejects.toThrow(/HTTP 404/);
		await expect(loadFeature('gbao', respond('{"entry": {"id": "gb'))).rejects.toThrow(
			/not valid JSON/
		);
		const offline = (async () => {
			throw new TypeError('Failed to fetch');
		}) as unknown as typeof fetch;
		await expect(loadFeature('gbao', offline)).rejects.toThrow(/could not be fetched/);
	});
});
