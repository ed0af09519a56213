/**
 * Which features have a file of their own (static/data/features/<id>.json, written by
 * `npm run geodata` with the list in src/lib/generated/feature-ids.json), and where it is. Small on
 * purpose: every map page needs the ids to read a URL, but only a page that shows a feature loads
 * the file's loader and checks (./features.ts).
 */
// the named field alone: the file's other fields (its `generated` header) stay out of the bundle
import { ids } from '$lib/generated/feature-ids.json';
import { withMessages } from '$lib/i18n/client-messages';
import { LAZY_GROUPS } from '$lib/i18n/groups';
import type { FeatureIdsFile, FeatureSource } from './types';

/** Every feature id a URL or a message may select. */
export const knownFeatureIds: ReadonlySet<string> = new Set(ids satisfies FeatureIdsFile['ids']);

/** Where a feature's file is served (ids are kebab-case: nothing to escape). */
export function featureUrl(id: string): string {
	return `/data/features/${id}.json`;
}

/**
 * Feature files as a page's feature source: nothing at hand, each loaded when selected (with the
 * loader, on the first selection).
 */
export const featureFileSource: FeatureSource = {
	peek: () => undefined,
	load: async (id) => {
		const { loadFeature } = await withMessages(import('./features'), LAZY_GROUPS.featureFile);
		return (await loadFeature(id))?.entry ?? null;
	}
};
