/**
 * The generated catalog, report, events and claims, typed and indexed once. Imported at
 * build time (small JSON); geometry stays in static/data/ and is fetched by MapLibre.
 */
import catalogFile from '$lib/generated/catalog.json';
import claimsFile from '$lib/generated/claims.json';
import eventsFile from '$lib/generated/events.json';
import reportFile from '$lib/generated/report.json';
import type {
	CatalogEntry,
	CatalogFile,
	Claim,
	ClaimsFile,
	EventsFile,
	FeatureSource,
	Passage,
	ReportEvent,
	ReportFile
} from './types';

export const report = reportFile as unknown as ReportFile;
export const catalog: readonly CatalogEntry[] = (catalogFile as unknown as CatalogFile).entries;
export const events: readonly ReportEvent[] = (eventsFile as unknown as EventsFile).events;
export const claims: readonly Claim[] = (claimsFile as unknown as ClaimsFile).claims;

export const catalogById: ReadonlyMap<string, CatalogEntry> = new Map(
	catalog.map((e) => [e.id, e])
);
export const passageById: ReadonlyMap<string, Passage> = new Map(
	report.passages.map((p) => [p.id, p])
);

/** The catalog as a page's feature source: every feature's details are at hand. */
export const catalogSource: FeatureSource = {
	peek: (id) => catalogById.get(id),
	load: (id) => Promise.resolve(catalogById.get(id) ?? null)
};

export { knownFeatureIds } from './feature-ids';
export { excerpt, kindLabel, popupAnchorOf } from './entry';
