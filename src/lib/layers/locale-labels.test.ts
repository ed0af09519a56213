/** The map's labels in the page's language: names from the data, the layers' own label text. */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYER_IDS } from './layer-ids';
import { buildStyle, LAYER_GROUPS, LEGEND_SECTIONS, THEMES } from './index';

const textField = (layers: LayerSpecification[], id: string) => {
	const layer = layers.find((l) => l.id === id);
	return layer && 'layout' in layer
		? (layer.layout as Record<string, unknown>)['text-field']
		: null;
};
const styleIn = (locale: 'en' | 'ru') =>
	buildStyle(THEMES.light, '/data/', DEFAULT_LAYER_IDS, locale).layers;

describe('map labels by language', () => {
	const en = styleIn('en');
	const ru = styleIn('ru');

	it('writes names in English on an English page, exactly as before', () => {
		expect(textField(en, 'places-label')).toEqual(['get', 'name']);
		expect(textField(en, 'kharbmaydon-site-label')).toEqual(['get', 'name']);
		expect(textField(en, 'countries-label')).toEqual(['upcase', ['get', 'name']]);
		expect(textField(en, 'tj-af-border-label')).toBe('Tajik–Afghan border');
		expect(textField(en, 'tj-kg-border-label')).toBe('Tajik–Kyrgyz border');
		expect(textField(en, 'gbao-label')).toBe('GORNO-BADAKHSHAN\n(GBAO)');
		expect(JSON.stringify(textField(en, 'peaks-label'))).toContain('" m"');
	});

	it('writes the Russian name where the data has one, else the English one, on a Russian page', () => {
		const local = ['coalesce', ['get', 'name_ru'], ['get', 'name']];
		for (const id of ['places-label', 'places-capital-label', 'kharbmaydon-site-label']) {
			expect(textField(ru, id), id).toEqual(local);
		}
		expect(textField(ru, 'countries-label')).toEqual(['upcase', local]);
		expect(textField(ru, 'tj-af-border-label')).toBe('Таджикско-афганская граница');
		expect(textField(ru, 'gbao-label')).toBe('ГОРНЫЙ БАДАХШАН\n(ГБАО)');
		expect(JSON.stringify(textField(ru, 'peaks-label'))).toContain('" м"');
	});

	it('changes nothing but label text between the languages', () => {
		const strip = (layers: LayerSpecification[]) =>
			layers.map((l) => {
				const layout = 'layout' in l ? { ...l.layout } : {};
				delete (layout as Record<string, unknown>)['text-field'];
				return { ...l, layout };
			});
		expect(strip(ru)).toEqual(strip(en));
	});

	it('gives every group and section a title and description (English in tests)', () => {
		expect(LEGEND_SECTIONS.map((s) => s.title)).toEqual(['From the report', 'Context']);
		for (const g of LAYER_GROUPS) {
			expect(g.title.length, g.id).toBeGreaterThan(0);
			expect(g.description.length, g.id).toBeGreaterThan(0);
			for (const entry of g.legend(THEMES.light))
				expect(entry.label.length, g.id).toBeGreaterThan(0);
		}
		expect(LAYER_GROUPS.find((g) => g.id === 'kharbmaydon')?.title).toBe(
			'Kharbmaydon training ground'
		);
	});
});
