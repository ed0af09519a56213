/**
 * The border-labelling rules on a synthetic map you can reason about (degrees near the equator,
 * 0.01° ≈ 1.1 km): country C = the unit square; neighbour A holds its west and south sides, B its
 * east and north sides. A has a bite in its northern edge under C, with a sliver of B inside the
 * bite, so three vertices of C are nearer to B than to A: a spurious ~1.1 km flip the smoothing
 * rule must remove. C also has an exclave inside B (B has no hole there, as in the real data)
 * and a tiny island far from both, which must be dropped.
 */
import type { MultiPolygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { lineLengthMeters } from '../../../src/lib/geo/geodesic';
import { BORDER_RULES, deriveBorderLines } from './borders';

const C: MultiPolygon = {
	type: 'MultiPolygon',
	coordinates: [
		[
			[
				[0, 0],
				[0.25, 0],
				[0.5, 0],
				[0.505, 0],
				[0.51, 0],
				[0.75, 0],
				[1, 0],
				[1, 0.5],
				[1, 1],
				[0.5, 1],
				[0, 1],
				[0, 0.5],
				[0, 0]
			]
		],
		// exclave inside B
		[
			[
				[1.5, 0.5],
				[1.51, 0.5],
				[1.51, 0.51],
				[1.5, 0.51],
				[1.5, 0.5]
			]
		],
		// processing leftover: a 5-position island 33 km from any neighbour
		[
			[
				[0.3, 0.5],
				[0.301, 0.5],
				[0.301, 0.501],
				[0.3, 0.501],
				[0.3, 0.5]
			]
		]
	]
};

const A: MultiPolygon = {
	type: 'MultiPolygon',
	coordinates: [
		[
			[
				[-1, -1],
				[1, -1],
				[1, 0],
				[0.51, 0],
				[0.51, -0.03],
				[0.5, -0.03],
				[0.5, 0],
				[0, 0],
				[0, 1],
				[-1, 1],
				[-1, -1]
			]
		]
	]
};

const B: MultiPolygon = {
	type: 'MultiPolygon',
	coordinates: [
		[
			[
				[1, -1],
				[2, -1],
				[2, 2],
				[-1, 2],
				[-1, 1],
				[0, 1],
				[1, 1],
				[1, 0],
				[1, -1]
			]
		],
		// sliver inside A's bite, 0.001° (111 m) below C's edge
		[
			[
				[0.502, -0.001],
				[0.508, -0.001],
				[0.508, -0.02],
				[0.502, -0.02],
				[0.502, -0.001]
			]
		]
	]
};

const total = (lines: Position[][]) => lines.reduce((s, l) => s + lineLengthMeters(l), 0);

describe('deriveBorderLines', () => {
	const d = deriveBorderLines(C, [
		{ iso: 'A', geometry: A },
		{ iso: 'B', geometry: B }
	]);
	const a = d.lines.get('A') ?? [];
	const b = d.lines.get('B') ?? [];

	it('smooths the spurious flip into the surrounding label', () => {
		expect(d.smoothedRuns).toBe(1);
		expect(a).toHaveLength(1);
		// west + south sides: one unbroken line through the bite vertices
		expect(a[0]).toContainEqual([0.505, 0]);
		expect(total(a)).toBeGreaterThan(2 * 110_000);
		expect(total(a)).toBeLessThan(2 * 111_500);
	});

	it('gives the east and north sides, and the exclave, to B', () => {
		expect(b).toHaveLength(2);
		const exclave = b.find((l) => l.some((p) => p[0] === 1.5));
		expect(exclave).toBeDefined();
		expect(exclave?.[0]).toEqual(exclave?.[exclave.length - 1]); // a closed ring
	});

	it('meets at the tripoints: the lines share their end vertices', () => {
		const main = b.find((l) => !l.some((p) => p[0] === 1.5)) as Position[];
		const ends = (l: Position[]) => [l[0], l[l.length - 1]].map((p) => JSON.stringify(p)).sort();
		expect(ends(a[0] as Position[])).toEqual(ends(main));
		expect(ends(main)).toEqual(['[0,1]', '[1,0]']);
	});

	it('drops the far, tiny leftover part and keeps the others', () => {
		expect(d.droppedParts).toHaveLength(1);
		expect(d.droppedParts[0]?.part).toBe(2);
		expect(d.droppedParts[0]?.nearestMeters).toBeGreaterThan(
			BORDER_RULES.dropPartMinDistanceMeters
		);
		expect(d.partsUsed).toBe(2);
	});

	it('without smoothing, the flip stays (the rule is what removes it)', () => {
		const raw = deriveBorderLines(
			C,
			[
				{ iso: 'A', geometry: A },
				{ iso: 'B', geometry: B }
			],
			{ ...BORDER_RULES, smoothMaxRunMeters: 0 }
		);
		expect(raw.smoothedRuns).toBe(0);
		expect(raw.lines.get('A')).toHaveLength(2);
		expect(raw.lines.get('B')?.some((l) => l.some((p) => p[0] === 0.505))).toBe(true);
	});
});
