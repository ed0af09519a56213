import { describe, expect, it } from 'vitest';
import * as m from '$lib/paraglide/messages';
import { BOUNDARIES_STATEMENT } from './boundaries';
import { DISPUTED_AREAS_AS_DRAWN } from './disputed-areas';
import { disputedAreaText } from './disputed-areas-text';

describe('the boundary statement on /about, in English and Russian', () => {
	it('says in English exactly what boundaries.ts says', () => {
		for (const area of DISPUTED_AREAS_AS_DRAWN) {
			const { name, asDrawn, dispute } = disputedAreaText(area);
			expect({ name, asDrawn, dispute }).toEqual({
				name: area.name,
				asDrawn: area.asDrawn,
				dispute: area.dispute
			});
		}
		expect(m.about_boundaries_statement({}, { locale: 'en' })).toBe(BOUNDARIES_STATEMENT);
	});

	it('has a Russian text for every area', () => {
		expect(m.about_disputed_kashmir_name({}, { locale: 'ru' })).toBe('Кашмир');
		expect(m.about_boundaries_statement({}, { locale: 'ru' })).not.toBe(BOUNDARIES_STATEMENT);
	});
});
