import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import {
	BOUNDARIES_NOTICE,
	BOUNDARIES_STATEMENT,
	boundariesNotice,
	boundariesStatement
} from './boundaries';

describe('the boundary notice and statement', () => {
	afterEach(() => overwriteGetLocale(() => 'en'));

	it('in English are the constants, word for word', () => {
		expect(boundariesNotice()).toBe(BOUNDARIES_NOTICE);
		expect(boundariesStatement()).toBe(BOUNDARIES_STATEMENT);
	});

	it('in Russian', () => {
		overwriteGetLocale(() => 'ru');
		expect(boundariesNotice()).toBe('Границы: неофициальные');
		expect(boundariesStatement()).toMatch(/^Границы показаны так, как они даны/);
	});
});
