/**
 * MapLibre's words in the page's language: every key is one MapLibre reads, and in English each
 * is MapLibre's own default (so the English map reads exactly as it did without the option).
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { mapControlsLocale } from './controls-locale';

const bundle = readFileSync('node_modules/maplibre-gl/dist/maplibre-gl.mjs', 'utf8');

/** MapLibre's default for `key`, read from its shipped bundle (`"key":"value"` or with backticks). */
function maplibreDefault(key: string): string | undefined {
	const quoted = key.replace(/[.]/g, '\\.');
	return new RegExp(`"${quoted}":["\`]([^"\`]*)["\`]`).exec(bundle)?.[1];
}

describe('mapControlsLocale', () => {
	afterEach(() => overwriteGetLocale(() => 'en'));

	it('in English is MapLibre’s defaults, key for key', () => {
		for (const [key, value] of Object.entries(mapControlsLocale()))
			expect([key, maplibreDefault(key)]).toEqual([key, value]);
	});

	it('in Russian has every key, in Russian', () => {
		overwriteGetLocale(() => 'ru');
		const ru = mapControlsLocale();
		expect(ru['NavigationControl.ZoomIn']).toBe('Приблизить');
		expect(ru['ScaleControl.Kilometers']).toBe('км');
		for (const value of Object.values(ru)) expect(value).toMatch(/[а-яё]/i);
	});
});
