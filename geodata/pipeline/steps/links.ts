/**
 * Passage ↔ feature links, authored once (geodata/authored/passage-links.json) and written both
 * ways: each passage lists its features, each feature lists its passages in report order.
 */
import type { Passage } from '../../../src/lib/data/types';
import type { PassageLinks } from '../schemas';

export interface LinkIndex {
	/** Passages with `features` filled in. */
	passages: Passage[];
	/** Passage ids (report order) that speak of a feature; [] when none. */
	passagesOf: (featureId: string) => string[];
}

/** Applies the authored links to the parsed passages (pure). */
export function linkPassages(passages: readonly Passage[], links: PassageLinks): LinkIndex {
	const byFeature = new Map<string, string[]>();
	const linked = passages.map((p) => {
		const features = links[p.id]?.features ?? [];
		for (const f of features) {
			const list = byFeature.get(f) ?? [];
			list.push(p.id);
			byFeature.set(f, list);
		}
		return { id: p.id, n: p.n, section: p.section, text: p.text, features: [...features] };
	});
	return { passages: linked, passagesOf: (id) => [...(byFeature.get(id) ?? [])] };
}
