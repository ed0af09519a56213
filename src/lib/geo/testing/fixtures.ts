/**
 * Test-only helpers for the fixture folders `src/lib/geo/fixtures/<op>/{in,out}/*.geojson` and
 * `values.json` (Turf's layout: a failing case opens in QGIS with simplestyle colours).
 *
 * Reference numbers in `values.json` come from GeographicLib's C++ command-line tools
 * (`GeodSolve`, `Planimeter`; Debian package `geographiclib-tools`), an implementation independent
 * of the JavaScript port the app uses. They are written only when `REGEN=1` is set, never in CI:
 *
 *     REGEN=1 npx vitest run src/lib/geo && npx prettier --write src/lib/geo/fixtures
 *
 * then review the diff of `fixtures/` before committing. Setting REGEN together with CI throws.
 *
 * @module
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures');

/** True when fixtures should be (re)written instead of checked. */
export const REGEN = process.env.REGEN === '1' || process.env.REGEN === 'true';
if (REGEN && process.env.CI)
	throw new Error('REGEN must not be set in CI: fixtures are checked, not written');

export function fixturePath(op: string, rel: string): string {
	return resolve(FIXTURES, op, rel);
}

export function readFixture<T = unknown>(op: string, rel: string): T {
	return JSON.parse(readFileSync(fixturePath(op, rel), 'utf8')) as T;
}

export function writeFixture(op: string, rel: string, data: unknown): void {
	const path = fixturePath(op, rel);
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, JSON.stringify(data, null, '\t') + '\n');
}

/** Rounds every number in a JSON value to `digits` decimals (for comparing output fixtures). */
export function roundDeep<T>(value: T, digits = 6): T {
	const f = 10 ** digits;
	const walk = (v: unknown): unknown => {
		if (typeof v === 'number') return Math.round(v * f) / f;
		if (Array.isArray(v)) return v.map(walk);
		if (v !== null && typeof v === 'object') {
			return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
		}
		return v;
	};
	return walk(value) as T;
}

function run(tool: string, args: string[], input: string): string[] {
	const out = execFileSync(tool, args, { input, encoding: 'utf8' });
	return out.trim().split('\n');
}

/** GeographicLib C++ `GeodSolve -i`: inverse problems, each `[lat1, lon1, lat2, lon2]`. */
export function geodSolveInverse(
	cases: [number, number, number, number][]
): { azi1: number; azi2: number; s12: number }[] {
	const lines = run(
		'GeodSolve',
		['-i', '-p', '9'],
		cases.map((c) => c.join(' ')).join('\n') + '\n'
	);
	return lines.map((l) => {
		const [azi1, azi2, s12] = l.trim().split(/\s+/).map(Number) as [number, number, number];
		return { azi1, azi2, s12 };
	});
}

/** GeographicLib C++ `GeodSolve`: direct problems, each `[lat1, lon1, azi1, s12]`. */
export function geodSolveDirect(
	cases: [number, number, number, number][]
): { lat2: number; lon2: number; azi2: number }[] {
	const lines = run('GeodSolve', ['-p', '9'], cases.map((c) => c.join(' ')).join('\n') + '\n');
	return lines.map((l) => {
		const [lat2, lon2, azi2] = l.trim().split(/\s+/).map(Number) as [number, number, number];
		return { lat2, lon2, azi2 };
	});
}

/**
 * GeographicLib C++ `Planimeter`: signed area (counterclockwise positive) and perimeter of one ring
 * given as `[lon, lat]` positions (a closing repeat of the first position is dropped).
 */
export function planimeter(ring: number[][]): { area: number; perimeter: number } {
	const pts = ring.slice();
	const a = pts[0];
	const b = pts[pts.length - 1];
	if (pts.length > 1 && a && b && a[0] === b[0] && a[1] === b[1]) pts.pop();
	const [line] = run(
		'Planimeter',
		['-p', '6'],
		pts.map((p) => `${p[1]} ${p[0]}`).join('\n') + '\n'
	);
	const [, perimeter, area] = (line ?? '').trim().split(/\s+/).map(Number) as [
		number,
		number,
		number
	];
	return { area, perimeter };
}
