import { describe, expect, it } from 'vitest';
import { report } from '$lib/data/catalog';
import {
	bibtexEscape,
	bibtexUrl,
	citationBibtex,
	citationCsl,
	citationCslJson,
	citationKey,
	citationText,
	citationWithoutLink,
	dateParts,
	periodicalOf,
	splitName,
	type ViewCitation
} from './format';

const view: ViewCitation = {
	title: 'Kharbmaydon training ground',
	featureId: 'kharbmaydon',
	permalink: 'https://map.example/?select=kharbmaydon&v=456c0249dc',
	dataVersion: '456c0249dc',
	dataVersionDate: '2026-11-29',
	accessed: '2026-12-01',
	report
};

describe('plain text', () => {
	it('names the view, the map, the data version, the access date, the report and the link', () => {
		expect(citationText(view)).toBe(
			'Kharbmaydon training ground. Map view, Frontier Map, data version 456c0249dc ' +
				'(29 November 2026); accessed 1 December 2026. Built from: Giuliano Bifolchi, ' +
				'“Tajikistan between CSTO and U.S. military support to defend its borders and domestic ' +
				'stability”, Geopolitical Report ISSN 2785-2598 Volume 24 Issue 4, October 2022. ' +
				'https://map.example/?select=kharbmaydon&v=456c0249dc'
		);
	});
	it('is the figure’s line followed by the permalink', () => {
		expect(citationText(view)).toBe(`${citationWithoutLink(view)} ${view.permalink}`);
	});
});

describe('the report’s metadata', () => {
	it('reads series, ISSN, volume and issue from the publication line', () => {
		expect(periodicalOf(report.publication)).toEqual({
			series: 'Geopolitical Report',
			issn: '2785-2598',
			volume: '24',
			issue: '4'
		});
		expect(periodicalOf('Some Bulletin')).toEqual({
			series: 'Some Bulletin',
			issn: null,
			volume: null,
			issue: null
		});
	});
	it('splits the author and reads dates', () => {
		expect(splitName('Giuliano Bifolchi')).toEqual({ family: 'Bifolchi', given: 'Giuliano' });
		expect(splitName('Plato')).toEqual({ family: 'Plato', given: '' });
		expect(dateParts('2022-10')).toEqual([2022, 10]);
		expect(dateParts('2026-11-29')).toEqual([2026, 11, 29]);
		expect(dateParts('autumn')).toBeNull();
	});
});

describe('BibTeX', () => {
	it('escapes LaTeX’s special characters once, and typographic quotes and dashes', () => {
		expect(bibtexEscape('A & B: 50% of $5 #1 under_score {x} ~ ^ \\')).toBe(
			'A \\& B: 50\\% of \\$5 \\#1 under\\_score \\{x\\} \\textasciitilde{} ' +
				'\\textasciicircum{} \\textbackslash{}'
		);
		expect(bibtexEscape('“Tajik–Afghan” — it’s')).toBe("``Tajik--Afghan'' --- it's");
		expect(bibtexEscape('Душанбе')).toBe('Душанбе');
	});

	it('keeps a URL verbatim but for characters that would unbalance the field', () => {
		expect(bibtexUrl('https://x.example/?a=1&b=%20{}')).toBe('https://x.example/?a=1&b=%20%7B%7D');
	});

	it('makes keys of ASCII letters, digits and hyphens', () => {
		expect(citationKey('Frontier Map', 'Ḱharb_maydon', '456C')).toBe(
			'frontier-map-kharb-maydon-456c'
		);
	});

	it('gives the view (with url, urldate, version) and the report, with balanced braces', () => {
		const bib = citationBibtex(view);
		expect(bib).toContain('@misc{frontier-map-kharbmaydon-456c0249dc,');
		expect(bib).toContain('title        = {{Kharbmaydon training ground}}');
		expect(bib).toContain('url          = {https://map.example/?select=kharbmaydon&v=456c0249dc}');
		expect(bib).toContain('urldate      = {2026-12-01}');
		expect(bib).toContain('version      = {456c0249dc}');
		expect(bib).toContain('@article{bifolchi-2022-tajikistan,');
		expect(bib).toContain('author  = {Bifolchi, Giuliano}');
		expect(bib).toContain('journal = {Geopolitical Report}');
		expect(bib).toContain('issn    = {2785-2598}');
		expect(bib).toContain('volume  = {24}');
		expect(bib).toContain('number  = {4}');
		expect(bib).toContain('month   = oct');
		expect(bib).not.toContain('publisher'); // the sources name none
		expect(bib).toContain('``Tajikistan between CSTO');
		let depth = 0;
		for (const ch of bib.replace(/\\[{}]/g, '')) {
			if (ch === '{') depth += 1;
			if (ch === '}') depth -= 1;
			expect(depth).toBeGreaterThanOrEqual(0);
		}
		expect(depth).toBe(0);
	});

	it('escapes a hostile title', () => {
		const bib = citationBibtex({ ...view, title: 'a} @misc{evil, title={x' });
		expect(bib).toContain('title        = {{a\\} @misc\\{evil, title=\\{x}}');
	});
});

