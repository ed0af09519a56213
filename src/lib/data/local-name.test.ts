import { describe, expect, it } from 'vitest';
import { catalogById } from './catalog';
import { localName } from './local-name';

describe('localName', () => {
	const khorugh = catalogById.get('khorugh')!;
	const isfara = catalogById.get('isfara')!;

	it('gives the Russian name in Russian and the English one in English', () => {
		expect(localName(khorugh, 'ru')).toBe('Хорог');
		expect(localName(khorugh, 'en')).toBe('Khorugh');
		expect(localName(catalogById.get('kharbmaydon')!, 'ru')).toBe('Полигон Харбмайдон');
		expect(localName(catalogById.get('gbao')!, 'ru')).toBe(
			'Горно-Бадахшанская автономная область (ГБАО)'
		);
	});

	it('falls back to the English name where no source gives a Russian one', () => {
		expect(isfara.name_ru).toBeNull();
		expect(localName(isfara, 'ru')).toBe('Isfara');
	});

	it('reads GeoJSON features and bare properties alike', () => {
		const props = { name: 'Dushanbe', name_ru: 'Душанбе' };
		expect(localName({ type: 'Feature', properties: props } as never, 'ru')).toBe('Душанбе');
		expect(localName(props, 'ru')).toBe('Душанбе');
		expect(localName({ name: 'Panj' }, 'ru')).toBe('Panj');
		expect(localName({ name: 'Panj', name_ru: '  ' }, 'ru')).toBe('Panj');
		expect(localName({ properties: null }, 'ru')).toBe('');
	});

	it('has a source for every Russian name in the catalogue', () => {
		for (const entry of catalogById.values()) {
			expect(entry.name_ru === null, entry.id).toBe(entry.name_ru_source === null);
		}
	});
});
