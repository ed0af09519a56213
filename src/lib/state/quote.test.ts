import { describe, expect, it } from 'vitest';
import { MAX_QUOTE_LENGTH, describeValue, quoteValue } from './quote';

describe('quoteValue', () => {
	it('quotes short values as they are', () => {
		expect(quoteValue('abc')).toBe('“abc”');
		expect(quoteValue('')).toBe('“”');
	});
	it('never echoes markup', () => {
		const q = quoteValue('<script>alert(1)</script>');
		expect(q).not.toMatch(/[<>]/);
		expect(q).toContain('‹script›');
	});
	it('cuts long values by code point, with an ellipsis', () => {
		const big = '😀'.repeat(100_000);
		const q = quoteValue(big);
		expect(Array.from(q.slice(1, -2))).toHaveLength(MAX_QUOTE_LENGTH);
		expect(q.endsWith('…”')).toBe(true);
		expect(q).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
	});
	it('replaces controls, bidi overrides, zero-width and lone surrogates', () => {
		const q = quoteValue('a\u0000b\u202ec\u200bd\ud800e\n');
		expect(q).toBe('“a\ufffdb\ufffdc\ufffdd\ufffde\ufffd”');
	});
	it('keeps ordinary unicode', () => {
		expect(quoteValue('Душанбе 🇹🇯')).toBe('“Душанбе 🇹🇯”');
	});
});

describe('describeValue', () => {
	it('names any value without calling into it', () => {
		const trap = new Proxy(
			{},
			{
				get: () => {
					throw new Error('no');
				}
			}
		);
		expect(describeValue(trap)).toBe('an object');
		expect(describeValue(() => 1)).toBe('a function');
		expect(describeValue(Symbol('s'))).toBe('a symbol');
		expect(describeValue(10n)).toBe('10');
		expect(describeValue(undefined)).toBe('nothing');
		expect(describeValue([1])).toBe('an array');
		expect(describeValue('<b>')).toBe('“‹b›”');
	});
});
