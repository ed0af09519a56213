import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDD } from './format-dd';
import { formatDMS } from './format-dms';
import { inverse, type LonLat } from './geodesic';
import { formatMGRS } from './mgrs';
import { parseCoordinate } from './parse-coordinate';

const DUSHANBE: LonLat = [68.7833, 38.5333];

function ok(text: string) {
	const r = parseCoordinate(text);
	if (!r.ok) throw new Error(`${text}: ${r.message}`);
	return r;
}

describe('parseCoordinate: accepted forms', () => {
	it.each([
		['38.5333, 68.7833', 'dd'],
		['38.5333 68.7833', 'dd'],
		['38.5333;68.7833', 'dd'],
		['38.5333° N, 68.7833° E', 'dd'],
		['68.7833 E, 38.5333 N', 'dd'],
		['N 38.5333 E 68.7833', 'dd'],
		['38.5333N 68.7833E', 'dd'],
		['38 31.998 N, 68 46.998 E', 'dms'],
		['38°31′59.88″N 68°46′59.88″E', 'dms'],
		[`38°31'59.88"N 68°46'59.88"E`, 'dms'],
		['38d31m59.88sN 68d46m59.88sE', 'dms'],
		['38d 31m 59.88s, 68d 46m 59.88s', 'dms'],
		['38 31 59.88 68 46 59.88', 'dms'],
		['E 68°46′59.88″ N 38°31′59.88″', 'dms']
	])('%s (%s)', (text, format) => {
		const r = ok(text);
		expect(r.format).toBe(format);
		expect(inverse(r.lonLat, DUSHANBE).distanceMeters).toBeLessThan(0.5);
	});

	it('reads MGRS with and without spaces', () => {
		for (const t of ['42S VH 81112 65010', '42SVH8111265010', '42s vh 81112 65010']) {
			const r = ok(t);
			expect(r.format).toBe('mgrs');
			expect(r.precisionMeters).toBe(1);
			expect(inverse(r.lonLat, DUSHANBE).distanceMeters).toBeLessThan(1);
		}
	});

	it('reads southern and western values, minus signs and the Unicode minus', () => {
		expect(ok('33.8688 S, 151.2093 E').lonLat).toEqual([151.2093, -33.8688]);
		expect(ok('-33.8688, 151.2093').lonLat).toEqual([151.2093, -33.8688]);
		expect(ok('−33.8688, −70.5').lonLat).toEqual([-70.5, -33.8688]);
		expect(ok('51.5072 n, 0.1276 w').lonLat).toEqual([-0.1276, 51.5072]);
	});

	it('takes lat, lon by default and lon, lat only when the first cannot be a latitude', () => {
		expect(ok('68.7833, 38.5333').lonLat).toEqual([38.5333, 68.7833]);
		const swapped = ok('151.2093, -33.8688');
		expect(swapped.lonLat).toEqual([151.2093, -33.8688]);
		expect(swapped.note).toMatch(/longitude, latitude/);
		expect(ok('38.5333, 68.7833').note).toBeUndefined();
	});

	it('offers the other order only when nothing fixed it and it is valid too', () => {
		expect(ok('38.5333, 68.7833').otherOrder).toEqual([38.5333, 68.7833]);
		expect(ok('38.5333 N, 68.7833 E').otherOrder).toBeUndefined();
		expect(ok('151.2093, -33.8688').otherOrder).toBeUndefined(); // 151 cannot be a latitude
		expect(ok('42S VH 81112 65010').otherOrder).toBeUndefined();
	});
});

describe('parseCoordinate: rejected input says why', () => {
	it.each([
		['', /Enter a coordinate/],
		['38.5', /two values/],
		['95, 100', /Latitude 95 is outside/],
		['38, 200', /Longitude 200 is outside/],
		['38.5 N, 40 N', /Both values are latitudes/],
		['38 61 N, 68 E', /Minutes must be below 60/],
		['38 30 60 N, 68 E', /Seconds must be below 60/],
		['-38.5 S, 68', /either a minus sign or S/],
		['1,2,3', /one comma/],
		['38.5 31 N, 68 E', /Only the last part may have decimals/],
		['hello', /Could not read/],
		['42S VH 8111 650', /MGRS/]
	])('%s', (text, message) => {
		const r = parseCoordinate(text);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.message).toMatch(message);
	});
});

