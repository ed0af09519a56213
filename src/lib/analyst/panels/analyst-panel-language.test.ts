/**
 * The analyst panel rendered (server-side) in each language: our words follow the page, the
 * report's quote stays English and is marked so.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { catalogById } from '$lib/data/catalog';
import type { LonLat } from '$lib/geo/types';
import type { Locale } from '$lib/i18n/locales';
import { AnalystState } from '../state.svelte';
import { inLocale } from '../testing/in-locale';
import AnalystPanel from './AnalystPanel.svelte';

async function panelText(locale: Locale): Promise<{ html: string; text: string }> {
	const site = catalogById.get('kharbmaydon')!;
	const points: LonLat[] = [
		[68.78, 38.53],
		[68.55, 37.35]
	];
	const analyst = new AnalystState(() => ({ measure: points, units: 'km', site, visible: true }));
	// the computing half (measurement, rings) loads as on the page; the border distance is a prop
	await analyst.load();
	const html = inLocale(locale, () => {
		analyst.ringsText = '50, 100, x';
		return render(AnalystPanel, {
			props: {
				analyst,
				points,
				units: 'km',
				site,
				borderResult: { value: 20_000, min: 0, max: 60_000, uncertaintyMeters: 40_000 },
				borderError: null,
				onpoints() {},
				onunits() {},
				onpicksite() {},
				ongoto() {},
				onexportfigure: async () => {},
				onreadpassage() {}
			}
		}).body;
	});
	const text = html
		.replace(/<!--[^>]*-->/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ');
	return { html, text };
}

describe('the analyst panel', () => {
	it('reads as before in English', async () => {
		const { text } = await panelText('en');
		expect(text).toContain('Radii in kilometres (comma-separated)');
		expect(text).toContain('Ignored: x (radii must be positive numbers up to 20,000).');
		expect(text).toContain(
			'20 km (0–60 km with the ±40 km position uncertainty) to the nearest point of the Tajik–Afghan border'
		);
		expect(text).not.toContain('The report is published in English');
	});

	it('speaks Russian in Russian, with the report’s quote marked English', async () => {
		const { html, text } = await panelText('ru');
		for (const words of [
			'Измерение',
			'Отрезок Длина Азимут',
			'Всего 133 км',
			'Откуда: Полигон Харбмайдон (±40 км)',
			'20 км (0–60 км с учётом неопределённости положения ±40 км) до ближайшей точки границы',
			'Радиусы, километры (через запятую)',
			'Пропущено: x (радиусы должны быть положительными числами не больше 20',
			'Центр колец: Полигон Харбмайдон.',
			'Доклад опубликован на английском; цитаты приводятся в оригинале.',
			'Доклад, фрагмент 3',
			'Скачать CSV'
		])
			expect(text).toContain(words);
		for (const english of ['Measure', 'Segment', 'Download', 'Show full ranges', 'Verdict'])
			expect(text).not.toContain(english);
		expect(html).toMatch(/<p lang="en"[^>]*>“Kharbmaydon training ground, 140 km south/);
	});
});
