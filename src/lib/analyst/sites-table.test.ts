import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/data/catalog';
import { inverse } from '$lib/geo/geodesic';
import { buildSiteRows, sortRows } from './sites-table';

const rows = buildSiteRows(catalog);
const row = (id: string) => rows.find((r) => r.id === id)!;

describe('the sites table', () => {
	it('has every point site of the catalog', () => {
		expect(rows.map((r) => r.id)).toEqual(catalog.filter((e) => e.lon !== null).map((e) => e.id));
		expect(rows.length).toBeGreaterThanOrEqual(5);
	});

	it('gives Dushanbe → Kharbmaydon as the GeographicLib distance with both radii as its range', () => {
		const k = row('kharbmaydon');
		const ref = inverse([68.7833, 38.5333], [68.55, 37.35]).distanceMeters;
		expect(k.toDushanbe.value).toBeCloseTo(ref, 3);
		expect(k.toDushanbe.min).toBeCloseTo(ref - 43_000, 3);
		expect(k.toDushanbe.max).toBeCloseTo(ref + 43_000, 3);
		expect(k.bearingFromDushanbe!).toBeGreaterThan(180);
		expect(k.bearingFromDushanbe!).toBeLessThan(200);
	});

	it('clamps the lower bound at zero when the precision circle reaches the border', () => {
		const vakhon = row('china-base-vakhon'); // ±60 km, a few hundred metres from the Afghan border
		expect(vakhon.toAfghanBorder.min).toBe(0);
	});

	it('sorts by any column both ways', () => {
		const asc = sortRows(rows, 'toAfghanBorder', 'asc').map((r) => r.toAfghanBorder.value);
		expect(asc).toEqual([...asc].sort((a, b) => a - b));
		const desc = sortRows(rows, 'name', 'desc').map((r) => r.name);
		expect(desc[0]!.localeCompare(desc.at(-1)!)).toBeGreaterThanOrEqual(0);
	});

	it('carries the Kyrgyz line’s own uncertainty in every row', () => {
		const kg = catalog.find((e) => e.id === 'tj-kg-border')!.lineUncertaintyMeters!;
		expect(kg).toBeGreaterThan(1000); // kilometres: the line is undemarcated in places
		expect(rows.every((r) => r.kyrgyzLineUncertaintyMeters === kg)).toBe(true);
	});
});
