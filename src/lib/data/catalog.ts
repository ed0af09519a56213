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
export const eventById: ReadonlyMap<string, ReportEvent> = new Map(events.map((e) => [e.id, e]));

/** Every feature id a URL or a message may select. */
export const knownFeatureIds: ReadonlySet<string> = new Set(catalog.map((e) => e.id));

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
	entry: CatalogEntry,
	clickedAt: [number, number] | null
): [number, number] {
	return entry.lon === null && clickedAt ? clickedAt : entry.anchor;
}
