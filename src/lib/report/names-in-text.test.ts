import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findName, quoteAround, sentenceSpans } from './names-in-text';

/** Passages of the report, verbatim (the fixture the pipeline reads). */
const REPORT = fs.readFileSync(
	path.join(import.meta.dirname, '../../../geodata/sources/report/tajikistan-csto-us-2022.txt'),
	'utf8'
);
const paragraph = (start: string): string => {
	const line = REPORT.split('\n').find((l) => l.startsWith(start));
	if (!line) throw new Error(`no paragraph starts with ${start}`);
	return line.trim();
};
const P4 = paragraph('Kyrgyzstan is not taking part');
const P7 = paragraph('The U.S. Department of Energy’s');
const P10 = paragraph('Since the Russian Federation');
const P11 = paragraph('In the meantime, Dushanbe reached');

describe('findName', () => {
	it('matches the report’s hyphen against the data’s en dash', () => {
		expect(findName(P4, ['Tajik–Kyrgyz border'])?.text).toBe('Tajik-Kyrgyz border');
	});

	it('accepts a plural', () => {
		const p1 = paragraph('While the CSTO');
		expect(findName(p1, ['Tajik–Afghan border'])?.text).toBe('Tajik-Afghan borders');
	});

	it('matches whole words only: “Russian” is not Rushon, “Temporary” is not Tem', () => {
		expect(findName(P10, ['Rushon', 'Rushan'])).toBeNull();
		expect(findName('Temporary measures', ['Tem'])).toBeNull();
		expect(findName('at Tem, a microdistrict', ['Tem'])?.text).toBe('Tem');
	});

	it('treats straight and curly apostrophes alike', () => {
		expect(findName('the bridge at Qal’ai Khumb', ["Qal'ai Khumb"])?.text).toBe('Qal’ai Khumb');
	});

	it('finds Cyrillic names with Cyrillic word boundaries', () => {
		expect(findName('учения на полигоне Харбмайдон.', ['Харбмайдон'])?.index).toBe(19);
		expect(findName('Харбмайдонский', ['Харбмайдон'])).toBeNull();
	});

	it('prefers the earliest match, and the longer name at the same place', () => {
		const m = findName(P11, ['GBAO', 'Gorno-Badakhshan Autonomous Region', 'Gorno-Badakhshan']);
		expect(m?.name).toBe('Gorno-Badakhshan Autonomous Region');
	});

	it('is case-insensitive and ignores empty names', () => {
		expect(findName(P7, ['', '  ', 'BORDER WITH AFGHANISTAN'])?.text).toBe(
			'border with Afghanistan'
		);
		expect(findName(P7, [])).toBeNull();
	});
});

describe('sentenceSpans', () => {
	it('does not end a sentence after “U.S.”', () => {
		const text = 'The U.S. Department spoke. Then it left.';
		expect(sentenceSpans(text).map(([s, e]) => text.slice(s, e))).toEqual([
			'The U.S. Department spoke.',
			'Then it left.'
		]);
	});

	it('splits every passage of the report into sentences that cover it', () => {
		for (const line of REPORT.split('\n').filter((l) => l.trim().length > 80)) {
			const text = line.trim();
			const spans = sentenceSpans(text);
			expect(spans.length).toBeGreaterThan(0);
			expect(text.slice(spans[0]![0], spans.at(-1)![1])).toBe(text);
		}
	});
});

describe('quoteAround', () => {
	it('quotes the sentence that names the feature, with an ellipsis for what comes before', () => {
		const q = quoteAround(P4, findName(P4, ['Tajik–Kyrgyz border']));
		expect(q).toBe(
			'… By the way, Bishkek might have decided not to join other CSTO members in Frontier-2022 due to recent military escalations and clashes at the Tajik-Kyrgyz border, causing military and civilian victims.'
		);
	});

	it('quotes the first sentence with no match, marking that the passage goes on', () => {
		expect(quoteAround(P11, null)).toBe(
			'In the meantime, Dushanbe reached a defence and military cooperation agreement with Beijing. …'
		);
	});

	it('narrows a long sentence to a window around the name, cut at word boundaries', () => {
		const p13 = paragraph('Since the Islamic State');
		const match = findName(p13, ['Dushanbe'])!;
		const q = quoteAround(p13, match, 120);
		expect(q).toContain('Dushanbe');
		expect(q.startsWith('…')).toBe(true);
		expect(q.endsWith('…')).toBe(true);
		const words = q.replace(/^… ?|…$/g, '');
		expect(p13).toContain(words);
		expect(words.length).toBeLessThanOrEqual(120);
		// Whole words: the text before and after the window is a space.
		const at = p13.indexOf(words);
		expect(p13[at - 1]).toBe(' ');
		expect(p13[at + words.length]).toBe(' ');
	});

	it('quotes a one-sentence passage whole, without ellipses', () => {
		expect(quoteAround(P10, findName(P10, ['201st military base']))).toBe(P10);
	});

	it('gives every quote verbatim from its passage', () => {
		for (const text of [P4, P7, P10, P11]) {
			for (const [s] of sentenceSpans(text)) {
				const q = quoteAround(text, { index: s, text: '' }, 80);
				expect(text).toContain(q.replace(/^… ?/, '').replace(/ ?…$/, ''));
			}
		}
	});
});
