import { describe, expect, it } from 'vitest';
import { report } from './catalog';
import { PASSAGE_COUNT, passageId, passageNumber } from './passage-ids';

describe('passage ids', () => {
	it('count and pattern match the generated report', () => {
		expect(report.passages.length).toBe(PASSAGE_COUNT);
		expect(report.passages.map((p) => p.id)).toEqual(
			Array.from({ length: PASSAGE_COUNT }, (_, i) => passageId(i + 1))
		);
		for (const p of report.passages) expect(passageNumber(p.id)).toBe(p.n);
	});
	it('refuses anything else', () => {
		for (const bad of ['p-0', 'p-17', 'p-03', 'P-3', 'p3', '3', '', 'p-', 'p-1.5', ' p-3'])
			expect(passageNumber(bad), bad).toBeNull();
	});
});
