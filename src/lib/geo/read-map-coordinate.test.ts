import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inExtent, MAP_EXTENT } from './extent';
import { readMapCoordinate } from './read-map-coordinate';

const EXTENT_WORDS = 'latitude 33° N to 44° N, longitude 60° E to 80° E';

describe('readMapCoordinate: the map’s extent', () => {
	it('refuses a point off the map and names the extent (issue 13: "-91, 10" became 10° N 91° W)', () => {
		for (const text of ['-91, 10', '91,0', '0,0', '51.5072 N, 0.1276 W', '42S VH 81112 65010 x']) {
			const r = readMapCoordinate(text);
			expect(r.ok, text).toBe(false);
		}
		const r = readMapCoordinate('-91, 10');
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.message).toContain('10.0000° N, 91.0000° W');
			expect(r.message).toContain(`outside the map, which covers ${EXTENT_WORDS}`);
		}
		const zero = readMapCoordinate('0,0');
		expect(zero.ok).toBe(false);
		if (!zero.ok) expect(zero.message).toContain(EXTENT_WORDS);
	});

	it('accepts points on the map as typed (DD, DMS, MGRS)', () => {
		for (const text of ['38.5333, 68.7833', '37°21′N 68°33′E', '42S VH 81112 65010']) {
			const r = readMapCoordinate(text);
			expect(r.ok, text).toBe(true);
			if (r.ok) expect(r.note).toBeUndefined();
		}
	});

	it('settles an unlettered order by the extent and says so', () => {
		const r = readMapCoordinate('68.7833, 38.5333');
		expect(r.ok).toBe(true);
		if (r.ok) {
			expect(r.lonLat).toEqual([68.7833, 38.5333]);
			expect(r.note).toMatch(/^Read as longitude, latitude \(38\.5333° N, 68\.7833° E\)/);
		}
		// letters fix the order: no swapping behind the person's back
		const lettered = readMapCoordinate('68.7833 N, 38.5333 E');
		expect(lettered.ok).toBe(false);
	});

	it('asks when both orders lie inside the box', () => {
		const r = readMapCoordinate('40, 41', { extent: [30, 30, 50, 50] });
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.message).toMatch(/add N and E/);
		// the same number twice is one place whatever the order
		expect(readMapCoordinate('40, 40', { extent: [30, 30, 50, 50] }).ok).toBe(true);
	});

	it('refuses the same point as the previous one', () => {
		const r = readMapCoordinate('38.5333, 68.7833', { previous: [68.7833, 38.5333] });
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.message).toMatch(/same point as the previous one/);
		expect(readMapCoordinate('38.5333, 68.7833', { previous: [68.55, 37.35] }).ok).toBe(true);
		// the same place typed another way is the same point
		expect(readMapCoordinate('42S VH 81112 65010', { previous: [68.7833, 38.5333] }).ok).toBe(
			false
		);
	});

	it('never returns a point off the map, whatever is typed (fast-check)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -200, max: 200, noNaN: true }),
				fc.double({ min: -200, max: 200, noNaN: true }),
				(a, b) => {
					const r = readMapCoordinate(`${a}, ${b}`);
					if (r.ok) expect(inExtent(r.lonLat, MAP_EXTENT)).toBe(true);
					else expect(r.message.length).toBeGreaterThan(0);
				}
			),
			{ numRuns: 2000 }
		);
	});
});
