/**
 * Passage ↔ feature links, authored once (geodata/authored/passage-links.json) and written both
 * ways: each passage lists its features, each feature lists its passages. A link is `named`
 * (the passage names the feature; validate.ts checked that it does) or `related` (with an
 * authored reason). Each feature-side link carries the words a popup quotes.
 */
import type {
	LinkedFeature,
	LinkedPassage,
	LinkRelation,
	Passage
} from '../../../src/lib/data/types';
import { findName, quoteAround } from '../../../src/lib/report/names-in-text';
import type { PassageLinks } from '../schemas';

export interface LinkIndex {
	/** Passages with `features` filled in: named features first, then related, as authored. */
	passages: Passage[];
	/** The links of a feature: named passages, then related, each in report order; [] when none. */
	linksOf: (featureId: string) => LinkedPassage[];
	/** The passage ids of `linksOf(featureId)`, in that order. */
	passagesOf: (featureId: string) => string[];
}

/** Where a related link's `about` words are in the passage (validate.ts checked they are). */
function aboutIn(text: string, about: string | undefined): { index: number; text: string } | null {
	if (about === undefined) return null;
	const index = text.indexOf(about);
	return index === -1 ? null : { index, text: about };
}

const RELATION_ORDER: Record<LinkRelation, number> = { named: 0, related: 1 };

/**
 * Applies the authored links to the parsed passages (pure).
 *
 * @param namesOf a feature's name and alternative names, matched in the passage text
 */
export function linkPassages(
	passages: readonly Passage[],
	links: PassageLinks,
	namesOf: (featureId: string) => readonly string[]
): LinkIndex {
	const byFeature = new Map<string, LinkedPassage[]>();
	const linked = passages.map((p) => {
		const features: LinkedFeature[] = [];
		for (const link of links[p.id] ?? []) {
			const match =
				link.relation === 'named'
					? findName(p.text, namesOf(link.feature))
					: aboutIn(p.text, link.about);
			if (link.relation === 'named' && !match) {
				throw new Error(`links: ${p.id} does not name ${link.feature} (validation missed it)`);
			}
			const reason = link.reason || `Names it: “${match?.text ?? ''}”.`;
			features.push({ id: link.feature, relation: link.relation });
			const list = byFeature.get(link.feature) ?? [];
			list.push({
				id: p.id,
				n: p.n,
				relation: link.relation,
				reason,
				quote: quoteAround(p.text, match)
			});
			byFeature.set(link.feature, list);
		}
		features.sort((a, b) => RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation]);
		return { id: p.id, n: p.n, section: p.section, text: p.text, features };
	});
	for (const list of byFeature.values()) {
		list.sort((a, b) => RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation] || a.n - b.n);
	}
	const linksOf = (id: string) => (byFeature.get(id) ?? []).map((l) => ({ ...l }));
	return { passages: linked, linksOf, passagesOf: (id) => linksOf(id).map((l) => l.id) };
}
