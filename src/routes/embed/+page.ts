import { knownFeatureIds } from '$lib/data/feature-ids';
import { loadGeodesic } from '$lib/geo/load-geodesic';
import * as m from '$lib/paraglide/messages';
import { withMessages, withMessagesUsed } from '$lib/i18n/client-messages';
import { pageLocale } from '$lib/i18n/locale';
import { languageNotice } from '$lib/i18n/url-locale';
import { LAZY_GROUPS } from '$lib/i18n/groups';
import { parseMapState } from '$lib/state/url';
import type { PageLoad } from './$types';

/**
 * The same URL parameters as `/`, plus `controls`; every ignored value comes back as a notice.
 * What the first paint needs beyond the map is loaded here, before the page renders: the selected
 * feature's details (its popup, its bbox for the camera; /data/features/<id>.json, fetched with
 * SvelteKit's `fetch` so the server-rendered page carries it) and the length of a measured path
 * (GeographicLib, a chunk of its own). An embed without `select` or `measure` loads neither.
 */
export const load: PageLoad = async ({ url, data, fetch, parent }) => {
	// the URL notices' words load only for a link that has notices (most have none)
	const { state, notices } = await withMessagesUsed(() => {
		const parsed = parseMapState(url.searchParams, { knownFeatureIds, embed: true });
		const language = languageNotice(url.searchParams, pageLocale());
		return language ? { ...parsed, notices: [...parsed.notices, { message: language }] } : parsed;
	});
	// A file or chunk that fails to load costs its popup or its length, not the map.
	const loadErrors: string[] = [];
	const failed = (say: (why: string) => string) => async (e: unknown) => {
		// FeatureFileError, by name: its class is in the loader's chunk, which may be what failed
		const why = e instanceof Error && e.name === 'FeatureFileError' ? `: ${e.message}` : '.';
		// the layout loads the page's messages in the browser (it runs alongside this load)
		await parent();
		loadErrors.push(say(why));
		return null;
	};
	const select = state.select;
	const [feature, lengthMeters] = await Promise.all([
		select
			? withMessages(import('$lib/data/features'), LAZY_GROUPS.featureFile)
					.then(({ loadFeature }) => loadFeature(select, fetch))
					.catch(failed((why) => m.embed_load_details({ id: select, why })))
			: null,
		state.measure.length >= 2
			? loadGeodesic()
					.then((g) => g.lineLengthMeters(state.measure))
					.catch(failed((why) => m.embed_load_geodesic({ why })))
			: 0
	]);
	return {
		...data,
		origin: url.origin,
		initial: state,
		notices,
		loadErrors,
		feature,
		lengthMeters
	};
};
