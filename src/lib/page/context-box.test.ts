import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import catalog from '$lib/generated/catalog.json';
import type { CatalogEntry } from '$lib/data/types';
import { CAPITAL, contextBox, contextBoxOfAll, MIN_CONTEXT_METERS } from './context-box';

const entries = catalog.entries as unknown as CatalogEntry[];
const byId = (id: string) => {
	const e = entries.find((x) => x.id === id);
	if (!e) throw new Error(`no ${id}`);
	return e;
};
const inside = (
	[w, s, e, n]: readonly [number, number, number, number],
	[lon, lat]: readonly [number, number]
) => lon >= w && lon <= e && lat >= s && lat <= n;

describe('contextBox', () => {
	it('uses the capital as Natural Earth places it', () => {
		const places = JSON.parse(readFileSync('static/data/places.geojson', 'utf8')) as {
			features: { properties: { name: string }; geometry: { coordinates: number[] } }[];
		};
		const dushanbe = places.features.find((f) => f.properties.name === CAPITAL.name);
		expect(dushanbe?.geometry.coordinates).toEqual(CAPITAL.lonLat);
	});

	it('frames Kharbmaydon with room around its ±40 km circle and the capital', () => {
		const k = byId('kharbmaydon');
		const box = contextBox(k);
		const heightKm = (box[3] - box[1]) * 111.32;
		// the 80 km circle is at most about a third of the frame's height
		expect(heightKm).toBeGreaterThanOrEqual(3 * 2 * ((k.precisionMeters ?? 0) / 1000) - 1);
		expect(inside(box, CAPITAL.lonLat)).toBe(true);
		expect(inside(box, [k.lon ?? NaN, k.lat ?? NaN])).toBe(true);
	});

	it('gives a precise site at least the minimum context on every side', () => {
		const b = byId('base-201-dushanbe');
		const box = contextBox(b);
		expect((b.lat! - box[1]) * 111_320).toBeGreaterThanOrEqual(MIN_CONTEXT_METERS - 1);
		expect((box[3] - b.lat!) * 111_320).toBeGreaterThanOrEqual(MIN_CONTEXT_METERS - 1);
	});

	it('leaves the capital out of a site far from it (the Wakhan)', () => {
		const v = byId('china-base-vakhon');
		expect(inside(contextBox(v), CAPITAL.lonLat)).toBe(false);
	});

	it('frames borders and regions as they are', () => {
		for (const id of ['tj-af-border', 'gbao']) expect(contextBox(byId(id))).toEqual(byId(id).bbox);
	});
});

describe('contextBoxOfAll', () => {
	it("covers every feature's own context box, and is null for none", () => {
		const features = ['kharbmaydon', 'tj-kg-border'].map(byId);
		const box = contextBoxOfAll(features)!;
		for (const f of features) {
			const own = contextBox(f);
			expect(box[0]).toBeLessThanOrEqual(own[0]);
			expect(box[1]).toBeLessThanOrEqual(own[1]);
			expect(box[2]).toBeGreaterThanOrEqual(own[2]);
			expect(box[3]).toBeGreaterThanOrEqual(own[3]);
		}
		expect(contextBoxOfAll([byId('fakhrabad')])).toEqual(contextBox(byId('fakhrabad')));
		expect(contextBoxOfAll([])).toBeNull();
	});
});
