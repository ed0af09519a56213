import { events, knownFeatureIds } from '$lib/data/catalog';
import { parseToolState } from '$lib/state/tool-params';
import { parseMapState } from '$lib/state/url';
import { pageLocale } from '$lib/i18n/locale';
import { languageNotice } from '$lib/i18n/url-locale';
import type { PageLoad } from './$types';

const knownEventIds: ReadonlySet<string> = new Set(events.map((e) => e.id));

/** The URL is the state: parse it leniently; every ignored value comes back as a notice. */
export const load: PageLoad = async ({ url, parent }) => {
	// the page's messages first (src/routes/+layout.ts): the notices below are in its language
	await parent();
	const { state, notices } = parseMapState(url.searchParams, { knownFeatureIds, embed: false });
	const tools = parseToolState(url.searchParams, { knownEventIds });
	const language = languageNotice(url.searchParams, pageLocale());
	return {
		initial: state,
		tools: tools.state,
		notices: [
			...notices,
			...(language ? [{ message: language }] : []),
			...tools.notices.map((message) => ({ message }))
		]
	};
};
