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

/** Where the changelog is served (written by `npm run geodata`). */
export const CHANGELOG_URL = '/data/changelog.json';
export const CHANGELOG_PAGE = '/data#changelog';
/** Changes listed in the notice; the rest are counted and left to /data. */
export const MAX_LISTED = 6;
const MAX_VALUE = 60;

const LINK = { href: CHANGELOG_PAGE, text: 'The data’s versions and changelog' };

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
			message:
				`This link was made with data version ${linkVersion}, which this map does not know ` +
				`(the current version is ${log.current}), so it cannot say what has changed since: ` +
				'the view may differ from what the link’s author saw.',
			link: LINK
		};
	}
	const made = `This link was made with data version ${linkVersion} (${status.since.date}); the data has changed since (now ${log.current})`;
	const inView = changesInView(status.changes, view);
	const others = status.changes.length - inView.length;
	const link = {
		...LINK,
		text: others > 0 ? `${LINK.text} (${others} other change${others === 1 ? '' : 's'})` : LINK.text
	};
	if (inView.length === 0) {
		return { tone: 'info', message: `${made}, but not for the features in this view.`, link };
	}
	const details = inView
		.slice(0, MAX_LISTED)
		.map((c) => `${c.name} — ${describeChange(c, MAX_VALUE)} (${c.date}, version ${c.version})`);
	const more = inView.length - MAX_LISTED;
	if (more > 0) details.push(`and ${more} more change${more === 1 ? '' : 's'} to these features`);
	return {
		tone: 'info',
		message: `${made}. What changed for the features in this view:`,
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
			message:
				`This link was made with data version ${linkVersion}, not the current ${currentVersion}; ` +
				'the changelog could not be loaded to say what changed.',
			link: LINK
		};
	}
}
