/**
 * The data's versions and what changed between them: the shapes of the changelog the pipeline
 * writes (static/data/changelog.json, served at /data/changelog.json) and the pure questions
 * pages ask of it — which versions came after the one a link was made with, and which of their
 * changes touch the features a view shows. No DOM, no fetch. (The version's format is in
 * src/lib/state/data-version.ts, the `v` parameter's codec, so /embed loads none of this file.)
 */

/** One field of one feature that differs from the previous version. */
export interface FieldChange {
	/** The feature's stable id. */
	feature: string;
	/** Its name in the newer version (in the older one when it was removed). */
	name: string;
	/** The toggle layer it is drawn in (so a page knows whether the feature is visible). */
	layer: string;
	/** The field, as the served file names it (`geometry` for the shape itself, `feature` when it was added or removed). */
	field: string;
	/** The value before and after, as text; null: absent (the feature or field was added or removed). */
	old: string | null;
	new: string | null;
}

/** One data version and how it differs from the one before. */
export interface DataVersionEntry {
	version: string;
	/** The day the pipeline first built this version (ISO date, UTC). */
	date: string;
	/** The version before it; null for the first one recorded. */
	previous: string | null;
	/** Served files whose bytes differ from the previous version's. */
	files: string[];
	changes: FieldChange[];
}

/** static/data/changelog.json */
export interface ChangelogFile {
	generated: string;
	/** The version the served data has now (the last entry's). */
	current: string;
	/** Oldest first. */
	versions: DataVersionEntry[];
}

/** src/lib/generated/data-version.json: the current version, imported by pages. */
export interface DataVersionFile {
	generated: string;
	version: string;
	date: string;
}

/** A change with the version that made it. */
export interface DatedChange extends FieldChange {
	version: string;
	date: string;
}

/**
 * What a link made with `linkVersion` needs to know now:
 * - `current`: it is the version served now;
 * - `older`: the versions after it, up to now, with their changes;
 * - `unknown`: the changelog has no such version.
 */
export type VersionStatus =
	| { kind: 'current' }
	| { kind: 'older'; since: DataVersionEntry; after: DataVersionEntry[]; changes: DatedChange[] }
	| { kind: 'unknown' };

export function versionStatus(log: ChangelogFile, linkVersion: string): VersionStatus {
	if (linkVersion === log.current) return { kind: 'current' };
	// the last time the data was at that version (a change undone gives a version again)
	let at = -1;
	for (const [i, v] of log.versions.entries()) if (v.version === linkVersion) at = i;
	const since = log.versions[at];
	if (!since) return { kind: 'unknown' };
	const after = log.versions.slice(at + 1);
	const changes = after.flatMap((v) =>
		v.changes.map((c) => ({ ...c, version: v.version, date: v.date }))
	);
	return { kind: 'older', since, after, changes };
}

/** What a view shows: its selected feature and the layers it draws. */
export interface ViewFeatures {
	selected: string | null;
	layers: readonly string[];
}

/** The changes to features the view shows (the selected one, and any on a visible layer). */
export function changesInView(changes: readonly DatedChange[], view: ViewFeatures): DatedChange[] {
	const layers = new Set(view.layers);
	return changes.filter((c) => c.feature === view.selected || layers.has(c.layer));
}

/**
 * "precisionMeters: 40000 → 20000", "added", "removed". Values longer than `maxValue`
 * characters are shortened with "…" (the changelog on /data shows them whole).
 */
export function describeChange(c: FieldChange, maxValue = Infinity): string {
	if (c.field === 'feature') return c.old === null ? 'added' : 'removed';
	const show = (v: string | null) =>
		v === null ? '(none)' : v.length > maxValue ? `${v.slice(0, maxValue - 1).trimEnd()}…` : v;
	return `${c.field}: ${show(c.old)} → ${show(c.new)}`;
}
