/**
 * "Cite this view": a ready citation of a map view — its title, the report the map is built
 * from, the data version, the access date and the permalink — as plain text, BibTeX and
 * CSL-JSON. Pure formatting: the caller gives the view, the report's metadata (the generated
 * report file, as /about shows it) and the dates; nothing here reads the page or the clock.
 */
import { monthYear, type ReportMeta } from '$lib/figure/citation';

export interface ViewCitation {
	/** The view's title: the selected feature's name, else the map's. */
	title: string;
	/** The selected feature's id, for the citation key; null for the whole map. */
	featureId: string | null;
	/** The link that reopens the view, with `v=` (MapPage.permalink). */
	permalink: string;
	/** The data version the view shows, and the day it was built (ISO date). */
	dataVersion: string;
	dataVersionDate: string;
	/** The day the reader cites the view (ISO date, YYYY-MM-DD). */
	accessed: string;
	report: ReportMeta;
}

export const MAP_NAME = 'Frontier Map';

/** '2026-11-29' → [2026, 11, 29]; '2022-10' → [2022, 10]; null for anything else. */
export function dateParts(iso: string): number[] | null {
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
	if (!m) return null;
	return [m[1], m[2], m[3]].filter((p): p is string => p !== undefined).map(Number);
}

/** The report's series, ISSN, volume and issue, read from its publication line when it has them. */
export interface Periodical {
	series: string;
	issn: string | null;
	volume: string | null;
	issue: string | null;
}

/** "Geopolitical Report ISSN 2785-2598 Volume 24 Issue 4" → its parts; else the whole as the series. */
export function periodicalOf(publication: string): Periodical {
	const m =
		/^(.*?)\s+ISSN\s+([\dXx-]+)(?:\s+Vol(?:ume|\.)?\s+(\S+))?(?:\s+(?:Issue|No\.?)\s+(\S+))?$/.exec(
			publication.trim()
		);
	if (!m?.[1]) return { series: publication.trim(), issn: null, volume: null, issue: null };
	return { series: m[1], issn: m[2] ?? null, volume: m[3] ?? null, issue: m[4] ?? null };
}

/** "Giuliano Bifolchi" → family "Bifolchi", given "Giuliano" (the last word is the family name). */
export function splitName(name: string): { family: string; given: string } {
	const words = name.trim().split(/\s+/);
	const family = words.pop() ?? '';
	return { family, given: words.join(' ') };
}

const fullTitle = (r: ReportMeta) => (r.subtitle ? `${r.title}: ${r.subtitle}` : r.title);

/** "Author, “Title”, Publication, October 2022" (the figure's and /about's wording). */
function reportText(r: ReportMeta): string {
	return `${r.author}, “${fullTitle(r)}”, ${r.publication}, ${monthYear(r.date)}`;
}

/**
 * The citation without its link: what the figure prints above its permalink line.
 * "Title. Map view, Frontier Map, data version X (29 November 2026); accessed 1 December 2026.
 * Built from: Author, “Report”, Publication, October 2022."
 */
export function citationWithoutLink(c: ViewCitation): string {
	return (
		`${c.title}. Map view, ${MAP_NAME}, data version ${c.dataVersion} ` +
		`(${monthYear(c.dataVersionDate)}); accessed ${monthYear(c.accessed)}. ` +
		`Built from: ${reportText(c.report)}.`
	);
}

/** The plain-text citation: the one above followed by the permalink. */
export function citationText(c: ViewCitation): string {
	return `${citationWithoutLink(c)} ${c.permalink}`;
}

// ---------------------------------------------------------------------------------------------
// BibTeX

const BIBTEX_SPECIAL: Record<string, string> = {
	'\\': '\\textbackslash{}',
	'{': '\\{',
	'}': '\\}',
	$: '\\$',
	'&': '\\&',
	'%': '\\%',
	'#': '\\#',
	_: '\\_',
	'~': '\\textasciitilde{}',
	'^': '\\textasciicircum{}',
	'“': '``',
	'”': "''",
	'‘': '`',
	'’': "'",
	'–': '--',
	'—': '---'
};

/**
 * Text as a BibTeX field value: LaTeX's special characters escaped (one pass, so an escape is
 * never escaped again), typographic quotes and dashes as LaTeX writes them. Other Unicode stays
 * (biber and bibtexu read UTF-8).
 */
