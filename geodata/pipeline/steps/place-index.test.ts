import fs from 'node:fs';
import path from 'node:path';
import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { PlaceIndexFile } from '../../../src/lib/data/place-index';
import { LAYER_GROUPS, THEMES } from '../../../src/lib/layers';
import { GENERATED_REL, REPO_ROOT } from '../paths';
import { bboxOf, buildPlaceIndex, displayName } from './place-index';

type F = Feature<Geometry, Record<string, unknown>>;
const point = (lon: number, lat: number, properties: Record<string, unknown>): F => ({
	type: 'Feature',
	properties,
	geometry: { type: 'Point', coordinates: [lon, lat] }
});
const line = (coords: [number, number][], properties: Record<string, unknown>): F => ({
	type: 'Feature',
	properties,
	geometry: { type: 'LineString', coordinates: coords }
});

const country = (iso: string, name: string): F => ({
	...line(
		[
			[60, 37],
			[62, 39]
		],
		{ id: `country-${iso.toLowerCase()}`, iso_a3: iso, name }
	),
	geometry: {
		type: 'Polygon',
		coordinates: [
			[
				[60, 37],
				[62, 37],
				[62, 39],
				[60, 37]
			]
		]
	}
});

describe('buildPlaceIndex', () => {
	const index = buildPlaceIndex({
		places: [
			point(67.27, 37.22, {
				id: 'place-termez',
				name: 'Termez',
				name_source: 'Termiz',
				name_ru: 'Термез',
				scalerank: 3,
				adm0_a3: 'UZB',
				capital: false
			}),
			point(71.55, 37.49, {
				id: 'place-khorugh',
				name: 'Khorugh',
				name_source: 'Khorugh',
				name_ru: 'Хорог',
				scalerank: 5,
				adm0_a3: 'TJK',
				capital: false,
				site: 'khorugh'
			})
		],
		peaks: [
			point(72, 38.9, { id: 'peak-x', name: 'Pik X', featurecla: 'mountain', elevation: 7495 })
		],
		mountains: [
			point(73.6, 38.4, { id: 'region-label-pamirs', name: 'PAMIRS', featurecla: 'Range/mtn' })
		],
		rivers: [
			line(
				[
					[68, 37],
					[69, 37.5]
				],
				{ id: 'river-panj', name: 'Panj', name_en: 'Panj' }
			),
			line(
				[
					[70, 37.2],
					[71, 38]
				],
				{ id: 'river-panj-2', name: 'Panj', name_en: 'Panj' }
			)
		],
		lakes: [
			line(
				[
					[76, 42],
					[78, 43]
				],
				{ id: 'lake-issyk-kul', name: 'Issyk-Kul', name_alt: 'Ysyk Köl', featurecla: 'Lake' }
			)
		],
		countries: [country('UZB', 'Uzbekistan')],
		placeSource: [point(67.27, 37.22, { name: 'Termiz', name_en: 'Termez', namealt: 'Termez' })]
	});
	const byId = (id: string) => index.places.find((p) => p.id === id);

	it('lists a town with its Russian name and other spellings from Natural Earth', () => {
		expect(byId('place-termez')).toEqual({
			id: 'place-termez',
			name: 'Termez',
			name_ru: 'Термез',
			detail: 'Town or city, Uzbekistan',
			kind: 'town',
			country: 'country-uzb',
			names: ['Термез', 'Termiz'],
			bbox: [67.27, 37.22, 67.27, 37.22],
			layer: 'places'
		});
	});
	it('gives a place that is a report site to its catalogue feature instead', () => {
		expect(byId('place-khorugh')).toBeUndefined();
		expect(index.featureNames).toEqual({ khorugh: ['Khorugh', 'Хорог'] });
	});
	it('joins a river’s parts into one entry with their joint box', () => {
		expect(index.places.filter((p) => p.name === 'Panj')).toHaveLength(1);
		expect(byId('river-panj')?.bbox).toEqual([68, 37, 71, 38]);
	});
	it('describes peaks, ranges, lakes and countries', () => {
		expect(byId('peak-x')).toMatchObject({ detail: 'Peak, 7495 m', layer: 'terrain' });
		expect(byId('region-label-pamirs')).toMatchObject({
			name: 'Pamirs',
			detail: 'Mountain range',
			names: []
		});
		expect(byId('lake-issyk-kul')).toMatchObject({ names: ['Ysyk Köl'], layer: null });
		expect(byId('country-uzb')).toMatchObject({ detail: 'Country', bbox: [60, 37, 62, 39] });
	});
});

describe('helpers', () => {
	it('title-cases upper-case region names', () => {
		expect(displayName('PLATEAU OF TIBET')).toBe('Plateau of Tibet');
		expect(displayName('Kopet Dag Mts .')).toBe('Kopet Dag Mts.');
		expect(displayName('Fergana Valley')).toBe('Fergana Valley');
	});
	it('boxes a geometry, and refuses an empty one', () => {
		expect(
			bboxOf({
				type: 'MultiLineString',
				coordinates: [
					[
						[1, 2],
						[3, -4]
					],
					[[-5, 6]]
				]
			})
		).toEqual([-5, -4, 3, 6]);
		expect(() => bboxOf({ type: 'MultiPoint', coordinates: [] })).toThrow(RangeError);
	});
});

describe('the committed index', () => {
	const index = JSON.parse(
		fs.readFileSync(path.join(REPO_ROOT, GENERATED_REL, 'place-index.json'), 'utf8')
	) as PlaceIndexFile;

	it('covers every source the style writes labels from', () => {
		// the catalogue's own sources are searched through the catalogue
		const catalogueSources = new Set(['sites', 'borders', 'regions', 'precision']);
		const indexed = new Set(['places', 'peaks', 'mountains', 'rivers', 'lakes', 'countries']);
		// one label point per country and region: their names are the countries' and the catalogue's
		catalogueSources.add('labels');
		const labelled = LAYER_GROUPS.flatMap((g) => g.layers(THEMES.light, 'en'))
			.map((l) => l.spec)
			.filter((s) => s.type === 'symbol' && s.layout?.['text-field'] !== undefined)
			.map((s) => ('source' in s ? String(s.source) : ''));
		for (const source of labelled) {
			expect(catalogueSources.has(source) || indexed.has(source), source).toBe(true);
		}
	});
	it('has Termez, Khorugh’s Russian name and no unnamed entry', () => {
		expect(index.places.find((p) => p.id === 'place-termez')?.names).toContain('Термез');
		expect(index.featureNames.khorugh).toContain('Хорог');
		expect(index.featureNames.dushanbe).toContain('Душанбе');
		expect(index.places.every((p) => p.name.trim().length > 0)).toBe(true);
	});
});
