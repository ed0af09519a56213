import { describe, expect, it } from 'vitest';
import { ResponseMemo, sharedLifetime } from './response-memo';

describe('sharedLifetime', () => {
	it.each([
		['public, max-age=60, s-maxage=300, stale-while-revalidate=3600', 300],
		['public, max-age=86400', 86400],
		['public, max-age=31536000, immutable', 31536000],
		['Public, S-MaxAge=10', 10],
		['max-age=60', 0],
		['public', 0],
		['public, max-age=0', 0],
		['public, max-age=junk', 0],
		['public, private, max-age=60', 0],
		['public, no-cache, max-age=60', 0],
		['no-store', 0],
		['', 0],
		[null, 0]
	])('%s → %s s', (header, seconds) => {
		expect(sharedLifetime(header)).toBe(seconds);
	});
});

describe('ResponseMemo', () => {
	const body = (bytes: number) => new Uint8Array(bytes);
	const entry = (bytes = 10) => ({
		status: 200,
		headers: [['a', 'b']] as [string, string][],
		body: body(bytes)
	});

	it('gives back what it kept until its lifetime, capped at maxAgeSeconds, runs out', () => {
		let now = 0;
		const memo = new ResponseMemo(
			{ maxEntries: 10, maxBytes: 1000, maxAgeSeconds: 300 },
			() => now
		);
		memo.set('page', entry(), 86400);
		expect(memo.get('page')?.headers).toEqual([['a', 'b']]);
		now = 299_999;
		expect(memo.get('page')).toBeDefined();
		now = 300_000;
		expect(memo.get('page')).toBeUndefined();
		expect(memo.size).toEqual({ entries: 0, bytes: 0 });
	});

	it('keeps nothing without a lifetime, and no body over a tenth of its budget', () => {
		const memo = new ResponseMemo({ maxEntries: 10, maxBytes: 1000, maxAgeSeconds: 300 });
		memo.set('none', entry(), 0);
		memo.set('huge', entry(101), 300);
		expect(memo.size.entries).toBe(0);
	});

	it('drops the least recently used first, by count and by bytes', () => {
		const memo = new ResponseMemo({ maxEntries: 3, maxBytes: 1000, maxAgeSeconds: 300 });
		for (const key of ['a', 'b', 'c']) memo.set(key, entry(), 300);
		memo.get('a');
		memo.set('d', entry(), 300);
		expect(['a', 'b', 'c', 'd'].map((k) => memo.get(k) !== undefined)).toEqual([
			true,
			false,
			true,
			true
		]);
		const bytes = new ResponseMemo({ maxEntries: 100, maxBytes: 250, maxAgeSeconds: 300 });
		for (const key of ['a', 'b', 'c']) bytes.set(key, entry(25), 300);
		for (let i = 0; i < 9; i++) bytes.set(`x${i}`, entry(25), 300);
		expect(bytes.size.bytes).toBeLessThanOrEqual(250);
		expect(bytes.get('a')).toBeUndefined();
		expect(bytes.get('x8')).toBeDefined();
	});

	it('replaces an entry under the same key without counting it twice', () => {
		const memo = new ResponseMemo({ maxEntries: 10, maxBytes: 1000, maxAgeSeconds: 300 });
		memo.set('a', entry(40), 300);
		memo.set('a', entry(60), 300);
		expect(memo.size).toEqual({ entries: 1, bytes: 60 });
	});
});
