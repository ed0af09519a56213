/**
 * The data's version and changelog for /data, read at build time from the served changelog
 * (static/data/changelog.json, written by `npm run geodata`). Newest version first.
 */
import changelogJson from '../../../static/data/changelog.json';
import type { ChangelogFile, DataVersionEntry } from '$lib/data/changelog';

export interface DataVersions {
	current: string;
	/** Newest first. */
	versions: DataVersionEntry[];
}

export function dataVersions(log: ChangelogFile = changelogJson as ChangelogFile): DataVersions {
	return { current: log.current, versions: [...log.versions].reverse() };
}
