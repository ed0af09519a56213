/**
 * What `/embed` adds to the shared map page: its session with the host page. It posts `ready`
 * once the map is idle, then `select`, `layers`, `viewchange`, `measure` and `resize` as they
 * happen, applies the host's commands to the page (./host-commands.ts, loaded with the parser on
 * the first message), and keeps the measurement's geodesic length (one computation, shown in the
 * readout and posted to the host).
 */
import { pageLocale } from '$lib/i18n/locale';
import { onMount } from 'svelte';
import { knownFeatureIds } from '$lib/data/feature-ids';
import { loadGeodesic } from '$lib/geo/load-geodesic';
import type { LonLat } from '$lib/geo/types';
import type { LayerId } from '$lib/layers/layer-ids';
import type { MapHandle } from '$lib/map/handle';
import type { CameraView } from '$lib/map/view';
import type { MapPage } from '$lib/page/map-page.svelte';
import * as m from '$lib/paraglide/messages';
import { MAX_MEASURE_POINTS, canonicalLayers } from '$lib/state/map-state';
import { createEmbedBridge, loadInboundParser, type EmbedBridge } from './bridge';
import type { runCommand } from './host-commands';
import { outbound, type InboundCommand } from './messages';

export interface EmbedSessionOptions {
	/** Normalised parent origins allowed to send commands; null = any. */
	allowedOrigins: readonly string[] | null;
	/** The URL measurement's length computed by the load function (0 without one; null if it failed). */
	initialLengthMeters: number | null;
}

export class EmbedSession {
	/** Geodesic length of the page's measurement; null while GeographicLib loads or if it failed. */
	lengthMeters = $state<number | null>(0);
	/** Whether clicks add points to the path (the measure control). */
	measuring = $state(false);
	/** The layers the embedder chose (URL or setLayers): the reader may hide some, then restore. */
	chosenLayers = $state<LayerId[]>([]);

	#page: MapPage;
	#bridge: EmbedBridge | null = null;
	/** True after the first `idle` following `load`: `ready` has been posted. */
	#ready = false;
	/** Whether the host was last told of a path (so clearing it is announced once). */
	#announcedPath = false;
	/** The visible layers as `ready` found them or the last `layers` message said. */
	#announcedLayers = '';
	/** What commands do: loaded with the parser, so set before the first command arrives. */
	#runCommand: typeof runCommand | null = null;

	/** Must be created while the page component initialises, after its MapPage. */
	constructor(page: MapPage, opts: EmbedSessionOptions) {
		this.#page = page;
		this.chosenLayers = page.layers;
		this.lengthMeters = opts.initialLengthMeters;

		// The one place the length is computed (GeographicLib loads with the first path).
		$effect(() => {
			const points = page.measure;
			if (points.length < 2) {
				this.lengthMeters = 0;
				this.#announceMeasure(0, points);
				return;
			}
			let current = true;
			loadGeodesic().then(
				(g) => {
					if (!current) return;
					const meters = g.lineLengthMeters(points);
					this.lengthMeters = meters;
					this.#announceMeasure(meters, points);
				},
				() => {
					if (!current) return;
					this.lengthMeters = null;
					page.notify('geodesic-load', m.embed_calc_failed());
					if (this.#ready)
						this.#bridge?.post(outbound.error('The distance calculator could not be loaded.'));
				}
			);
			return () => {
				current = false;
			};
		});

		// Any change of the visible layers after `ready` (the legend, a setLayers) is announced once.
		$effect(() => {
			const layers = page.layers;
			if (!this.#ready) return;
			const key = canonicalLayers(layers).join(',');
			if (key === this.#announcedLayers) return;
			this.#announcedLayers = key;
			this.#bridge?.post(outbound.layers(layers));
		});

		onMount(() => {
			this.#bridge = createEmbedBridge(window, {
				allowedOrigins: opts.allowedOrigins,
				knownFeatureIds,
				oncommand: (c) => this.command(c),
				loadParser: () =>
					Promise.all([loadInboundParser(), import('./host-commands')]).then(
						([parse, commands]) => {
							this.#runCommand = commands.runCommand;
							return parse;
						}
					)
			});
			// Pym-style auto-height: report the document height now and whenever it changes.
			let lastHeight = -1;
			const postHeight = () => {
				const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
				if (height === lastHeight) return;
				lastHeight = height;
				this.#bridge?.post(outbound.resize(height));
			};
			const observer = new ResizeObserver(postHeight);
			observer.observe(document.documentElement);
			postHeight();
			return () => {
				observer.disconnect();
				this.#bridge?.destroy();
			};
		});
	}

	/** MapView's `onready`: hands the map to the page, then posts `ready` at the first idle. */
	mapReady(handle: MapHandle): void {
		this.#page.ready(handle);
		void handle.whenIdle().then(() => {
			this.#ready = true;
			this.#announcedLayers = canonicalLayers(this.#page.layers).join(',');
			this.#bridge?.post(outbound.ready(pageLocale()));
			const { selected, measure } = this.#page;
			if (selected) this.#bridge?.post(outbound.select(selected));
			if (measure.length && this.lengthMeters !== null)
				this.#announceMeasure(this.lengthMeters, measure);
		});
	}

	/** MapView's `onviewchange`. */
	moved(view: CameraView): void {
		this.#page.moved(view);
		if (this.#ready && this.#page.view) this.#bridge?.post(outbound.viewchange(this.#page.view));
	}

	/** The page's `onselect`: tells the host. */
	selected(id: string | null): void {
		if (this.#ready) this.#bridge?.post(outbound.select(id));
	}

	/** A click on the map: a point of the path while measuring, else a selection. */
	click(id: string | null, at: LonLat): void {
		const page = this.#page;
		if (this.measuring) {
			if (page.path.length < MAX_MEASURE_POINTS) page.path = [...page.path, at];
		} else page.select(id, { at });
	}

	/** Starts or stops adding points; fetches the calculator while the reader picks points. */
	toggleMeasuring(): void {
		this.measuring = !this.measuring;
		if (this.measuring) loadGeodesic().catch(() => undefined);
	}

	/** A host's command, already checked by the parser (which loaded what commands do). */
	command(command: InboundCommand): void {
		this.#runCommand?.(
			{
				page: this.#page,
				post: (message) => this.#bridge?.post(message),
				chooseLayers: (layers) => (this.chosenLayers = layers)
			},
			command
		);
	}

	#announceMeasure(meters: number, points: LonLat[]): void {
		if (!this.#ready) return;
		if (points.length === 0 && !this.#announcedPath) return;
		this.#announcedPath = points.length > 0;
		this.#bridge?.post(outbound.measure(meters, points));
	}
}
