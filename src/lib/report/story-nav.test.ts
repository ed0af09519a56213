import { describe, expect, it } from 'vitest';
import { stepForKey } from './story-nav';

describe('stepForKey', () => {
	it('moves one step with arrows and Page Up/Down, to the ends with Home/End', () => {
		for (const key of ['ArrowRight', 'ArrowDown', 'PageDown'])
			expect(stepForKey(key, 2, 16)).toBe(3);
		for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(stepForKey(key, 2, 16)).toBe(1);
		expect(stepForKey('Home', 5, 16)).toBe(0);
		expect(stepForKey('End', 5, 16)).toBe(15);
	});
	it('does not move past the ends, nor on other keys', () => {
		expect(stepForKey('ArrowLeft', 0, 16)).toBeNull();
		expect(stepForKey('PageDown', 15, 16)).toBeNull();
		expect(stepForKey('Home', 0, 16)).toBeNull();
		expect(stepForKey('Enter', 4, 16)).toBeNull();
		expect(stepForKey('a', 4, 16)).toBeNull();
	});
});
