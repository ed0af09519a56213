/** The figure's permalink: the address that reopens the map page in the exported state. */
import type { MapState } from '$lib/state/map-state';
import { stateSearch } from '$lib/state/url';

/** The map page at `origin` with `state` in its query (the URL's own serialisation). */
export function permalink(origin: string, state: MapState): string {
	return `${origin.replace(/\/$/, '')}/${stateSearch(state, { embed: false })}`;
}
