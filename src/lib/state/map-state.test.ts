import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYER_IDS, LAYER_IDS } from '$lib/layers/layer-ids';
import {
	DEFAULT_MAP_STATE,
	canonicalControls,
	canonicalLayers,
	checkPoint,
	checkView,
	defaultMapState,
	isValidMapState,
	wrapBearing
} from './map-state';

describe('DEFAULT_MAP_STATE', () => {
	it('is valid, frozen and uses the default layers in canonical order', () => {
		expect(isValidMapState(DEFAULT_MAP_STATE)).toBe(true);
		expect(DEFAULT_MAP_STATE.layers).toEqual([...DEFAULT_LAYER_IDS]);
		expect(Object.isFrozen(DEFAULT_MAP_STATE)).toBe(true);
		expect(Object.isFrozen(DEFAULT_MAP_STATE.layers)).toBe(true);
	});
	it('defaultMapState() returns an independent mutable copy', () => {
		const s = defaultMapState();
		s.layers.push('rivers');
		s.measure.push([1, 2]);
		expect(DEFAULT_MAP_STATE.measure).toEqual([]);
		expect(defaultMapState()).toEqual(DEFAULT_MAP_STATE);
	});
});

describe('wrapBearing', () => {
	it.each([
		[0, 0],
		[180, 180],
		[-180, 180],
		[190, -170],
		[-190, 170],
		[540, 180],
		[720, 0],
		[-0, 0],
		[0.1, 0.1],
		[359.5, -0.5]
	])('%s → %s', (input, out) => {
		expect(Object.is(wrapBearing(input), out)).toBe(true);
	});
});

describe('checkView', () => {
	it('accepts the limits and defaults bearing and pitch to 0', () => {
		expect(checkView({ zoom: 0, lat: -85.051129, lon: -180 })).toEqual({
			value: { zoom: 0, lat: -85.051129, lon: -180, bearing: 0, pitch: 0 }
		});
		expect(checkView({ zoom: 24, lat: 85.051129, lon: 180, bearing: 270, pitch: 85 })).toEqual({
			value: { zoom: 24, lat: 85.051129, lon: 180, bearing: -90, pitch: 85 }
		});
	});
	it.each([
		[{ zoom: -0.01, lat: 0, lon: 0 }, 'zoom'],
		[{ zoom: 24.01, lat: 0, lon: 0 }, 'zoom'],
		[{ zoom: 1, lat: 85.06, lon: 0 }, 'latitude'],
		[{ zoom: 1, lat: 0, lon: 180.0001 }, 'longitude'],
		[{ zoom: 1, lat: 0, lon: 0, pitch: 86 }, 'pitch'],
		[{ zoom: 1, lat: 0, lon: 0, pitch: -1 }, 'pitch'],
		[{ zoom: NaN, lat: 0, lon: 0 }, 'zoom'],
		[{ zoom: 1, lat: Infinity, lon: 0 }, 'lat'],
		[{ zoom: 1, lat: 0, lon: 0, bearing: -Infinity }, 'bearing']
	])('rejects %o naming %s', (input, name) => {
		const r = checkView(input);
		expect('error' in r && r.error).toContain(name);
	});
});

describe('checkPoint', () => {
	it('accepts the whole WGS84 range and rejects beyond', () => {
		expect(checkPoint(180, -90)).toEqual({ value: [180, -90] });
		expect('error' in checkPoint(180.1, 0)).toBe(true);
		expect('error' in checkPoint(0, 90.1)).toBe(true);
		expect('error' in checkPoint(NaN, 0)).toBe(true);
	});
});

describe('canonical lists', () => {
	it('dedupe and order by declaration', () => {
		expect(canonicalLayers(['rivers', 'gbao', 'rivers', 'tj-af-border'])).toEqual([
			'tj-af-border',
			'gbao',
			'rivers'
		]);
		expect(canonicalControls(['search', 'zoom', 'search'])).toEqual(['zoom', 'search']);
	});
});

describe('isValidMapState', () => {
	const ok = () => defaultMapState();
	it('rejects non-objects and missing fields', () => {
		for (const v of [null, undefined, 1, 'x', [], {}]) expect(isValidMapState(v)).toBe(false);
	});
	it.each([
		['view out of range', { view: { zoom: 30, lat: 0, lon: 0, bearing: 0, pitch: 0 } }],
		['unwrapped bearing', { view: { zoom: 3, lat: 0, lon: 0, bearing: -180, pitch: 0 } }],
		['view field missing', { view: { zoom: 3, lat: 0, lon: 0, bearing: 0 } }],
		['unknown layer', { layers: ['nope'] }],
		['layers out of order', { layers: ['gbao', 'tj-af-border'] }],
		['duplicate layers', { layers: ['gbao', 'gbao'] }],
		['one measure point', { measure: [[1, 2]] }],
		[
			'bad measure point',
			{
				measure: [
					[1, 2],
					[1, 91]
				]
			}
		],
		['101 measure points', { measure: Array.from({ length: 101 }, () => [1, 2]) }],
		['units', { units: 'ft' }],
		['theme', { theme: 'blue' }],
		['controls order', { controls: ['legend', 'zoom'] }],
		['select pattern', { select: 'Not An Id' }]
	])('rejects %s', (_, patch) => {
		expect(isValidMapState({ ...ok(), ...patch })).toBe(false);
	});
	it('checks select against known ids when given', () => {
		const s = { ...ok(), select: 'gbao' };
		expect(isValidMapState(s)).toBe(true);
		expect(isValidMapState(s, { knownFeatureIds: new Set(['gbao']) })).toBe(true);
		expect(isValidMapState(s, { knownFeatureIds: new Set(['dushanbe']) })).toBe(false);
	});
	it('accepts all layers and none', () => {
		expect(isValidMapState({ ...ok(), layers: [...LAYER_IDS] })).toBe(true);
		expect(isValidMapState({ ...ok(), layers: [], controls: [] })).toBe(true);
	});
});
