/**
 * The data version and the changelog. The version is a short content hash of what the app
 * serves and shows: the served GeoJSON files and the catalog pages read. The pipeline keeps
 * the last version's snapshot of the report's features (geodata/history/snapshot.json) and
 * the changelog (geodata/history/changelog.json); when a build gives a new version, the
 * features are compared field by field with the snapshot and one changelog entry is added.
 * A build that changes nothing gives the same version and adds nothing.
 */
import { createHash } from 'node:crypto';
import type { Feature } from 'geojson';
import type { ChangelogFile, DataVersionEntry, FieldChange } from '../../../src/lib/data/changelog';
/**
 * Hex digits of a data version: the app's DATA_VERSION_LENGTH (src/lib/state/data-version.ts,
 * history.test.ts keeps them equal), repeated here because that module carries the app's
 * messages, which need Vite and do not load in the pipeline's plain Node run.
 */
export const DATA_VERSION_LENGTH = 10;
import type { CatalogEntry } from '../../../src/lib/data/types';
import { vertexCount } from '../geometry';
import { GENERATED_NOTE } from '../serialize';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * The version of the data: SHA-256 over each file's name and bytes, in name order, cut to
 * DATA_VERSION_LENGTH hex digits. Independent of the order the files are given in.
 */
export function dataVersion(files: readonly { name: string; text: string }[]): string {
	const h = createHash('sha256');
	for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
		h.update(`${f.name}\0${sha256(f.text)}\n`, 'utf8');
	}
	return h.digest('hex').slice(0, DATA_VERSION_LENGTH);
}

/** Each file's own short hash, so a changelog entry can say which files changed. */
export function fileHashes(
	files: readonly { name: string; text: string }[]
): Record<string, string> {
	const out: Record<string, string> = {};
	for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : 1)))
		out[f.name] = sha256(f.text).slice(0, DATA_VERSION_LENGTH);
	return out;
}

/** A feature's fields as text: `{ field: value }`. */
type FeatureFields = Record<string, string>;

export interface FeatureSnapshot {
	name: string;
	layer: string;
	fields: FeatureFields;
}

/** geodata/history/snapshot.json: the report's features as the last version had them. */
export interface HistorySnapshot {
	generated: string;
	version: string;
	files: Record<string, string>;
	features: Record<string, FeatureSnapshot>;
}

/** A value as the changelog shows it: strings as they are, anything else as JSON. */
function asText(v: unknown): string {
	return typeof v === 'string' ? v : JSON.stringify(v);
}

/** A point as "lon, lat"; a line or polygon by its vertex count and a hash of its coordinates. */
function geometryText(g: Feature['geometry']): string {
	if (g.type === 'Point') return g.coordinates.join(', ');
	return `${g.type}, ${vertexCount(g)} vertices, #${sha256(JSON.stringify(g)).slice(0, 8)}`;
}

/**
 * The report's features (borders, regions, sites) as field texts: every served property but
 * the id, the links to passages with their relation (from the catalog), and the geometry.
 */
export function snapshotFeatures(
	features: readonly Feature[],
	catalog: readonly CatalogEntry[]
): Record<string, FeatureSnapshot> {
	const entries = new Map(catalog.map((e) => [e.id, e]));
	const out: Record<string, FeatureSnapshot> = {};
	for (const f of features) {
		const props = (f.properties ?? {}) as Record<string, unknown>;
		const id = String(props.id);
		const entry = entries.get(id);
		if (!entry) continue;
		const fields: FeatureFields = {};
		for (const [key, value] of Object.entries(props)) {
			if (key === 'id' || key === 'passages') continue;
			fields[key] = asText(value);
		}
		fields.links = entry.passages.map((p) => `${p.id} ${p.relation}`).join(', ');
		fields.geometry = geometryText(f.geometry);
		out[id] = { name: entry.name, layer: entry.layer, fields };
	}
	return out;
}

/** Field-by-field differences, in the newer snapshot's feature order, then removed features. */
export function diffFeatures(
	before: Record<string, FeatureSnapshot>,
	after: Record<string, FeatureSnapshot>
): FieldChange[] {
	const changes: FieldChange[] = [];
	for (const [id, now] of Object.entries(after)) {
		const then = before[id];
		const base = { feature: id, name: now.name, layer: now.layer };
		if (!then) {
			changes.push({ ...base, field: 'feature', old: null, new: now.name });
			continue;
		}
		const fields = [...new Set([...Object.keys(now.fields), ...Object.keys(then.fields)])];
		for (const field of fields) {
			const old = then.fields[field] ?? null;
			const value = now.fields[field] ?? null;
			if (old !== value) changes.push({ ...base, field, old, new: value });
		}
	}
	for (const [id, then] of Object.entries(before)) {
		if (!(id in after))
			changes.push({
				feature: id,
				name: then.name,
				layer: then.layer,
				field: 'feature',
				old: then.name,
				new: null
			});
	}
	return changes;
}

export interface HistoryState {
	snapshot: HistorySnapshot;
	changelog: ChangelogFile;
}

/**
 * The history after this build. With no previous history, the first version is recorded with
 * no changes (nothing is known of what came before). With the same version as last time, the
 * history is returned as it was: re-running the pipeline adds nothing.
 */
export function nextHistory(
	previous: HistoryState | null,
	current: {
		version: string;
		files: Record<string, string>;
		features: Record<string, FeatureSnapshot>;
	},
	date: string
): HistoryState {
	const snapshot: HistorySnapshot = { generated: GENERATED_NOTE, ...current };
	if (previous && previous.snapshot.version === current.version) {
		return { snapshot, changelog: { ...previous.changelog, generated: GENERATED_NOTE } };
	}
	const entry: DataVersionEntry = previous
		? {
				version: current.version,
				date,
				previous: previous.snapshot.version,
				files: [
					...new Set([...Object.keys(current.files), ...Object.keys(previous.snapshot.files)])
				]
					.filter((name) => current.files[name] !== previous.snapshot.files[name])
					.sort(),
				changes: diffFeatures(previous.snapshot.features, current.features)
			}
		: { version: current.version, date, previous: null, files: [], changes: [] };
	return {
		snapshot,
		changelog: {
			generated: GENERATED_NOTE,
			current: current.version,
			versions: [...(previous?.changelog.versions ?? []), entry]
		}
	};
}
