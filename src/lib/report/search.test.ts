import { describe, expect, it } from 'vitest';
import placeIndex from '$lib/generated/place-index.json';
import type { PlaceIndexFile } from '$lib/data/place-index';
import {
	latinise,
	normalise,
	prefixDistance,
	queryForms,
	searchIndex,
	type SearchHit
} from './search';

const places = placeIndex as unknown as PlaceIndexFile;
const first = (q: string, withPlaces = true): SearchHit | undefined =>
	searchIndex(q, 8, withPlaces ? places : null)[0];

describe('normalise and latinise', () => {
	it('ignores case, diacritics and punctuation', () => {
		expect(normalise('  Kök-Tash ')).toBe('koktash');
		expect(normalise('Qal’ai Khumb')).toBe('qalai khumb');
		expect(normalise('KARAKORAM RA.')).toBe('karakoram ra');
	});
	it('writes Cyrillic in the Latin letters of our sources', () => {
		expect(latinise('Душанбе')).toBe('dushanbe');
		expect(latinise('хорог')).toBe('khorog');
		expect(latinise('Таджикистан')).toBe('tajikistan');
		expect(latinise('Шаймак')).toBe('shaymak');
		expect(latinise('Ҳарбмайдон')).toBe('harbmaydon');
	});
	it('tries a Cyrillic query as typed and in Latin letters', () => {
		expect(queryForms('Хорог')).toEqual(['хорог', 'khorog']);
		expect(queryForms('Cholpon Ata')).toEqual(['cholpon ata', 'cholponata']);
		expect(queryForms('x')).toEqual([]);
	});
});

describe('prefixDistance', () => {
	it('measures typos against the beginning of a name', () => {
		expect(prefixDistance('murghab', 'murghob district', 1)).toBe(1);
		expect(prefixDistance('termez', 'termez', 1)).toBe(0);
		expect(prefixDistance('kharbmiadon', 'kharbmaydon training', 2)).toBe(2);
		expect(prefixDistance('tashkent', 'dushanbe', 2)).toBe(3);
	});
});

describe('searchIndex: catalogue features', () => {
	it('finds a feature by its Russian name from Natural Earth (Душанбе, хорог)', () => {
		expect(first('Душанбе')).toMatchObject({ kind: 'feature', id: 'dushanbe' });
		expect(first('хорог')).toMatchObject({ kind: 'feature', id: 'khorugh' });
		expect(first('хорог')?.detail).toMatch(/^Хорог · /);
	});
	it('finds Cyrillic names even before the place index is loaded (in Latin letters)', () => {
		expect(first('Душанбе', false)).toMatchObject({ kind: 'feature', id: 'dushanbe' });
		expect(first('Хорог', false)).toMatchObject({ kind: 'feature', id: 'khorugh' });
		expect(first('Исфара', false)).toMatchObject({ kind: 'feature', id: 'isfara' });
	});
	it('finds other spellings and misspellings (Khorog, Kharbmaidon, Shaimak)', () => {
		expect(first('Khorog')).toMatchObject({ id: 'khorugh' });
		expect(first('Khorugh')).toMatchObject({ id: 'khorugh' });
		expect(first('kharbmiadon')).toMatchObject({ id: 'kharbmaydon' });
		expect(first('Шаймак')).toMatchObject({ id: 'china-outpost-shaymak' });
	});
	it('finds Murghab in the text of the Shaymak outpost (Murghob district)', () => {
		expect(searchIndex('murghab', 8, places).map((h) => h.id)).toContain('china-outpost-shaymak');
	});
	it('still finds passages by their text', () => {
		expect(searchIndex('Rubezh', 8).some((h) => h.kind === 'passage')).toBe(true);
	});
});

describe('searchIndex: labelled places of the basemap', () => {
	it('finds towns that are not in the catalogue (Termez, Термез, Termiz)', () => {
		for (const q of ['termez', 'Термез', 'Termiz', 'TERMEZ']) {
			expect(first(q), q).toMatchObject({ kind: 'place', id: 'place-termez', title: 'Termez' });
		}
		const termez = first('termez');
		expect(termez?.kind === 'place' && termez.layer).toBe('places');
		expect(termez?.kind === 'place' && termez.bbox[0]).toBeCloseTo(67.27, 1);
	});
	it('finds peaks, ranges, rivers, lakes and countries', () => {
		expect(first('K2')).toMatchObject({ kind: 'place', id: 'peak-k2' });
		expect(first('pamirs')).toMatchObject({ kind: 'place', title: 'Pamirs' });
		expect(first('amu darya')).toMatchObject({ kind: 'place', title: 'Amu Darya' });
		expect(first('Issyk-Kul')).toMatchObject({ kind: 'place', title: 'Issyk-Kul' });
		expect(first('Uzbekistan')).toMatchObject({ kind: 'place', id: 'country-uzb' });
		expect(first('Таджикистан')).toMatchObject({ kind: 'place', id: 'country-tjk' });
	});
	it('finds Natural Earth alternative spellings (Samarkand, Kurgan-Tyube)', () => {
		expect(first('Samarkand')).toMatchObject({ id: 'place-samarqand' });
		expect(first('Курган-Тюбе')).toMatchObject({ id: 'place-bokhtar' });
	});
	it('puts an exact name before longer names that start with it (the Panj river)', () => {
		expect(first('Panj')).toMatchObject({ kind: 'place', title: 'Panj' });
	});
	it('does not list places that are catalogue features twice', () => {
		const hits = searchIndex('Dushanbe', 8, places);
		expect(hits.filter((h) => h.title === 'Dushanbe')).toHaveLength(1);
	});
	it('indexes every place the map labels', () => {
		const ids = new Set(places.places.map((p) => p.id));
		expect(ids.size).toBe(places.places.length);
		expect(places.places.length).toBeGreaterThan(150);
	});
});
