import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safe-url';

describe('safeHttpUrl', () => {
	it('keeps http and https links', () => {
		expect(safeHttpUrl('https://tass.com/defense/1324249')).toBe(
			'https://tass.com/defense/1324249'
		);
		expect(safeHttpUrl('http://example.org/a b')).toBe('http://example.org/a%20b');
	});
	it('drops every other scheme and garbage', () => {
		for (const bad of [
			'javascript:alert(1)',
			' JAVASCRIPT:alert(1)',
			'data:text/html,<b>',
			'vbscript:x',
			'//evil',
			'not a url',
			'',
			null,
			undefined
		]) {
			expect(safeHttpUrl(bad as string | null)).toBeNull();
		}
	});
});
