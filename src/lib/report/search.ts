/**
 * Offline search over the catalog (features and their other spellings) and the report's
 * passages. Tiny data, so a normalised substring match ranked by where it matches is enough.
 */
import { catalog, report } from '$lib/data/catalog';
import { excerpt, kindLabel } from '$lib/data/catalog';

export interface SearchHit {
	/** Unique key for lists. */
	key: string;
	kind: 'feature' | 'passage';
	/** Feature id or passage id. */
	id: string;
	title: string;
	detail: string;
}

/** Lowercase, strip diacritics and punctuation variants, so "Kharbmaidon" finds "Kharbmaydon"-like names. */
export function normalise(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[’'`ʻ‘-]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

interface Doc {
	hit: SearchHit;
	names: string[];
	body: string;
}

const docs: Doc[] = [
	...catalog.map((e) => ({
		hit: {
			key: `f-${e.id}`,
			kind: 'feature' as const,
			id: e.id,
			title: e.name,
			detail: kindLabel(e.kind)
		},
		names: [e.name, ...e.altNames, e.id].map(normalise),
		body: normalise(e.summary)
	})),
	...report.passages.map((p) => ({
		hit: {
			key: `p-${p.id}`,
			kind: 'passage' as const,
			id: p.id,
			title: `Passage ${p.n}`,
			detail: excerpt(p.text, 90)
		},
		names: [],
		body: normalise(p.text)
	}))
];

/** Best hits first: name prefix, then name substring, then text substring. */
export function searchIndex(query: string, limit = 10): SearchHit[] {
	const q = normalise(query);
	if (q.length < 2) return [];
	const scored: { score: number; order: number; hit: SearchHit }[] = [];
	docs.forEach((d, order) => {
		let score = 0;
		if (d.names.some((n) => n.startsWith(q))) score = 3;
		else if (d.names.some((n) => n.includes(q))) score = 2;
		else if (d.body.includes(q)) score = 1;
		if (score) scored.push({ score, order, hit: d.hit });
	});
	scored.sort((a, b) => b.score - a.score || a.order - b.order);
	return scored.slice(0, limit).map((s) => s.hit);
}
