import { describe, expect, it } from 'vitest';
import { echoList, shortEcho } from './echo';

describe('echoing bad input', () => {
	it('cuts a long piece to 20 characters and marks the cut', () => {
		expect(shortEcho('x'.repeat(500))).toBe(`${'x'.repeat(20)}…`);
		expect(shortEcho('abc')).toBe('abc');
		expect(shortEcho('😀'.repeat(30))).toBe(`${'😀'.repeat(20)}…`);
	});

	it('lists at most five pieces and counts the rest', () => {
		expect(echoList(['a', 'b', 'c', 'd', 'e', 'f', 'g'])).toBe('a, b, c, d, e and 2 more');
		expect(echoList(['abc', 'y'.repeat(500)])).toBe(`abc, ${'y'.repeat(20)}…`);
		expect(echoList(['x'.repeat(500)]).length).toBeLessThanOrEqual(21);
	});
});
