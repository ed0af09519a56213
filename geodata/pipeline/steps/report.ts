/**
 * Splits the report text into numbered passages. Which lines are metadata (photo title and
 * caption, ISSN line, author line), which are the in-text section headings and which trailing
 * lines to drop are listed in geodata/authored/report.json, so the split is explicit and
 * checked: every listed line must occur exactly once, and every other non-empty line after the
 * title becomes a passage, verbatim.
 */
import type { Passage } from '../../../src/lib/data/types';
import type { ReportStructure } from '../schemas';
import type { ValidationIssue } from '../validate';

export interface ParsedReport {
	passages: Passage[];
	sections: string[];
	issues: ValidationIssue[];
}

/**
 * Parses the report text (pure).
 *
 * @param text the report, one paragraph per line (blank lines between paragraphs are ignored)
 * @param structure the title, metadata lines, headings and dropped lines from report.json
 * @returns passages `p-1…p-N` in order with their section heading ('' before the first one);
 *   `features` are left empty for the link step to fill
 */
export function parseReport(text: string, structure: ReportStructure): ParsedReport {
	const issues: ValidationIssue[] = [];
	const lines = text
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((l) => l.trim())
		.filter((l) => l.length > 0);

	if (lines[0] !== structure.title) {
		issues.push({ path: 'report.json/title', message: 'is not the first line of the report text' });
	}
	const expectOnce = (field: string, line: string): void => {
		const count = lines.filter((l) => l === line).length;
		if (count !== 1) {
			issues.push({
				path: `report.json/${field}`,
				message: `"${line.slice(0, 60)}" occurs ${count} times in the report text (expected once)`
			});
		}
	};
	structure.metadataLines.forEach((l, i) => expectOnce(`metadataLines/${i}`, l));
	structure.headings.forEach((l, i) => expectOnce(`headings/${i}`, l));
	structure.dropLines.forEach((l, i) => expectOnce(`dropLines/${i}`, l));

	const meta = new Set(structure.metadataLines);
	const headings = new Set(structure.headings);
	const drops = new Set(structure.dropLines);
	const passages: Passage[] = [];
	let section = '';
	for (const line of lines.slice(1)) {
		if (meta.has(line) || drops.has(line)) continue;
		if (headings.has(line)) {
			section = line;
			continue;
		}
		const n = passages.length + 1;
		passages.push({ id: `p-${n}`, n, section, text: line, features: [] });
	}
	return { passages, sections: [...structure.headings], issues };
}
