/**
 * The citation of the view on screen: the page gives its title, selected feature and permalink;
 * the data version, its date and the report's metadata come from the generated files (the
 * report's as /about shows it). Imports only the report's metadata fields, not its passages.
 */
import { author, date, publication, subtitle, title } from '$lib/generated/report.json';
import { DATA_VERSION, DATA_VERSION_DATE } from '$lib/data/version';
import { figureTitle } from '$lib/figure/title';
import type { ViewCitation } from './format';

/** A local calendar day as YYYY-MM-DD (the reader's "today"). */
export function isoDay(d: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export interface ViewToCite {
	/** The selected feature's name, or null: the title is then the map's. */
	selectedName: string | null;
	selectedId: string | null;
	/** The view's link, with `v=` (MapPage.permalink). */
	permalink: string;
}

export function viewCitation(view: ViewToCite, today: Date = new Date()): ViewCitation {
	return {
		title: figureTitle(view.selectedName),
		featureId: view.selectedName ? view.selectedId : null,
		permalink: view.permalink,
		dataVersion: DATA_VERSION,
		dataVersionDate: DATA_VERSION_DATE,
		accessed: isoDay(today),
		report: { author, title, subtitle, publication, date }
	};
}
