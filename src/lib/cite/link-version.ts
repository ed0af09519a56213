/**
 * What a link's data version (`v=`) tells the reader, for every page that reads one (the map
 * pages and /report): a malformed value is ignored with a notice, an older or unknown one gets the
 * notice of what changed since for the features in view, the current one nothing. Runs in the
 * browser after the page starts: the notices' words and the changelog load only for a link that
 * needs them (most carry the current version or none).
 */
import type { NoticeItem } from '$lib/components/Notices.svelte';
import type { ViewFeatures } from '$lib/data/changelog';
import { DATA_VERSION } from '$lib/data/version';
import { withMessages, withMessagesUsed } from '$lib/i18n/client-messages';
import { LAZY_GROUPS } from '$lib/i18n/groups';
import { parseDataVersion } from '$lib/state/data-version';

/** The notice for the link's `v=` in `params`, or null when it needs none. */
export async function linkVersionNotice(
	params: URLSearchParams,
	view: () => ViewFeatures
): Promise<Omit<NoticeItem, 'id'> | null> {
	const parsed = await withMessagesUsed(() => parseDataVersion(params));
	if (parsed === null) return null;
	if (!('value' in parsed)) return { message: parsed.notice, tone: 'info' };
	const linkVersion = parsed.value;
	if (linkVersion === DATA_VERSION) return null;
	const notices = await withMessages(import('./version-notice'), LAZY_GROUPS.versionNotice);
	return notices.loadVersionNotice(linkVersion, DATA_VERSION, view());
}
