/**
 * One feature at a time, for pages that show one popup and should not download the whole catalog
 * (/embed; the catalog is ~12 kB gzip of JavaScript). `npm run geodata` writes each catalog entry,
 * with the passages linked to it, to static/data/features/<id>.json (FeatureFile), served and cached
 * like the layer data, and the list of ids to src/lib/generated/feature-ids.json.
 *
 * The pipeline validates the content (zod, at build time); here a fetched file is only checked to
 * be the file asked for, with the fields the popup reads of the right types, so a truncated,
 * stale or substituted file gives a clear error instead of a broken popup. The ids and URLs are
 * ./feature-ids.ts: a page that selects nothing loads only those, not this module.
 */
import * as m from '$lib/paraglide/messages';
import { featureUrl, knownFeatureIds } from './feature-ids';
import type { CatalogEntry, FeatureFile, LinkedPassage } from './types';

/** A feature file that could not be fetched or is not what it should be. */
export class FeatureFileError extends Error {
	override name = 'FeatureFileError';
}

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isNumbers = (v: unknown, n: number) =>
	Array.isArray(v) && v.length === n && v.every(isFiniteNumber);
const isStrings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isOptional = (v: unknown, test: (v: unknown) => boolean) => v === null || test(v);

/** The first field of an entry that the popup cannot read, or null. */
function badEntryField(e: Record<string, unknown>): string | null {
	const checks: [keyof CatalogEntry, boolean][] = [
		['name', typeof e.name === 'string' && e.name !== ''],
		['kind', typeof e.kind === 'string'],
		['lon', isOptional(e.lon, isFiniteNumber)],
		['lat', isOptional(e.lat, isFiniteNumber)],
		['bbox', isNumbers(e.bbox, 4)],
		['anchor', isNumbers(e.anchor, 2)],
		['summary', typeof e.summary === 'string'],
		['passages', Array.isArray(e.passages) && e.passages.every(isLinkedPassage)],
		['altNames', isStrings(e.altNames)],
		['precisionMeters', isOptional(e.precisionMeters, isFiniteNumber)],
		['confidence', isOptional(e.confidence, (v) => typeof v === 'string')],
		['confidenceNote', isOptional(e.confidenceNote, (v) => typeof v === 'string')],
		['basis', isOptional(e.basis, (v) => typeof v === 'string')],
		['coordinateNote', typeof e.coordinateNote === 'string'],
		[
			'sources',
			Array.isArray(e.sources) &&
				e.sources.every(
					(s) =>
						isObject(s) &&
						typeof s.title === 'string' &&
						isOptional(s.url, (u) => typeof u === 'string')
				)
		]
	];
	return checks.find(([, ok]) => !ok)?.[0] ?? null;
}

const isLinkedPassage = (p: unknown): p is LinkedPassage =>
	isObject(p) &&
	typeof p.id === 'string' &&
	isFiniteNumber(p.n) &&
	(p.relation === 'named' || p.relation === 'related') &&
	typeof p.reason === 'string' &&
	typeof p.quote === 'string';

/** Checks that `value` is the FeatureFile of `id`; throws FeatureFileError saying what is wrong. */
export function parseFeatureFile(value: unknown, id: string): FeatureFile {
	const url = featureUrl(id);
	if (!isObject(value) || !isObject(value.entry))
		throw new FeatureFileError(m.details_feature_file_no_entry({ url }));
	if (value.entry.id !== id)
		throw new FeatureFileError(
			m.details_feature_file_other_feature({ url, other: String(value.entry.id) })
		);
	const bad = badEntryField(value.entry);
	if (bad) throw new FeatureFileError(m.details_feature_file_bad_field({ url, field: bad }));
	if (!Array.isArray(value.passages) || !value.passages.every(isLinkedPassage))
		throw new FeatureFileError(m.details_feature_file_bad_passages({ url }));
	return value as unknown as FeatureFile;
}

/**
 * One feature's entry and the passages it cites; null for an id the catalog does not have (no
 * request is made). Rejects with FeatureFileError when the file cannot be fetched or read.
 * `fetchFn`: SvelteKit's `fetch` in a load function, so a server-rendered page carries the file.
 */
export async function loadFeature(
	id: string,
	fetchFn: typeof fetch = fetch
): Promise<FeatureFile | null> {
	if (!knownFeatureIds.has(id)) return null;
	const url = featureUrl(id);
	let response: Response;
	try {
		response = await fetchFn(url);
	} catch {
		throw new FeatureFileError(m.details_feature_file_offline({ url }));
	}
	if (!response.ok)
		throw new FeatureFileError(m.details_feature_file_http({ url, status: response.status }));
	let json: unknown;
	try {
		json = await response.json();
	} catch {
		throw new FeatureFileError(m.details_feature_file_not_json({ url }));
	}
	return parseFeatureFile(json, id);
}
