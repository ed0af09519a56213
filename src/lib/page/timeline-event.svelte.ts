/**
 * The timeline event whose places the full map shows (the URL's `event`): "Show on map" turns
 * their layers on and fits them into view; the map keeps the places of every event of that
 * period bright and dims the rest; selecting a place that is not one of them clears it. A link
 * to an event without a view frames the event's places once the map is ready.
 */
import { untrack } from 'svelte';
import { events } from '$lib/data/catalog';
import type { ReportEvent } from '$lib/data/types';
import * as m from '$lib/paraglide/messages';
import { featuresInPeriod } from '$lib/report/period';
import type { MapPage } from './map-page.svelte';

export class TimelineEvent {
	/** The event's id, or null when the map is not filtered. */
	id = $state<string | null>(null);
	readonly shown: ReportEvent | null = $derived(events.find((e) => e.id === this.id) ?? null);
	/** The features kept bright (every event of the shown event's period), or null for all. */
	readonly emphasis: string[] | null = $derived(
		this.shown ? featuresInPeriod(events, this.shown) : null
	);
	#page: MapPage;

	/** Must be created while a component initialises (it waits for the map in an effect). */
	constructor(page: MapPage, initial: string | null) {
		this.#page = page;
		this.id = initial;
		let framed = false;
		$effect(() => {
			if (!page.map || framed) return;
			framed = true;
			const e = untrack(() => this.shown);
			if (e && !page.initial.view && !page.initial.select) this.#frame(e);
		});
	}

	/** "Show on map" (null: "Show all periods"). */
	show(id: string | null): void {
		this.id = id;
		if (this.shown) this.#frame(this.shown);
	}

	/** The page's selection changed: another place than the event's replaces it. */
	selected(featureId: string | null): void {
		if (featureId !== null && this.emphasis && !this.emphasis.includes(featureId)) this.id = null;
	}

	#frame(e: ReportEvent): void {
		void this.#page.showFeatures(e.features, m.home_timeline_places_of({ title: e.title }));
	}
}
