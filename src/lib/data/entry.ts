/**
 * Pure helpers on one catalog entry: they need the entry, not the catalog, so pages that load a
 * single feature (/embed, src/lib/data/features.ts) use them without the catalog's data.
 */
import * as m from '$lib/paraglide/messages';
import type { Basis, CatalogEntry, Confidence } from './types';

/** Human label for a feature kind ('training-ground' → 'Training ground'), in English. */
export function kindLabel(kind: string): string {
	const words = kind.replace(/-/g, ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The kinds the data uses, each with its name in the page's language (the `map` messages). */
const KIND_NAMES: Readonly<Record<string, () => string>> = {
	border: m.map_kind_border,
	region: m.map_kind_region,
	'training-ground': m.map_kind_training_ground,
	'military-base': m.map_kind_military_base,
	airfield: m.map_kind_airfield,
	facility: m.map_kind_facility,
	exclave: m.map_kind_exclave,
	village: m.map_kind_village,
	town: m.map_kind_town,
	city: m.map_kind_city,
	'border-crossing': m.map_kind_border_crossing,
	'clash-site': m.map_kind_clash_site
};

/**
 * A feature kind's name in the page's language, for pages that load the `map` messages; a kind
 * the data adds later reads as {@link kindLabel} until it has a message.
 */
export function kindName(kind: string): string {
	const name = Object.hasOwn(KIND_NAMES, kind) ? KIND_NAMES[kind] : undefined;
	return name ? name() : kindLabel(kind);
}

/** A confidence word ('high', 'medium', 'low') in the page's language. */
export function confidenceName(confidence: Confidence): string {
	if (confidence === 'high') return m.map_confidence_high();
	if (confidence === 'medium') return m.map_confidence_medium();
	return m.map_confidence_low();
}

/** Where a site's position comes from, as the popup words it ("estimated", "from a published source"). */
export function basisName(basis: Basis): string {
	return basis === 'estimated' ? m.map_basis_estimated() : m.map_basis_sourced();
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
