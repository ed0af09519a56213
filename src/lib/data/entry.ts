/**
 * Pure helpers on one catalog entry: they need the entry, not the catalog, so pages that load a
 * single feature (/embed, src/lib/data/features.ts) use them without the catalog's data.
 */
import type { CatalogEntry } from './types';

/** Human label for a feature kind ('training-ground' → 'Training ground'). */
export function kindLabel(kind: string): string {
	const words = kind.replace(/-/g, ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The first `max` characters of a passage, cut at a word boundary. */
export function excerpt(text: string, max = 220): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))}…`;
}

/**
 * Where a feature's popup points: a site at itself; a border or region at the spot the
 * reader clicked, else at the point the pipeline chose on it (`anchor`).
 */
export function popupAnchorOf(
	entry: Pick<CatalogEntry, 'lon' | 'anchor'>,
	clickedAt: [number, number] | null
): [number, number] {
	return entry.lon === null && clickedAt ? clickedAt : entry.anchor;
}
