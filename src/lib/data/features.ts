/**
 * Every catalog feature as its own small module (src/lib/generated/features/<id>.json, written by
 * `npm run geodata`), loaded on demand: /embed shows one popup at a time and should not download
 * the whole catalog (~12 kB gzip) for it. The ids come from the file names, so knowing which ids
 * exist costs nothing but the list.
 */
import type { FeatureFile } from './types';

const files = import.meta.glob<FeatureFile>('../generated/features/*.json', { import: 'default' });

const loaders: ReadonlyMap<string, () => Promise<FeatureFile>> = new Map(
	Object.entries(files).map(([path, load]) => [path.replace(/^.*\/|\.json$/g, ''), load])
);

/** Every feature id a URL or a message may select. */
export const knownFeatureIds: ReadonlySet<string> = new Set(loaders.keys());

/**
 * One feature's entry and the passages it cites; null for an unknown id. Rejects only when the
 * module cannot be fetched (offline, a new deploy), so the caller can say so.
 */
export async function loadFeature(id: string): Promise<FeatureFile | null> {
	const load = loaders.get(id);
	return load ? load() : null;
}
