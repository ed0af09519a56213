import { describe, expect, it } from 'vitest';
import { describeExtent, inExtent, MAP_EXTENT } from './extent';

describe('MAP_EXTENT', () => {
	it('is the study box the data is cut to, and holds every site', async () => {
		expect(MAP_EXTENT).toEqual([60, 33, 80, 44]);
		const { catalog } = await import('$lib/data/catalog');
		for (const e of catalog) {
			if (e.lon !== null && e.lat !== null) expect(inExtent([e.lon, e.lat]), e.id).toBe(true);
		}
	});

	it('says itself in words, and includes its edges', () => {
		expect(describeExtent()).toBe('latitude 33° N to 44° N, longitude 60° E to 80° E');
		expect(describeExtent([-10, -5, 20, 5])).toBe(
			'latitude 5° S to 5° N, longitude 10° W to 20° E'
		);
		expect(inExtent([60, 33])).toBe(true);
		expect(inExtent([80.0001, 40])).toBe(false);
	});
});
