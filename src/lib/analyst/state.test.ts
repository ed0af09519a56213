import { describe, expect, it } from 'vitest';
import { parseRadii } from './state.svelte';

describe('range-ring radii', () => {
	it('accepts commas, spaces and semicolons, sorts and dedupes', () => {
		expect(parseRadii('100, 50;50 150')).toEqual({ radii: [50, 100, 150], invalid: [] });
	});
	it('reports what it cannot read and keeps the rest', () => {
		expect(parseRadii('50, abc, -3, 0, 1e9')).toEqual({
			radii: [50],
			invalid: ['abc', '-3', '0', '1e9']
		});
	});
	it('is empty for empty input', () => {
		expect(parseRadii('  ')).toEqual({ radii: [], invalid: [] });
	});
});
