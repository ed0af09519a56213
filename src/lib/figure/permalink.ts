/** The figure's permalink: the address that reopens the map page in the exported state. */
import { DATA_VERSION } from '$lib/data/version';
import { DATA_VERSION_PARAM } from '$lib/state/data-version';
import type { MapState } from '$lib/state/map-state';
import { stateSearch } from '$lib/state/url';

/**
 * The map page at `origin` with `state` in its query and the data version it shows (`v=`), as
 * Copy link writes it (MapPage.permalink).
 */
export function permalink(origin: string, state: MapState, version: string = DATA_VERSION): string {
	const qs = stateSearch(state, { embed: false });
	return `${origin.replace(/\/$/, '')}/${qs}${qs ? '&' : '?'}${DATA_VERSION_PARAM}=${version}`;
}
