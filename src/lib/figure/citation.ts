/**
 * The citation of the report the map is built from, for the figure's credit line. The report's
 * metadata comes from the generated report file (src/lib/generated/report.json, written by the
 * pipeline), the one source /about, /report and the report panel read too.
 */
import type { ReportData } from '$lib/data/types';

export type ReportMeta = Pick<ReportData, 'author' | 'title' | 'subtitle' | 'publication' | 'date'>;

/** '2022-10' → 'October 2022'; a full date keeps its day; anything else is returned as it is. */
export function monthYear(iso: string): string {
	const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
	if (!m) return iso;
	const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1)));
	return date.toLocaleString('en-GB', {
		...(m[3] ? { day: 'numeric' } : {}),
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	});
}

/** "Author, “Title: Subtitle”, Publication, October 2022." */
export function reportCitation(r: ReportMeta): string {
	const title = r.subtitle ? `${r.title}: ${r.subtitle}` : r.title;
	return `${r.author}, “${title}”, ${r.publication}, ${monthYear(r.date)}.`;
}
