/**
 * Derives Tajikistan's border lines from the country polygons (countries.geojson).
 *
 * Rules (also in geodata/README.md):
 * 1. Only the OUTER ring of each Tajik polygon part is used; holes are water bodies inside the
 *    country, not borders.
 * 2. Every vertex gets its distance to each neighbour (AFG, KGZ, UZB, CHN): the geodesic distance
 *    to the nearest point of the neighbour's rings (src/lib/geo/nearest-point-on-border), or 0
 *    when the vertex lies inside the neighbour's polygon. Containment is tested only for vertices
 *    more than `containmentCheckMeters` from every neighbour's rings; it is what assigns the
 *    exclaves (Vorukh inside KGZ, Sarvan inside UZB), whose surrounding country has no hole.
 * 3. Each segment goes to the neighbour that minimises the larger of its two endpoint distances
 *    (ties: AFG, KGZ, UZB, CHN order). At a tripoint vertex, which lies on two neighbours, the
 *    segment leaving it goes to the neighbour its other end lies on.
 * 4. Smoothing: along each ring, a run of segments shorter than `smoothMaxRunMeters` whose two
 *    neighbouring runs carry the same other label takes that label (shortest first, until stable).
 *    It removes spurious flips where the polygons' shared vertices diverge (e.g. across water).
 * 5. Parts with at most `dropPartMaxVertices` positions whose every vertex is more than
 *    `dropPartMinDistanceMeters` from every neighbour are processing leftovers (islands in Tajik
 *    lakes and reservoirs) and are dropped. Small parts touching a neighbour (Tajik islands in the
 *    Panj) are kept.
 * Lines keep every source vertex (full resolution): analysts measure on them. Each line's
 * length is also given split into its main line and its closed rings (exclaves, islands), with
 * the spacing of its vertices and its largest offset from the geoBoundaries trace
 * (steps/border-figures.ts).
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { lineLengthMeters } from '../../../src/lib/geo/geodesic';
import {
	createBorderIndex,
	nearestPointOnBorder,
	type BorderIndex
} from '../../../src/lib/geo/nearest-point-on-border';
import type { BorderId } from '../../../src/lib/data/ids';
import type { BorderFeature, BorderProperties } from '../../../src/lib/data/types';
import { cleanLine, lineGeometry, makeFeature, polygonsOf } from '../geometry';
import { maxOffsetMeters, splitParts, vertexSpacing } from './border-figures';
import type { BorderRow } from '../schemas';
import { round, SHAPE_DECIMALS } from '../serialize';

export interface BorderRules {
	containmentCheckMeters: number;
	smoothMaxRunMeters: number;
	dropPartMaxVertices: number;
	dropPartMinDistanceMeters: number;
}

/** The rules used for the served data (documented in geodata/README.md). */
export const BORDER_RULES: BorderRules = {
	containmentCheckMeters: 100,
	smoothMaxRunMeters: 2_000,
	dropPartMaxVertices: 6,
	dropPartMinDistanceMeters: 1_000
};

export interface Neighbour {
	iso: string;
	geometry: Polygon | MultiPolygon;
}

export interface DroppedPart {
	part: number;
	positions: number;
	nearestMeters: number;
	at: Position;
}

export interface BorderDerivation {
	/** Neighbour ISO → the lines along it, in ring order (part by part). */
	lines: Map<string, Position[][]>;
	droppedParts: DroppedPart[];
	/** Runs relabelled by the smoothing rule. */
	smoothedRuns: number;
	/** Parts of the Tajik polygon used, and the label transitions found. */
	partsUsed: number;
	transitions: number;
}

interface Run {
	label: number;
	start: number;
	count: number;
	meters: number;
}

