import { describe, expect, it } from 'vitest';
import { lineUncertaintyDataNote, lineUncertaintyNote } from './line-uncertainty';

describe('lineUncertaintyNote', () => {
	const kg = { name: 'Tajik–Kyrgyz border', lineUncertaintyMeters: 2888 };

	it('states the measured disagreement in the chosen unit', () => {
		expect(lineUncertaintyNote(kg)).toContain('up to 2.9 km apart');
		expect(lineUncertaintyNote(kg, 'mi')).toContain('up to 1.8 mi apart');
		expect(lineUncertaintyNote(kg)).toMatch(/^The Tajik–Kyrgyz border is itself uncertain/);
	});

	it('says nothing for a line without the caveat', () => {
		expect(lineUncertaintyNote({ name: 'x', lineUncertaintyMeters: null })).toBeNull();
		expect(lineUncertaintyDataNote('x', { name: 'x', lineUncertaintyMeters: null })).toBeNull();
	});

	it('gives a plain note in metres for data files', () => {
		expect(lineUncertaintyDataNote('tj-kg-border', kg)).toBe(
			'tj-kg-border line uncertain: undemarcated in places in 2022; our two sources for it lie up to 2888 m apart'
		);
	});
});
