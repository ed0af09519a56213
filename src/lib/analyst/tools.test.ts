import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexBorders } from '$lib/data/border-indexes';
import { inverse } from '$lib/geo/geodesic';
import { borderDistance, rangeRings } from './tools';

const indexes = indexBorders(JSON.parse(readFileSync('static/data/borders.geojson', 'utf8')));

describe('analyst tools', () => {
	it('finds the same Kharbmaydon → Afghan border distance the pipeline published', () => {
		const sites = JSON.parse(readFileSync('static/data/sites.geojson', 'utf8'));
		const k = sites.features.find((f: { id: string }) => f.id === 'kharbmaydon');
		const d = borderDistance(indexes, 'tj-af-border', k.geometry.coordinates, 40_000);
		expect(d.range.value).toBeCloseTo(k.properties.distanceToBorderMeters['tj-af-border'], 0);
		expect(d.range.min).toBe(Math.max(0, d.range.value - 40_000));
		expect(inverse(d.from, d.to).distanceMeters).toBeCloseTo(d.range.value, 3);
	});

	it('measures zero from a point on the border', () => {
		const onBorder: [number, number] = [68.6053, 37.1946]; // Panji Poyon bridge, ~70 m away
		const near = borderDistance(indexes, 'tj-af-border', onBorder, 0);
		const exact = borderDistance(indexes, 'tj-af-border', near.to, 0);
		expect(exact.range.value).toBeLessThan(0.01);
	});

	it('labels rings exactly in the chosen unit, with every vertex at the radius', () => {
		const [ring] = rangeRings([68.55, 37.35], [100], 'mi');
		expect(ring!.label).toBe('100 mi');
		expect(rangeRings([68.55, 37.35], [12.5, 1500], 'km').map((r) => r.label)).toEqual([
			'12.5 km',
			'1,500 km'
		]);
		for (const p of ring!.polygon.coordinates[0]!) {
			expect(inverse([68.55, 37.35], [p[0]!, p[1]!]).distanceMeters).toBeCloseTo(160_934.4, 1);
		}
	});
});