export function bibtexEscape(text: string): string {
	return text.replace(/[\\{}$&%#_~^“”‘’–—]/g, (ch) => BIBTEX_SPECIAL[ch] ?? ch);
}

/** A URL for a verbatim `url` field: the characters that would unbalance it percent-encoded. */
export function bibtexUrl(url: string): string {
	return url.replace(/[{}\\\s]/g, (ch) => encodeURIComponent(ch));
}

/** A citation key: lower-case ASCII letters, digits and hyphens. */
export function citationKey(...parts: string[]): string {
	return parts
		.join('-')
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function bibEntry(type: string, key: string, fields: [string, string | null][]): string {
	const present = fields.filter((f): f is [string, string] => f[1] !== null);
	const width = Math.max(...present.map(([name]) => name.length));
	const lines = present.map(([name, value]) => `  ${name.padEnd(width)} = ${value}`);
	return `@${type}{${key},\n${lines.join(',\n')}\n}`;
}

export function reportKey(r: ReportMeta): string {
	const year = dateParts(r.date)?.[0] ?? '';
	const firstWord = r.title.split(/\s+/)[0] ?? 'report';
	return citationKey(splitName(r.author).family, String(year), firstWord);
}

export function viewKey(c: ViewCitation): string {
	return citationKey('frontier-map', c.featureId ?? 'view', c.dataVersion);
}

/** Two entries: the view (`@misc`, with url, urldate and the data version) and the report it cites. */
export function citationBibtex(c: ViewCitation): string {
	const r = c.report;
	const p = periodicalOf(r.publication);
	const reportDate = dateParts(r.date);
	const month = reportDate?.[1];
	const braced = (s: string) => `{${bibtexEscape(s)}}`;
	const name = splitName(r.author);
	const view = bibEntry('misc', viewKey(c), [
		['title', `{${braced(c.title)}}`],
		['howpublished', braced(`Map view, ${MAP_NAME}`)],
		['version', braced(c.dataVersion)],
		['year', braced(String(dateParts(c.dataVersionDate)?.[0] ?? ''))],
		['url', `{${bibtexUrl(c.permalink)}}`],
		['urldate', braced(c.accessed)],
		[
			'note',
			braced(
				`Data version ${c.dataVersion} (${monthYear(c.dataVersionDate)}); accessed ` +
					`${monthYear(c.accessed)}. Built from: ${reportText(r)}`
			)
		],
		['related', braced(reportKey(r))]
	]);
	const report = bibEntry('article', reportKey(r), [
		['author', braced(name.given ? `${name.family}, ${name.given}` : name.family)],
		['title', `{${braced(fullTitle(r))}}`],
		['journal', braced(p.series)],
		['issn', p.issn ? braced(p.issn) : null],
		['volume', p.volume ? braced(p.volume) : null],
		['number', p.issue ? braced(p.issue) : null],
		['year', reportDate ? braced(String(reportDate[0])) : null],
		['month', month ? (MONTHS[month - 1] ?? null) : null]
	]);
	return `${view}\n\n${report}\n`;
}

// ---------------------------------------------------------------------------------------------
// CSL-JSON (the Citation Style Language's data schema: Zotero, Pandoc, citeproc)

export interface CslDate {
	'date-parts': number[][];
}

export interface CslItem {
	id: string;
	type: string;
	title: string;
	[field: string]: string | CslDate | { family: string; given: string }[];
}

const cslDate = (iso: string): CslDate | null => {
	const parts = dateParts(iso);
	return parts ? { 'date-parts': [parts] } : null;
};

/** Two items: the view (`map`) and the report (`article-journal`). */
export function citationCsl(c: ViewCitation): CslItem[] {
	const r = c.report;
	const p = periodicalOf(r.publication);
	const view: CslItem = {
		id: viewKey(c),
		type: 'map',
		title: c.title,
		genre: 'Map view',
		'container-title': MAP_NAME,
		version: c.dataVersion,
		URL: c.permalink,
		note: `Data version ${c.dataVersion}. Built from: ${reportText(r)}.`
	};
	const issued = cslDate(c.dataVersionDate);
	const accessed = cslDate(c.accessed);
	if (issued) view.issued = issued;
	if (accessed) view.accessed = accessed;
	const report: CslItem = {
		id: reportKey(r),
		type: 'article-journal',
		title: fullTitle(r),
		author: [splitName(r.author)],
		'container-title': p.series
	};
	if (p.issn) report.ISSN = p.issn;
	if (p.volume) report.volume = p.volume;
	if (p.issue) report.issue = p.issue;
	const reportIssued = cslDate(r.date);
	if (reportIssued) report.issued = reportIssued;
	return [view, report];
}

/** CSL-JSON text, two-space indented, as reference managers import it. */
export function citationCslJson(c: ViewCitation): string {
	return `${JSON.stringify(citationCsl(c), null, 2)}\n`;
}