describe('parseCoordinate: properties (fast-check)', () => {
	const lonLat = fc.tuple(
		fc.double({ min: -180, max: 180, noNaN: true }),
		fc.double({ min: -90, max: 90, noNaN: true })
	);

	it('never throws, whatever the string', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
				const r = parseCoordinate(s);
				expect(typeof r.ok).toBe('boolean');
			}),
			{ numRuns: 2000 }
		);
		const pieces = fc.constantFrom(
			'38',
			'-12.5',
			'.5',
			'°',
			'′',
			'″',
			"'",
			'"',
			'd',
			'm',
			's',
			'N',
			'S',
			'E',
			'W',
			'n',
			'e',
			',',
			';',
			' ',
			'42S',
			'VH',
			'81112',
			'65010',
			'−',
			'+',
			'deg',
			'sec',
			'min',
			'60',
			'999'
		);
		fc.assert(
			fc.property(fc.array(pieces, { maxLength: 14 }), (parts) => {
				const r = parseCoordinate(parts.join(''));
				if (r.ok) {
					expect(Math.abs(r.lonLat[1])).toBeLessThanOrEqual(90);
					expect(Math.abs(r.lonLat[0])).toBeLessThanOrEqual(180);
				} else expect(r.message.length).toBeGreaterThan(0);
			}),
			{ numRuns: 3000 }
		);
		expect(parseCoordinate(undefined as unknown as string).ok).toBe(false);
		expect(parseCoordinate('1'.repeat(500)).ok).toBe(false);
	});

	it('DD with hemisphere letters round-trips within the format precision (5 decimals)', () => {
		fc.assert(
			fc.property(lonLat, ([lon, lat]) => {
				const r = ok(formatDD([lon, lat]));
				expect(r.format).toBe('dd');
				expect(Math.abs(r.lonLat[1] - lat)).toBeLessThanOrEqual(0.5e-5 + 1e-12);
				expect(lonDiff(r.lonLat[0], lon)).toBeLessThanOrEqual(0.5e-5 + 1e-12);
			}),
			{ numRuns: 1000 }
		);
	});

	it('plain DD round-trips (lat, lon)', () => {
		fc.assert(
			fc.property(lonLat, ([lon, lat]) => {
				const r = ok(formatDD([lon, lat], { style: 'plain', decimals: 6 }));
				expect(Math.abs(r.lonLat[1] - lat)).toBeLessThanOrEqual(0.5e-6 + 1e-12);
				expect(lonDiff(r.lonLat[0], lon)).toBeLessThanOrEqual(0.5e-6 + 1e-12);
			}),
			{ numRuns: 1000 }
		);
	});

	it('DMS round-trips within half a displayed unit of seconds', () => {
		fc.assert(
			fc.property(lonLat, fc.integer({ min: 0, max: 3 }), ([lon, lat], decimals) => {
				const r = ok(formatDMS([lon, lat], { secondDecimals: decimals }));
				expect(r.format).toBe('dms');
				const tol = (0.5 * 10 ** -decimals) / 3600 + 1e-12;
				expect(Math.abs(r.lonLat[1] - lat)).toBeLessThanOrEqual(tol);
				expect(lonDiff(r.lonLat[0], lon)).toBeLessThanOrEqual(tol);
			}),
			{ numRuns: 1000 }
		);
	});

	it('MGRS round-trips to within the named square (1 m: < 1 m; 10 m: < 8 m)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -180, max: 180, noNaN: true }),
				fc.double({ min: -79.9, max: 83.9, noNaN: true }),
				fc.constantFrom<1 | 10>(1, 10),
				(lon, lat, precisionMeters) => {
					const text = formatMGRS([lon, lat], { precisionMeters })!;
					const r = ok(text);
					expect(r.format).toBe('mgrs');
					expect(r.precisionMeters).toBe(precisionMeters);
					const d = inverse(r.lonLat, [lon, lat]).distanceMeters;
					expect(d).toBeLessThan(precisionMeters === 1 ? 1 : 8);
				}
			),
			{ numRuns: 1000 }
		);
	});
});

function lonDiff(a: number, b: number): number {
	return Math.abs(((((a - b) % 360) + 540) % 360) - 180);
}
