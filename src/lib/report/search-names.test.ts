/** Both names of a place are found in both languages, and hits are titled in the page's language. */
import { describe, expect, it } from 'vitest';
import placeIndexJson from '$lib/generated/place-index.json';
import type { PlaceIndexFile } from '$lib/data/place-index';
import { searchIndex } from './search';

const places = placeIndexJson as unknown as PlaceIndexFile;
const first = (q: string, locale: 'en' | 'ru' = 'en', index: PlaceIndexFile | null = null) =>
	searchIndex(q, 5, index, locale)[0];

describe('search in both languages', () => {
	it('finds Dushanbe and Khorugh by their Russian and English names, in either language', () => {
		for (const locale of ['en', 'ru'] as const) {
			for (const index of [null, places]) {
				expect(first('Душанбе', locale, index), locale).toMatchObject({ id: 'dushanbe' });
				expect(first('Хорог', locale, index), locale).toMatchObject({ id: 'khorugh' });
				expect(first('khorog', locale, index), locale).toMatchObject({ id: 'khorugh' });
				expect(first('Khorugh', locale, index), locale).toMatchObject({ id: 'khorugh' });
				expect(first('Dushanbe', locale, index), locale).toMatchObject({ id: 'dushanbe' });
				expect(first('Харбмайдон', locale, index), locale).toMatchObject({ id: 'kharbmaydon' });
				expect(first('Kharbmaydon', locale, index), locale).toMatchObject({ id: 'kharbmaydon' });
			}
		}
	});

	it('titles hits in English on an English page, as before', () => {
		expect(first('Душанбе')).toMatchObject({ kind: 'feature', title: 'Dushanbe' });
		expect(first('Хорог')).toMatchObject({ title: 'Khorugh', detail: 'Хорог · Town' });
		expect(first('khorog')).toMatchObject({ title: 'Khorugh', detail: 'Khorog · Town' });
	});

	it('titles hits in Russian on a Russian page, naming the other name that matched', () => {
		expect(first('Dushanbe', 'ru')).toMatchObject({ title: 'Душанбе' });
		expect(first('Хорог', 'ru')).toMatchObject({ title: 'Хорог', detail: 'Town' });
		expect(first('Khorugh', 'ru')).toMatchObject({ title: 'Хорог', detail: 'Khorugh · Town' });
		expect(first('Kharbmaydon', 'ru')).toMatchObject({ title: 'Полигон Харбмайдон' });
		// no Russian name in any source: the English one
		expect(first('Isfara', 'ru')).toMatchObject({ title: 'Isfara' });
	});

	it('finds and titles the basemap’s places and countries in both languages', () => {
		expect(first('Термез', 'en', places)).toMatchObject({ id: 'place-termez', title: 'Termez' });
		expect(first('Termez', 'ru', places)).toMatchObject({ id: 'place-termez', title: 'Термез' });
		expect(first('Киргизия', 'en', places)).toMatchObject({ id: 'country-kgz' });
		expect(first('Kyrgyzstan', 'ru', places)).toMatchObject({ title: 'Киргизия' });
		expect(first('Termez', 'en', places)).toMatchObject({ detail: 'Town or city, Uzbekistan' });
		expect(first('Термез', 'ru', places)).toMatchObject({
			detail: 'Город или посёлок, Узбекистан'
		});
		// the name typed, when the title does not show it
		expect(first('Termez', 'ru', places)?.detail).toBe('Termez · Город или посёлок, Узбекистан');
		expect(first('Киргизия', 'ru', places)).toMatchObject({ detail: 'Страна' });
		expect(first('K2', 'en', places)?.detail).toMatch(/^Peak, \d+ m$/);
		expect(first('K2', 'ru', places)?.detail).toMatch(/^Вершина, [\d\s]+ м$/);
		expect(first('Pamirs', 'ru', places)).toMatchObject({
			title: 'Pamirs',
			detail: 'Горный хребет'
		});
		// Natural Earth's older Russian name still finds the renamed town
		expect(first('Курган-Тюбе', 'ru', places)).toMatchObject({ title: 'Бохтар' });
	});

	it('titles passages in the page’s language', () => {
		const passage = searchIndex('Frontier-2022', 20, null, 'en').find((h) => h.kind === 'passage');
		expect(passage?.title).toMatch(/^Passage \d+$/);
	});
});
