/**
 * The notice for a link made with another data version than the one served: what changed since
 * for the features the view shows (from the changelog), or that the version is unknown. Loaded
 * only when a link carries an older `v=` (most visits never need the changelog).
 */
import type { NoticeItem } from '$lib/components/Notices.svelte';
import {
	changesInView,
	describeChange,
	versionStatus,
	type ChangelogFile,
	type ViewFeatures
} from '$lib/data/changelog';
import * as m from '$lib/paraglide/messages';

/** Where the changelog is served (written by `npm run geodata`). */
export const CHANGELOG_URL = '/data/changelog.json';
export const CHANGELOG_PAGE = '/data#changelog';
/** Changes listed in the notice; the rest are counted and left to /data. */
export const MAX_LISTED = 6;
const MAX_VALUE = 60;

/** The link to the changelog; `others`: changes it lists beyond those in the notice. */
function changelogLink(others = 0): { href: string; text: string } {
	return {
		href: CHANGELOG_PAGE,
		text:
			others > 0
				? m.cite_version_changelog_link_others({ count: others })
				: m.cite_version_changelog_link()
	};
}

/** The notice's text for a link made with `linkVersion`; null when it is the current version. */
export function versionNotice(
	log: ChangelogFile,
	linkVersion: string,
	view: ViewFeatures
): Omit<NoticeItem, 'id'> | null {
	const status = versionStatus(log, linkVersion);
	if (status.kind === 'current') return null;
	if (status.kind === 'unknown') {
		return {
			tone: 'info',
			message: m.cite_version_unknown({ link: linkVersion, current: log.current }),
			link: changelogLink()
		};
	}
	const made = { link: linkVersion, date: status.since.date, current: log.current };
	const inView = changesInView(status.changes, view);
	const link = changelogLink(status.changes.length - inView.length);
	if (inView.length === 0) {
		return { tone: 'info', message: m.cite_version_changed_elsewhere(made), link };
	}
	const details = inView.slice(0, MAX_LISTED).map((c) =>
		m.cite_version_change_line({
			name: c.name,
			change: describeChange(c, MAX_VALUE),
			date: c.date,
			version: c.version
		})
	);
	const more = inView.length - MAX_LISTED;
	if (more > 0) details.push(m.cite_version_more_changes({ count: more }));
	return {
		tone: 'info',
		message: m.cite_version_changed_in_view(made),
		details,
		link
	};
}

/** Fetches the changelog and words the notice; a changelog that cannot be read says so. */
export async function loadVersionNotice(
	linkVersion: string,
	currentVersion: string,
	view: ViewFeatures,
	fetcher: typeof fetch = fetch
): Promise<Omit<NoticeItem, 'id'> | null> {
	try {
		const res = await fetcher(CHANGELOG_URL);
		if (!res.ok) throw new Error(`HTTP ${res.status}`);
		const log = (await res.json()) as ChangelogFile;
		if (typeof log.current !== 'string' || !Array.isArray(log.versions))
			throw new Error('bad file');
		return versionNotice(log, linkVersion, view);
	} catch {
		return {
			tone: 'info',
			message: m.cite_version_changelog_failed({ link: linkVersion, current: currentVersion }),
			link: changelogLink()
		};
	}
}