/** Per-vertex distances of one ring to each neighbour. */
function vertexDistances(
	ring: Position[],
	neighbours: readonly Neighbour[],
	all: BorderIndex,
	owner: readonly number[],
	each: readonly BorderIndex[],
	rules: BorderRules
): { nearest: number[]; label: number[]; dist: (v: number, k: number) => number } {
	const nearest: number[] = [];
	const label: number[] = [];
	const cache = new Map<number, number>();
	const dist = (v: number, k: number): number => {
		const key = v * neighbours.length + k;
		let d = cache.get(key);
		if (d === undefined) {
			const p = ring[v] as Position;
			d = nearestPointOnBorder(each[k] as BorderIndex, [
				p[0] as number,
				p[1] as number
			]).distanceMeters;
			if (d > rules.containmentCheckMeters && inside(p, neighbours[k] as Neighbour)) d = 0;
			cache.set(key, d);
		}
		return d;
	};
	ring.forEach((p, v) => {
		const r = nearestPointOnBorder(all, [p[0] as number, p[1] as number]);
		let k = owner[all.segmentPart[r.segmentIndex] as number] as number;
		let d = r.distanceMeters;
		if (d > rules.containmentCheckMeters) {
			const k2 = neighbours.findIndex((n) => inside(p, n));
			if (k2 >= 0) {
				k = k2;
				d = 0;
				cache.set(v * neighbours.length + k2, 0);
			}
		}
		nearest.push(d);
		label.push(k);
	});
	return { nearest, label, dist };
}

function inside(p: Position, n: Neighbour): boolean {
	return booleanPointInPolygon(p, n.geometry);
}

/** Segment labels of a closed ring (rule 3). */
function segmentLabels(
	ring: Position[],
	vLabel: readonly number[],
	dist: (v: number, k: number) => number
): number[] {
	const labels: number[] = [];
	for (let i = 0; i + 1 < ring.length; i++) {
		const a = vLabel[i] as number;
		const b = vLabel[i + 1] as number;
		if (a === b) {
			labels.push(a);
			continue;
		}
		const ma = Math.max(dist(i, a), dist(i + 1, a));
		const mb = Math.max(dist(i, b), dist(i + 1, b));
		labels.push(ma < mb || (ma === mb && a < b) ? a : b);
	}
	return labels;
}

/** Cyclic runs of equal labels, rotated so the first run starts at a label change. */
function cyclicRuns(ring: Position[], labels: readonly number[]): { runs: Run[]; rot: number } {
	const m = labels.length;
	let rot = 0;
	for (let i = 0; i < m; i++) {
		if (labels[i] !== labels[(i - 1 + m) % m]) {
			rot = i;
			break;
		}
	}
	const runs: Run[] = [];
	for (let j = 0; j < m; j++) {
		const lab = labels[(rot + j) % m] as number;
		const last = runs[runs.length - 1];
		if (last && last.label === lab) last.count++;
		else runs.push({ label: lab, start: j, count: 1, meters: 0 });
	}
	for (const r of runs) r.meters = lineLengthMeters(runVertices(ring, rot, r));
	return { runs, rot };
}

function runVertices(ring: Position[], rot: number, r: Run): Position[] {
	const m = ring.length - 1;
	const out: Position[] = [];
	for (let j = r.start; j <= r.start + r.count; j++) out.push(ring[(rot + j) % m] as Position);
	return out;
}

/** Rule 4; returns the number of runs relabelled. */
function smooth(runs: Run[], maxMeters: number): number {
	let changed = 0;
	for (;;) {
		if (runs.length < 3) return changed;
		let pick = -1;
		runs.forEach((r, i) => {
			const prev = runs[(i - 1 + runs.length) % runs.length] as Run;
			const next = runs[(i + 1) % runs.length] as Run;
			const flanked = prev.label === next.label && prev.label !== r.label;
			if (flanked && r.meters < maxMeters && (pick < 0 || r.meters < (runs[pick] as Run).meters)) {
				pick = i;
			}
		});
		if (pick < 0) return changed;
		const n = runs.length;
		const prevIdx = (pick - 1 + n) % n;
		const nextIdx = (pick + 1) % n;
		const prev = runs[prevIdx] as Run;
		const cur = runs[pick] as Run;
		const next = runs[nextIdx] as Run;
		changed++;
		if (n === 3) {
			// the three runs become one label over the whole ring
			runs.splice(0, 3, {
				label: prev.label,
				start: 0,
				count: prev.count + cur.count + next.count,
				meters: prev.meters + cur.meters + next.meters
			});
			return changed;
		}
		const merged: Run = {
			label: prev.label,
			start: prev.start,
			count: prev.count + cur.count + next.count,
			meters: prev.meters + cur.meters + next.meters
		};
		if (nextIdx === 0) {
			// wrap-around: prev is the last run, next the first; keep the merged run at the end
			runs.splice(prevIdx, 2, merged);
			runs.shift();
		} else if (pick === 0) {
			runs.splice(0, 2, merged);
			runs.pop();
		} else {
			runs.splice(prevIdx, 3, merged);
		}
	}
}

