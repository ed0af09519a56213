/**
 * The boundary statement on /about (src/lib/data/boundaries.ts) and its list of disputed areas
 * (src/lib/data/disputed-areas.ts) describe the data: the source marks no disputed area, and it assigns each probe point of a disputed area to one country. If
 * a new source marks disputes, or draws an area differently, these fail and the statement (and
 * the map) must change with it.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DISPUTED_AREAS_AS_DRAWN } from '../../src/lib/data/disputed-areas';
import { REPO_ROOT, SOURCES_DIR, STATIC_DATA_REL } from './paths';

type Countries = FeatureCollection<Polygon | MultiPolygon, Record<string, unknown>>;
const read = (file: string): Countries => JSON.parse(fs.readFileSync(file, 'utf8')) as Countries;
const source = read(path.join(SOURCES_DIR, 'countries.geojson'));
const served = read(path.join(REPO_ROOT, STATIC_DATA_REL, 'countries.geojson'));

/** iso_a3 of every feature that contains the point. */
const containing = (fc: Countries, lonLat: readonly [number, number]): string[] =>
	fc.features
		.filter((f) => booleanPointInPolygon([lonLat[0], lonLat[1]], f))
		.map((f) => String(f.properties.iso_a3));

const probes = DISPUTED_AREAS_AS_DRAWN.flatMap((a) =>
	a.probes.map((p) => ({ area: a.name, ...p }))
);

describe('disputed areas as the source draws them', () => {
	it('the source marks no dispute: one feature per country, no other properties', () => {
		const isos = source.features.map((f) => f.properties.iso_a3);
		expect(new Set(isos).size).toBe(isos.length);
		for (const f of source.features)
			expect(Object.keys(f.properties).sort()).toEqual(['A3', 'clipped_to_box', 'iso_a3', 'name']);
	});

	it.each(probes)('$area: $place lies in $drawnIn alone, in the source and on the map', (p) => {
		expect(containing(source, p.lonLat)).toEqual([p.drawnIn]);
		expect(containing(served, p.lonLat)).toEqual([p.drawnIn]);
	});
});
