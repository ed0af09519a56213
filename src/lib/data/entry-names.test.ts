import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { catalog } from './catalog';
import { basisName, confidenceName, kindLabel, kindName } from './entry';

describe('kindName', () => {
	afterEach(() => overwriteGetLocale(() => 'en'));

	it('in English is kindLabel for every kind the data uses', () => {
		for (const { kind } of catalog) expect(kindName(kind)).toBe(kindLabel(kind));
	});

	it('in Russian has a name for every kind the data uses', () => {
		overwriteGetLocale(() => 'ru');
		for (const { kind } of catalog) expect(kindName(kind)).toMatch(/^[А-ЯЁ][а-яё ]+$/);
		expect(kindName('training-ground')).toBe('Полигон');
	});

	it('reads an unknown kind as kindLabel does, even a name of Object’s', () => {
		overwriteGetLocale(() => 'ru');
		expect(kindName('radar-station')).toBe('Radar station');
		expect(kindName('toString')).toBe('ToString');
	});
});

describe('confidenceName, basisName', () => {
	afterEach(() => overwriteGetLocale(() => 'en'));

	it('in English are the words the popup always used', () => {
		expect(['high', 'medium', 'low'].map((c) => confidenceName(c as 'high'))).toEqual([
			'high',
			'medium',
			'low'
		]);
		expect(basisName('estimated')).toBe('estimated');
		expect(basisName('sourced')).toBe('from a published source');
	});

	it('in Russian', () => {
		overwriteGetLocale(() => 'ru');
		expect(confidenceName('low')).toBe('низкая');
		expect(basisName('sourced')).toBe('по опубликованному источнику');
	});
});
