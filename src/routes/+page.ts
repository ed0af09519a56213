import { events, knownFeatureIds } from '$lib/data/catalog';
import { parseToolState } from '$lib/state/tool-params';
import { parseMapState } from '$lib/state/url';
import type { PageLoad } from './$types';

const knownEventIds: ReadonlySet<string> = new Set(events.map((e) => e.id));

/** The URL is the state: parse it leniently; every ignored value comes back as a notice. */
export const load: PageLoad = async ({ url, parent }) => {
	// the page's messages first (src/routes/+layout.ts): the notices below are in its language
	await parent();
	const { state, notices } = parseMapState(url.searchParams, { knownFeatureIds, embed: false });
	const tools = parseToolState(url.searchParams, { knownEventIds });
	return {
		initial: state,
		tools: tools.state,
		notices: [...notices, ...tools.notices.map((message) => ({ message }))]
	};
};
