import { describe, expect, it } from 'vitest';
import {
	APP_DESCRIPTION,
	APP_TITLE,
	mapPreview,
	measurementText,
	previewImageFor,
	previewTags,
	reportPreview,
	type MapView,
	type PreviewIndex
} from './link-preview';

const origin = 'https://map.example';
const index: PreviewIndex = {
	generated: 'test',
	images: {
		default: { file: 'default.0123abcd.png', alt: 'Map of Tajikistan. Frontier Map.' },
		gbao: { file: 'gbao.89abcdef.png', alt: 'Map of GBAO. Frontier Map.' },
		kharbmaydon: { file: 'kharbmaydon.deadbeef.png', alt: 'Map of Kharbmaydon. Frontier Map.' }
	}
};
const none: MapView = { feature: null, event: null, measurement: null };
const gbao = { id: 'gbao', name: 'GBAO', summary: 'Tajikistan’s mountainous east.' };
const ctx = { origin, url: `${origin}/?select=gbao`, index };

describe('previewImageFor', () => {
	it('uses the selected feature’s image, absolute, 1200×630 PNG', () => {
		const image = previewImageFor({ ...none, feature: gbao }, index, origin);
		expect(image).toEqual({
			url: 'https://map.example/previews/gbao.89abcdef.png',
			width: 1200,
			height: 630,
			type: 'image/png',
			alt: 'Map of GBAO. Frontier Map.',
			key: 'gbao'
		});
	});

	it('falls back to the default image for a feature without one, and says so', () => {
		const image = previewImageFor(
			{ ...none, feature: { id: 'isfara', name: 'Isfara', summary: '' } },
			index,
			origin
		);
		expect(image.key).toBe('default');
		expect(image.alt).toBe(
			'Map of Tajikistan. Frontier Map. (the default view: there is no picture of Isfara)'
		);
	});

	it('says a measured path is not drawn on the picture', () => {
		const measurement = { lengthMeters: 1000, points: 2, units: 'km' as const };
		expect(previewImageFor({ ...none, measurement }, index, origin).alt).toMatch(
			/^Map of Tajikistan\. Frontier Map\. \(the measured path is not drawn\)$/
		);
		const selected = previewImageFor({ ...none, feature: gbao, measurement }, index, origin);
		expect(selected.key).toBe('gbao');
		expect(selected.alt).toContain('the measured path is not drawn');
	});

	it('borrows the first of a timeline event’s features that has a picture', () => {
		const event = { title: 'E', dateText: 'd', summary: 's', features: ['isfara', 'kharbmaydon'] };
		const image = previewImageFor({ ...none, event }, index, origin);
		expect(image.key).toBe('kharbmaydon');
		expect(image.alt).toContain('the picture of a place in this event');
	});
});

describe('mapPreview', () => {
	it('describes the default view with the app’s title and description', () => {
		const p = mapPreview(none, { ...ctx, url: `${origin}/` });
		expect(p).toMatchObject({
			title: APP_TITLE,
			description: APP_DESCRIPTION,
			url: `${origin}/`,
			siteName: 'Frontier Map'
		});
		expect(p.image.key).toBe('default');
	});

	it('describes a selection with the feature’s name and summary', () => {
		const p = mapPreview({ ...none, feature: gbao }, ctx);
		expect(p.title).toBe('GBAO');
		expect(p.description).toBe('Tajikistan’s mountainous east.');
		expect(p.url).toBe(`${origin}/?select=gbao`);
	});

	it('describes a measurement by its length and method, in the page’s units', () => {
		const measurement = { lengthMeters: 132_932.06, points: 3, units: 'mi' as const };
		const p = mapPreview({ ...none, measurement }, ctx);
		expect(p.title).toBe(APP_TITLE);
		expect(p.description).toBe('Measured path of 3 points: 82.6 mi, geodesic on WGS84.');
		const both = mapPreview({ ...none, feature: gbao, measurement }, ctx);
		expect(both.description).toBe(
			'Measured path of 3 points: 82.6 mi, geodesic on WGS84. Tajikistan’s mountainous east.'
		);
	});

	it('describes a timeline event with its title, date and summary', () => {
		const event = { title: 'Clashes', dateText: 'April 2021', summary: 'Fighting.', features: [] };
		const p = mapPreview({ ...none, event }, ctx);
		expect(p.title).toBe('Clashes (April 2021)');
		expect(p.description).toBe('Fighting.');
	});
});

describe('measurementText', () => {
	it('formats the length like the app does', () => {
		expect(measurementText({ lengthMeters: 850, points: 2, units: 'km' })).toBe(
			'Measured path of 2 points: 850 m, geodesic on WGS84.'
		);
	});
});

describe('reportPreview', () => {
	it('uses the report’s title and byline and the default picture', () => {
		const p = reportPreview(
			{ title: 'A report', author: 'An Author', publication: 'A Journal' },
			{ ...ctx, url: `${origin}/report` }
		);
		expect(p.title).toBe('A report');
		expect(p.description).toBe(
			'A report. An Author, A Journal. The report behind Frontier Map, with its places on the map.'
		);
		expect(p.image.url).toBe(`${origin}/previews/default.0123abcd.png`);
	});
});

describe('previewTags', () => {
	it('writes Open Graph properties and Twitter names', () => {
		const tags = previewTags(mapPreview({ ...none, feature: gbao }, ctx));
		const get = (key: string) => tags.find((t) => t.key === key);
		expect(get('og:title')).toEqual({ attr: 'property', key: 'og:title', content: 'GBAO' });
		expect(get('og:url')?.content).toBe(`${origin}/?select=gbao`);
		expect(get('og:image')?.content).toBe(`${origin}/previews/gbao.89abcdef.png`);
		expect(get('og:image:width')?.content).toBe('1200');
		expect(get('og:image:height')?.content).toBe('630');
		expect(get('og:image:type')?.content).toBe('image/png');
		expect(get('og:image:alt')?.content).toBe('Map of GBAO. Frontier Map.');
		expect(get('og:site_name')?.content).toBe('Frontier Map');
		expect(get('twitter:card')).toEqual({
			attr: 'name',
			key: 'twitter:card',
			content: 'summary_large_image'
		});
		expect(new Set(tags.map((t) => t.key)).size).toBe(tags.length);
	});
});