/**
 * Derives the border lines of `country` with each neighbour (pure).
 *
 * @param country Tajikistan's polygon(s)
 * @param neighbours the neighbours to label by, in tie-break order
 * @param rules thresholds (see {@link BORDER_RULES})
 */
export function deriveBorderLines(
	country: Polygon | MultiPolygon,
	neighbours: readonly Neighbour[],
	rules: BorderRules = BORDER_RULES
): BorderDerivation {
	const allRings: Position[][] = [];
	const owner: number[] = [];
	const each = neighbours.map((n, k) => {
		const rings = polygonsOf(n.geometry).flat(1);
		for (const r of rings) {
			allRings.push(r);
			owner.push(k);
		}
		return createBorderIndex({ type: 'MultiLineString', coordinates: rings });
	});
	const all = createBorderIndex({ type: 'MultiLineString', coordinates: allRings });

	const lines = new Map<string, Position[][]>(neighbours.map((n) => [n.iso, []]));
	const droppedParts: DroppedPart[] = [];
	let smoothedRuns = 0;
	let partsUsed = 0;
	let transitions = 0;
	polygonsOf(country).forEach((poly, part) => {
		const ring = poly[0];
		if (!ring || ring.length < 4) return;
		const { nearest, label, dist } = vertexDistances(ring, neighbours, all, owner, each, rules);
		const nearestMeters = Math.min(...nearest);
		if (
			ring.length <= rules.dropPartMaxVertices &&
			nearestMeters > rules.dropPartMinDistanceMeters
		) {
			droppedParts.push({ part, positions: ring.length, nearestMeters, at: ring[0] as Position });
			return;
		}
		partsUsed++;
		const { runs, rot } = cyclicRuns(ring, segmentLabels(ring, label, dist));
		transitions += runs.length > 1 ? runs.length : 0;
		smoothedRuns += smooth(runs, rules.smoothMaxRunMeters);
		for (const r of runs) {
			const iso = (neighbours[r.label] as Neighbour).iso;
			(lines.get(iso) as Position[][]).push(runVertices(ring, rot, r));
		}
	});
	return { lines, droppedParts, smoothedRuns, partsUsed, transitions };
}

/**
 * Border features (borders.geojson) from a derivation and the authored rows.
 *
 * @param reference an independent trace of Tajikistan's outline (the geoBoundaries ADM1
 *   polygons' rings): each line's largest distance from it is its `sourceOffsetMaxMeters`
 */
export function buildBorderFeatures(
	derivation: BorderDerivation,
	rows: readonly BorderRow[],
	passagesOf: (id: string) => string[],
	reference: BorderIndex
): BorderFeature[] {
	return rows.map((row) => {
		const raw = derivation.lines.get(row.neighbour) ?? [];
		const lines = raw.map((l) => cleanLine(l, SHAPE_DECIMALS)).filter((l) => l !== null);
		const geometry = lineGeometry(lines);
		if (!geometry) throw new Error(`borders: no line derived for ${row.id} (${row.neighbour})`);
		let meters = 0;
		for (const l of lines) meters += lineLengthMeters(l);
		const split = splitParts(lines);
		if (split.ringsMeters.length > 0 !== (row.ringsName !== null)) {
			throw new Error(
				`borders.json/${row.id}/ringsName: the line has ${split.ringsMeters.length} closed ring(s); ` +
					'ringsName must name them when there are some and be null otherwise'
			);
		}
		const spacing = vertexSpacing(lines);
		const properties: BorderProperties = {
			id: row.id as BorderId,
			name: row.name,
			name_ru: row.nameRu?.name ?? null,
			passages: passagesOf(row.id),
			kind: 'border',
			neighbour: row.neighbour,
			lengthMeters: round(meters, 1),
			mainLineMeters: round(split.mainLineMeters, 1),
			ringsMeters: split.ringsMeters.map((m) => round(m, 1)),
			ringsName: row.ringsName,
			vertexSpacingMeters: {
				median: round(spacing.medianMeters, 0),
				max: round(spacing.maxMeters, 0)
			},
			sourceOffsetMaxMeters: round(maxOffsetMeters(lines, reference), 0),
			delimited: row.delimited,
			publishedLengthsKm: row.publishedLengthsKm.map((f) => ({
				value: f.value,
				qualifier: f.qualifier,
				source: f.source,
				url: f.url
			})),
			lengthNote: row.lengthNote,
			summary: row.summary
		};
		return makeFeature(properties, geometry);
	});
}
