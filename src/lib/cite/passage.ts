/**
 * "Cite this view" on the report's story (/report, /embed?story=): the view is a passage with its
 * map step, so the citation names the passage and links to its anchor on /report. The link
 * carries the data version like every permalink (`v=`): the step's places come from the
 * passage ↔ feature links, which are data, and /report ignores the parameter otherwise.
 */
import { DATA_VERSION } from '$lib/data/version';
import { DATA_VERSION_PARAM } from '$lib/state/data-version';
import type { ViewToCite } from './view';

export interface PassageToCite {
	/** `p-N` */
	passageId: string;
	n: number;
	/** The section heading ('' before the first). */
	section: string;
}

/** `Passage 3 of 16 — Section` (no dash without a section). */
export function passageTitle(p: PassageToCite, total: number): string {
	const where = `Passage ${p.n} of ${total}`;
	return p.section.trim() ? `${where} — ${p.section.trim()}` : where;
}

/** The canonical link to a passage: `/report?v=VERSION#p-N` on `origin`. */
export function passagePermalink(passageId: string, origin: string): string {
	const url = new URL('/report', origin);
	url.searchParams.set(DATA_VERSION_PARAM, DATA_VERSION);
	url.hash = passageId;
	return url.href;
}

/** What CiteButton cites for a passage of the story. */
export function passageCiteTarget(p: PassageToCite, total: number, origin: string): ViewToCite {
	return {
		selectedName: passageTitle(p, total),
		selectedId: p.passageId,
		permalink: passagePermalink(p.passageId, origin)
	};
}
