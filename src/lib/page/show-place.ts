/**
 * Shows a basemap place picked in search (a town, peak, river… that is not a catalogue
 * feature, so there is nothing to select): closes any popup, turns on the layer that labels the
 * place if it is off (and says so), and fits the place into view. Used by `/` and `/embed`.
 */
import type { PlaceHit } from '$lib/report/search';
import type { MapPage } from './map-page.svelte';

/** Zoom for a point place: close enough that its label and its neighbours' are drawn. */
const PLACE_ZOOM = 9;

export function showPlace(page: MapPage, place: PlaceHit): void {
	page.select(null);
	page.revealLayers([place.layer], place.title);
	const [w, s, e, n] = place.bbox;
	// a point is centred (no popup needs room above it); a river, lake or country is fitted
	if (w === e && s === n) page.map?.flyTo([w, s], PLACE_ZOOM);
	else page.map?.fitBbox(place.bbox);
}
