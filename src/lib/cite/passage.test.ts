import { describe, expect, it } from 'vitest';
import { DATA_VERSION } from '$lib/data/version';
import { citationText } from './format';
import { passageCiteTarget, passagePermalink, passageTitle } from './passage';
import { viewCitation } from './view';

describe('citing a passage of the story', () => {
	const p3 = { passageId: 'p-3', n: 3, section: '' };
	const p8 = { passageId: 'p-8', n: 8, section: 'U.S. help to Tajik border security' };

	it('titles the passage with its number and section', () => {
		expect(passageTitle(p3, 16)).toBe('Passage 3 of 16');
		expect(passageTitle(p8, 16)).toBe('Passage 8 of 16 — U.S. help to Tajik border security');
	});
	it('links to the passage on /report with the data version', () => {
		expect(passagePermalink('p-3', 'https://map.example')).toBe(
			`https://map.example/report?v=${DATA_VERSION}#p-3`
		);
	});
	it('gives CiteButton a target whose citation names the passage and its link', () => {
		const target = passageCiteTarget(p8, 16, 'http://localhost:3000');
		expect(target).toEqual({
			selectedName: 'Passage 8 of 16 — U.S. help to Tajik border security',
			selectedId: 'p-8',
			permalink: `http://localhost:3000/report?v=${DATA_VERSION}#p-8`
		});
		const text = citationText(viewCitation(target, new Date(2026, 10, 29)));
		expect(text).toMatch(/^Passage 8 of 16 — U\.S\. help to Tajik border security\. Map view/);
		expect(text.endsWith(`/report?v=${DATA_VERSION}#p-8`)).toBe(true);
	});
});
