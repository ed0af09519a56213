import { describe, expect, it } from 'vitest';
import { defaultMapState, type MapState } from '$lib/state/map-state';
import {
	clampSize,
	defaultBuilderConfig,
	embedCodeFor,
	formatView,
	parseView,
	previewSize,
	previewSrc,
	previewUpdate,
	sameView
} from './builder-config';

const ORIGIN = 'https://map.example';

describe('builder config', () => {
	it('previews the same /embed URL the code embeds', () => {
		const config = defaultBuilderConfig({ ...defaultMapState(), select: 'gbao', theme: 'dark' });
		expect(previewSrc(config.state)).toBe('/embed?select=gbao&theme=dark');
		const code = embedCodeFor(config, ORIGIN);
		expect(code.src).toBe(`${ORIGIN}/embed?select=gbao&theme=dark`);
		expect(code.html).toContain('title="Frontier Map: border security in Tajikistan"');
		expect(code.html).toContain('loading="lazy"');
		expect(code.scriptHtml).toBeUndefined();
	});

	it('adds the resize script for auto-height', () => {
		const config = { ...defaultBuilderConfig(defaultMapState()), autoHeight: true };
		const code = embedCodeFor(config, ORIGIN);
		expect(code.scriptHtml).toMatch(/^<script>/);
		expect(code.html).toContain('"resize"');
	});

	it('clamps sizes typed by hand', () => {
		expect(clampSize('640', 800)).toBe(640);
		expect(clampSize('', 800)).toBe(120);
		expect(clampSize('abc', 800)).toBe(800);
		expect(clampSize(99_999, 800)).toBe(4000);
		expect(clampSize(12.6, 800)).toBe(120);
		const config = { ...defaultBuilderConfig(defaultMapState()), width: Number.NaN };
		expect(() => embedCodeFor(config, ORIGIN)).not.toThrow();
	});

	it('sizes the previews like the article would', () => {
		const responsive = defaultBuilderConfig(defaultMapState());
		expect(previewSize(responsive, 'configured')).toEqual({
			width: null,
			height: 500,
			aspectRatio: '800 / 500'
		});
		expect(previewSize(responsive, 'phone')).toEqual({
			width: 360,
			height: 225,
			aspectRatio: null
		});
		expect(previewSize({ ...responsive, autoHeight: true }, 'configured').aspectRatio).toBeNull();
		const fixed = { ...responsive, responsive: false, width: 300, height: 400 };
		expect(previewSize(fixed, 'configured')).toEqual({
			width: 300,
			height: 400,
			aspectRatio: null
		});
		expect(previewSize(fixed, 'phone')).toEqual({ width: 300, height: 400, aspectRatio: null });
	});

	it('reads and writes views like the URL', () => {
		expect(parseView('')).toEqual({ view: null });
		expect(parseView('7/38.5/71')).toEqual({
			view: { zoom: 7, lat: 38.5, lon: 71, bearing: 0, pitch: 0 }
		});
		expect(parseView('7/95/71')).toHaveProperty('error');
		expect(formatView({ zoom: 7, lat: 38.5, lon: 71, bearing: 0, pitch: 0 })).toBe('7/38.5/71');
		expect(formatView(null)).toBe('');
		const a = { zoom: 7.001, lat: 38.50001, lon: 71, bearing: 0, pitch: 0 };
		expect(sameView(a, { ...a, zoom: 7 })).toBe(true);
		expect(sameView(a, null)).toBe(false);
		expect(sameView(null, null)).toBe(true);
	});

	it('updates a loaded preview by message where a command can, else reloads it', () => {
		const base: MapState = {
			...defaultMapState(),
			view: { zoom: 7, lat: 38.5, lon: 70, bearing: 0, pitch: 0 }
		};
		const update = (change: Partial<MapState>) => previewUpdate(base, { ...base, ...change });
		expect(update({})).toEqual({ navigate: false, commands: [] });
		expect(update({ layers: ['gbao'] })).toEqual({
			navigate: false,
			commands: [{ type: 'setLayers', layers: ['gbao'] }]
		});
		// the same layers in another order are no change
		expect(update({ layers: [...base.layers].reverse() })).toEqual({
			navigate: false,
			commands: []
		});
		expect(update({ theme: 'dark', units: 'nmi' })).toEqual({
			navigate: false,
			commands: [
				{ type: 'setTheme', theme: 'dark' },
				{ type: 'setUnits', units: 'nmi' }
			]
		});
		const points: [number, number][] = [
			[68.7, 38.5],
			[69.2, 37.9]
		];
		expect(update({ measure: points })).toEqual({
			navigate: false,
			commands: [{ type: 'measure', points }]
		});
		const view = { zoom: 9, lat: 37.3, lon: 68.4, bearing: 0, pitch: 0 };
		expect(update({ view })).toEqual({ navigate: false, commands: [{ type: 'setView', view }] });
		// only a load sets the controls, or the default fit
		expect(update({ controls: ['zoom'] })).toEqual({ navigate: true });
		expect(update({ view: null })).toEqual({ navigate: true });
	});

	it('reloads when a selection would move the camera away from what a load shows', () => {
		const fitted = defaultMapState();
		const placed = { ...fitted, view: { zoom: 7, lat: 38.5, lon: 70, bearing: 0, pitch: 0 } };
		// no view: a selection is fitted as on load; clearing it needs the default fit again
		expect(previewUpdate(fitted, { ...fitted, select: 'gbao' })).toEqual({
			navigate: false,
			commands: [{ type: 'select', id: 'gbao' }]
		});
		expect(previewUpdate({ ...fitted, select: 'gbao' }, fitted)).toEqual({ navigate: true });
		// a view: a selection's fly would leave it; clearing one keeps it
		expect(previewUpdate(placed, { ...placed, select: 'gbao' })).toEqual({ navigate: true });
		expect(previewUpdate({ ...placed, select: 'gbao' }, placed)).toEqual({
			navigate: false,
			commands: [{ type: 'select', id: null }]
		});
	});
});
