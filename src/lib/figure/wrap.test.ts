import { describe, expect, it } from 'vitest';
import { wrapAnywhere, wrapWords } from './wrap';

/** Every character 1 px wide. */
const mono = (t: string) => t.length;

describe('wrapWords', () => {
	it('keeps a line that fits', () => {
		expect(wrapWords('a short line', 40, mono)).toEqual(['a short line']);
	});

	it('breaks greedily at spaces', () => {
		expect(wrapWords('aaa bbb ccc ddd', 7, mono)).toEqual(['aaa bbb', 'ccc ddd']);
	});

	it('cuts a word longer than the line', () => {
		const lines = wrapWords('see abcdefghijkl end', 5, mono);
		expect(lines.every((l) => l.length <= 5)).toBe(true);
		expect(lines.join('')).toBe('seeabcdefghijklend');
	});

	it('is empty for empty text', () => {
		expect(wrapWords('  ', 10, mono)).toEqual([]);
	});
});

describe('wrapAnywhere', () => {
	it('prefers to break after a separator', () => {
		expect(wrapAnywhere('http://h/?view=7/38/69&layers=a,b', 16, mono)).toEqual([
			'http://h/?view=',
			'7/38/69&layers=',
			'a,b'
		]);
	});

	it('never exceeds the width and loses no character', () => {
		const url =
			'https://example.org/?view=7.25/38.512/71.204/30/0&layers=gbao,tj-af-border&select=x';
		for (const width of [1, 5, 13, 29, 200]) {
			const lines = wrapAnywhere(url, width, mono);
			expect(lines.join('')).toBe(url);
			expect(lines.every((l) => l.length <= Math.max(1, width))).toBe(true);
		}
	});
});
