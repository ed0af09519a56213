import { describe, expect, it } from 'vitest';
import { figureHeading, figureLabels } from './labels';
import { ENGLISH_FIGURE_LABELS, FIGURE_FONTS, layoutFigure, type FigureLabels } from './layout';
import { MAP_TITLE } from './title';
import type { ScaleUnit } from './scale-bar';

const LENGTHS: [number, ScaleUnit][] = [
	[50, 'km'],
	[2000, 'km'],
	[500, 'm'],
	[1, 'mi'],
	[0.5, 'nmi'],
	[20, 'nmi']
];

const sample = (l: FigureLabels) => ({
	cite: l.citeAs('A, “B”, C, 2022.'),
	permalink: l.permalink,
	north: l.north,
	lengths: LENGTHS.map(([n, u]) => l.length(n, u)),
	atCentre: l.atCentre('50 km')
});

describe('figureLabels', () => {
	it('in English are the words the figure always drew', () => {
		expect(sample(figureLabels('en'))).toEqual(sample(ENGLISH_FIGURE_LABELS));
		expect(figureHeading(null, 'en')).toEqual({ title: MAP_TITLE, subtitle: null });
		expect(figureHeading(' Kharbmaydon ', 'en')).toEqual({
			title: 'Kharbmaydon',
			subtitle: MAP_TITLE
		});
	});

	it('in Russian', () => {
		const ru = sample(figureLabels('ru'));
		expect(ru.cite).toBe('Ссылка для цитирования: A, “B”, C, 2022.');
		expect(ru.north).toBe('С');
		expect(ru.lengths).toEqual([
			'50 км',
			'2\u00a0000 км',
			'500 м',
			'1 миля',
			'0,5 морской мили',
			'20 морских миль'
		]);
		expect(ru.atCentre).toBe('50 km в центре');
		expect(figureHeading(null, 'ru').title).toBe('Frontier Map — границы Таджикистана');
	});
});

describe('a figure laid out in Russian', () => {
	const measure = (text: string, font: keyof typeof FIGURE_FONTS) =>
		text.length * 0.6 * Number(/(\d+)px/.exec(FIGURE_FONTS[font])![1]);
	const layout = (pitch: number) =>
		layoutFigure(
			{
				mapWidth: 800,
				mapHeight: 500,
				...figureHeading(null, 'ru'),
				legend: [],
				attribution: '© OpenStreetMap',
				citation: 'A, “B”, C, October 2022.',
				permalink: 'https://example.org/?v=1',
				metresPerPx: 500,
				units: 'nmi',
				bearing: 0,
				pitch,
				labels: figureLabels('ru')
			},
			measure
		);

	it('draws its labels in Russian; the citation stays as given', () => {
		const l = layout(0);
		const texts = l.text.map((t) => t.text);
		expect(texts[0]).toBe('Frontier Map — границы Таджикистана');
		expect(texts).toContain('Ссылка для цитирования: A, “B”, C, October 2022.');
		expect(texts).toContain('Постоянная ссылка:');
		expect(l.northArrow.label.text).toBe('С');
		expect(l.scale!.bars.map((b) => b.label.text)).toEqual(['50 км', '20 морских миль']);
		expect(layout(30).scale!.bars.map((b) => b.label.text)).toEqual([
			'50 км в центре',
			'20 морских миль в центре'
		]);
	});
});
