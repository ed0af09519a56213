import { describe, expect, it } from 'vitest';
import { report } from '$lib/data/catalog';
import { DEFAULT_LAYER_IDS } from '$lib/layers/layer-ids';
import type { MapState } from '$lib/state/map-state';
import { monthYear, reportCitation } from './citation';
import { permalink } from './permalink';
import { figureTitle } from './title';

describe('reportCitation', () => {
	it('cites the report from the generated report data', () => {
		expect(reportCitation(report)).toBe(
			'Giuliano Bifolchi, “Tajikistan between CSTO and U.S. military support to defend its borders and domestic stability”, Geopolitical Report ISSN 2785-2598 Volume 24 Issue 4, October 2022.'
		);
	});

	it('adds a subtitle after a colon', () => {
		expect(
			reportCitation({ author: 'A', title: 'T', subtitle: 'S', publication: 'P', date: '2020-01' })
		).toBe('A, “T: S”, P, January 2020.');
	});
});

describe('monthYear', () => {
	it('formats ISO months and days in English', () => {
		expect(monthYear('2022-10')).toBe('October 2022');
		expect(monthYear('2022-09-16')).toBe('16 September 2022');
		expect(monthYear('autumn 2022')).toBe('autumn 2022');
	});
});

describe('permalink', () => {
	const state: MapState = {
		view: { zoom: 7.5, lat: 38.5, lon: 71, bearing: 30, pitch: 0 },
		layers: [...DEFAULT_LAYER_IDS],
		select: 'kharbmaydon',
		measure: [],
		units: 'km',
		theme: 'dark',
		controls: [],
		story: null
	};

	it('is the map page with the state in its query', () => {
		const url = new URL(permalink('http://127.0.0.1:4314', state));
		expect(url.origin + url.pathname).toBe('http://127.0.0.1:4314/');
		expect(url.searchParams.get('select')).toBe('kharbmaydon');
		expect(url.searchParams.get('theme')).toBe('dark');
		expect(url.searchParams.get('view')).toMatch(/^7\.5\/38\.5\/71\/30/);
	});

	it('has no doubled slash and only the data version for the default state', () => {
		const plain: MapState = { ...state, view: null, select: null, theme: 'light' };
		expect(permalink('https://example.org/', plain, '0123456789')).toBe(
			'https://example.org/?v=0123456789'
		);
	});

	it('carries the data version last, after the state', () => {
		const url = new URL(permalink('http://127.0.0.1:4314', state, '0123456789'));
		expect([...url.searchParams.keys()].at(-1)).toBe('v');
		expect(url.searchParams.get('v')).toBe('0123456789');
	});
});

describe('figureTitle', () => {
	it("is the selected feature's name, else the map's", () => {
		expect(figureTitle('Kharbmaydon training ground')).toBe('Kharbmaydon training ground');
		expect(figureTitle(null)).toBe('Frontier Map — Tajikistan’s borders');
		expect(figureTitle('  ')).toBe('Frontier Map — Tajikistan’s borders');
	});
});