/** The CSL-JSON schema's item types (citation-style-language/schema, csl-data.json). */
const CSL_TYPES = new Set([
	'article',
	'article-journal',
	'article-magazine',
	'article-newspaper',
	'bill',
	'book',
	'broadcast',
	'chapter',
	'classic',
	'collection',
	'dataset',
	'document',
	'entry',
	'entry-dictionary',
	'entry-encyclopedia',
	'event',
	'figure',
	'graphic',
	'hearing',
	'interview',
	'legal_case',
	'legislation',
	'manuscript',
	'map',
	'motion_picture',
	'musical_score',
	'pamphlet',
	'paper-conference',
	'patent',
	'performance',
	'periodical',
	'personal_communication',
	'post',
	'post-weblog',
	'regulation',
	'report',
	'review',
	'review-book',
	'software',
	'song',
	'speech',
	'standard',
	'thesis',
	'treaty',
	'webpage'
]);
const CSL_DATES = new Set(['accessed', 'issued', 'event-date', 'original-date', 'submitted']);
const CSL_NAMES = new Set(['author', 'editor', 'translator', 'container-author']);

describe('CSL-JSON', () => {
	it('is an array of items of the schema’s shape', () => {
		const items = JSON.parse(citationCslJson(view)) as Record<string, unknown>[];
		expect(items).toHaveLength(2);
		for (const item of items) {
			expect(typeof item.id).toBe('string');
			expect(CSL_TYPES.has(item.type as string), String(item.type)).toBe(true);
			for (const [field, value] of Object.entries(item)) {
				if (CSL_DATES.has(field)) {
					const parts = (value as { 'date-parts': unknown })['date-parts'] as unknown[][];
					expect(parts).toHaveLength(1);
					expect(parts[0]!.length).toBeGreaterThanOrEqual(1);
					expect(parts[0]!.length).toBeLessThanOrEqual(3);
					for (const n of parts[0]!) expect(Number.isInteger(n)).toBe(true);
				} else if (CSL_NAMES.has(field)) {
					for (const name of value as Record<string, unknown>[]) {
						expect(typeof name.family).toBe('string');
					}
				} else {
					expect(['string', 'number']).toContain(typeof value);
				}
			}
		}
	});

	it('cites the view as a map with its link, version and dates, and the report', () => {
		const [map, article] = citationCsl(view);
		expect(map).toMatchObject({
			type: 'map',
			title: 'Kharbmaydon training ground',
			URL: view.permalink,
			version: '456c0249dc',
			accessed: { 'date-parts': [[2026, 12, 1]] },
			issued: { 'date-parts': [[2026, 11, 29]] }
		});
		expect(article).toMatchObject({
			type: 'article-journal',
			author: [{ family: 'Bifolchi', given: 'Giuliano' }],
			'container-title': 'Geopolitical Report',
			ISSN: '2785-2598',
			volume: '24',
			issue: '4',
			issued: { 'date-parts': [[2022, 10]] }
		});
		expect(article).not.toHaveProperty('publisher');
	});
});
