import { describe, expect, it } from 'vitest';
import { inverse } from '$lib/geo/geodesic';
import type { LonLat } from '$lib/geo/types';
import { AnalystState, parseRadii, type AnalystInputs } from './state.svelte';

describe('range-ring radii', () => {
	it('accepts commas, spaces and semicolons, sorts and dedupes', () => {
		expect(parseRadii('100, 50;50 150')).toEqual({ radii: [50, 100, 150], invalid: [] });
	});
	it('reports what it cannot read and keeps the rest', () => {
		expect(parseRadii('50, abc, -3, 0, 1e9')).toEqual({
			radii: [50],
			invalid: ['abc', '-3', '0', '1e9']
		});
	});
	it('is empty for empty input', () => {
		expect(parseRadii('  ')).toEqual({ radii: [], invalid: [] });
	});
});

describe('when the tools load their computing half (GeographicLib, the border indexes)', () => {
	const state = (over: Partial<AnalystInputs> = {}) =>
		new AnalystState(() => ({ measure: [], units: 'km', site: null, visible: false, ...over }));

	it('not for a reader who has not opened the tools and follows no tool link', () => {
		expect(state().wanted).toBe(false);
	});

	it('once the Analyse tab is shown, a tool is on, or the state holds something to draw', () => {
		expect(state({ visible: true }).wanted).toBe(true);
		expect(state({ measure: [[68.78, 38.53]] }).wanted).toBe(true);
		const picking = state();
		picking.tool = 'distance';
		expect(picking.wanted).toBe(true);
		const picked = state();
		picked.restore({ rings: [], from: [68.5, 37.5], border: 'tj-af-border' });
		expect(picked.wanted).toBe(true);
		const rings = state();
		rings.ringsText = '50';
		expect(rings.wanted).toBe(true);
		rings.ringsText = 'x';
		expect(rings.wanted).toBe(false);
	});

	it('measures nothing until it has loaded, then measures the path', async () => {
		const a: LonLat = [68.78, 38.53];
		const b: LonLat = [68.55, 37.35];
		const path = state({ measure: [a, b] });
		expect(path.measured.totalMeters).toBe(0);
		await path.load();
		expect(path.measured.totalMeters).toBe(inverse(a, b).distanceMeters);
	});
});
