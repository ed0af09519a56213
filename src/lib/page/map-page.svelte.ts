/**
 * The state of a map page, shared by `/` and `/embed`: the URL's state (view, layers, selection,
 * measurement, units, theme), the selected feature's details, notices, the map handle once the
 * map is ready, and the one writer that keeps the URL in step. A route creates one `MapPage`
 * while its component initialises and wires it to its layout; `/embed` adds only its session
 * with the host page (src/lib/embed/session.svelte.ts).
 *
 * A fix to how a page selects, notifies or follows the URL is made here, once.
 */
import type { NoticeItem } from '$lib/components/Notices.svelte';
import { popupAnchorOf } from '$lib/data/entry';
import type { CatalogEntry, FeatureSource } from '$lib/data/types';
import type { LonLat } from '$lib/geo/types';
import { TOGGLE_GROUPS } from '$lib/layers';
import { isLayerId, type LayerId } from '$lib/layers/layer-ids';
import type { FitOptions, MapHandle } from '$lib/map/handle';
import type { CameraView, MapProblem } from '$lib/map/view';
import type { Control, MapState, ThemeName } from '$lib/state/map-state';
import type { LengthUnit } from '$lib/geo/length-units';
import { canonicalLayers } from '$lib/state/map-state';
import { canonicalView, serialiseMapState, toQueryString } from '$lib/state/url';
import { contextBox, contextBoxOfAll } from './context-box';
import { rememberMapSearch } from './last-map-view';
import { keepUrlInStep, urlNoticeItems } from './url-sync.svelte';
import { page as kitPage } from '$app/state';
import { onMount } from 'svelte';
import { DATA_VERSION } from '$lib/data/version';
import { DATA_VERSION_PARAM } from '$lib/state/data-version';
import { linkVersionNotice } from '$lib/cite/link-version';
import type { ViewToCite } from '$lib/cite/view';
import * as m from '$lib/paraglide/messages';
import { pageLocale } from '$lib/i18n/locale';
import { BASE_LOCALE, type Locale } from '$lib/i18n/locales';
import { urlLocale } from '$lib/i18n/url-locale';
import { LANGUAGE_PARAM } from '$lib/state/params';

export interface MapPageOptions {
	/** The state parsed from the URL on arrival. */
	initial: MapState;
	/** Notices about ignored URL values, shown politely. */
	notices: readonly { message: string }[];
	/** Errors met while loading the page (shown as alerts). */
	loadErrors?: readonly string[];
	/** Details of the URL's selection loaded with the page, when the source cannot peek them. */
	initialEntry?: CatalogEntry | null;
	/** Whether the page is `/embed` (its URL keeps `controls`). */
	embed: boolean;
	features: FeatureSource;
	/** How a selection is fitted into view (`/embed` is small: less padding). */
	fit?: FitOptions;
	/**
	 * Parameters the page adds after the map state's, in order (`/`: the timeline event and the
	 * analyst tools, src/lib/state/tool-params.ts). Read inside the URL writer's effect, so the
	 * URL follows them too.
	 */
	extraParams?: () => [string, string][];
	/** After the selection changed (not on repeats of the same id). */
	onselect?: (id: string | null) => void;
}

export class MapPage {
	view = $state<CameraView | null>(null);
	layers = $state<LayerId[]>([]);
	selected = $state<string | null>(null);
	/** The points being drawn; the measurement is the path once it has two or more. */
	path = $state<LonLat[]>([]);
	units = $state<LengthUnit>('km');
	theme = $state<ThemeName>('light');
	readonly controls: Control[];
	/** The report passage a story embed shows (`p-N`), or null: the plain map. */
	story = $state<string | null>(null);
	notices = $state<NoticeItem[]>([]);
	/** Where the reader clicked the selected feature (a border's popup points there). */
	clickedAt = $state<LonLat | null>(null);
	/** Why the map cannot be drawn at all (no WebGL), else null. */
	mapFailed = $state<string | null>(null);
	/** The map, once it has loaded its style. */
	map = $state.raw<MapHandle | null>(null);

	readonly initial: MapState;
	readonly embed: boolean;
	#features: FeatureSource;
	#fit: FitOptions;
	#onselect: ((id: string | null) => void) | undefined;
	#extraParams: () => [string, string][];
	/** The `lang=` this page's links and URL carry (null: none, English by default). */
	#language: Locale | null = null;
	/** The last details loaded from the source (the peeked ones are not kept). */
	#loaded = $state.raw<CatalogEntry | null>(null);
	/** The one request in flight: a selection that also flies waits on the same one. */
	#fetching: { id: string; entry: Promise<CatalogEntry | null> } | null = null;
	/** A view asked for before the map existed (a host's setView). */
	#pendingView: CameraView | null = null;

	/** The measurement: the path once it has two points, else none. */
	readonly measure = $derived(this.path.length >= 2 ? this.path : []);
	/** The page's state as the URL and the embed API describe it. */
	readonly state: MapState;
	/** The selected feature's details, once known. */
	readonly selectedEntry: CatalogEntry | undefined = $derived.by(() => {
		const id = this.selected;
		return id === null ? undefined : this.#known(id);
	});
	/** Where the selected feature's popup points. */
	readonly popupAnchor = $derived(
		this.selectedEntry ? popupAnchorOf(this.selectedEntry, this.clickedAt) : null
	);

	/** Must be created while a component initialises: it registers the page's lifecycle. */
	constructor(opts: MapPageOptions) {
		const s = opts.initial;
		this.initial = s;
		this.embed = opts.embed;
		this.view = s.view;
		this.layers = s.layers;
		this.selected = s.select;
		this.path = s.measure;
		this.units = s.units;
		this.theme = s.theme;
		this.controls = s.controls;
		this.story = s.story;
		this.state = $derived({
			view: this.view,
			layers: this.layers,
			select: this.selected,
			measure: this.measure,
			units: this.units,
			theme: this.theme,
			controls: this.controls,
			story: this.story
		});
		this.#features = opts.features;
		this.#fit = opts.fit ?? {};
		this.#onselect = opts.onselect;
		this.#extraParams = opts.extraParams ?? (() => []);
		this.#loaded = opts.initialEntry ?? null;
		this.notices = urlNoticeItems(opts.notices, opts.loadErrors);
		this.#checkLinkVersion(kitPage.url.searchParams);
		this.#language = this.#linkLanguage(kitPage.url.searchParams);
		if (s.select) {
			const id = s.select;
			void this.#details(id).then((entry) => {
				if (entry && this.selected === id) this.#reveal([entry], entry.name);
			});
		}

		// The URL follows the state (and the page's extra parameters).
		keepUrlInStep(() => this.#search(this.embed));
		if (!this.embed) $effect(() => rememberMapSearch(this.#search(false)));
		$effect(() => {
			document.documentElement.dataset.theme = this.theme;
		});
	}

	/** Shows a notice, replacing any with the same id. */
	notify(id: string, message: string, tone: NoticeItem['tone'] = 'error'): void {
		this.notices = [...this.notices.filter((n) => n.id !== id), { id, message, tone }];
	}

	dismiss(id: string): void {
		this.notices = this.notices.filter((n) => n.id !== id);
	}

	/** The map could not start (no WebGL), or a data file failed. */
	problem(p: MapProblem): void {
		if (p.kind === 'webgl') this.mapFailed = p.message;
		else this.notify(`data-${p.file ?? ''}`, p.message);
	}

	/**
	 * Selects a feature (null closes the popup). `fly` fits it into view once its details are
	 * known; `at` is where the reader clicked it.
	 */
	select(id: string | null, opts: { fly?: boolean; at?: LonLat } = {}): void {
		const changed = id !== this.selected;
		this.selected = id;
		this.clickedAt = opts.at ?? null;
		if (id !== null) {
			void this.#details(id).then((entry) => {
				if (!entry || this.selected !== id) return;
				this.#reveal([entry], entry.name);
				if (opts.fly) this.map?.fitBbox(contextBox(entry), this.#fit);
			});
		}
		if (changed) this.#onselect?.(id);
	}

	/**
	 * The link to this view on the full map (from `/embed` too: a reader who copies a link wants
	 * the map, not the bare embed), with the data version it shows (`v=`).
	 */
	permalink(): string {
		const qs = this.#search(false);
		const version = `${DATA_VERSION_PARAM}=${DATA_VERSION}`;
		return new URL(`/${qs}${qs ? '&' : '?'}${version}`, location.origin).href;
	}

	/** The notice for a link's data version (`v=`), once the page is in the browser. */
	#checkLinkVersion(params: URLSearchParams): void {
		if (!params.has(DATA_VERSION_PARAM)) return;
		onMount(() => {
			void linkVersionNotice(params, () => ({ selected: this.selected, layers: this.layers })).then(
				(notice) => {
					if (notice) this.notices = [...this.notices, { id: 'data-version', ...notice }];
				}
			);
		});
	}

	/** What "Cite this view" cites: the selected feature (or the map) and the permalink. */
	citeTarget(): ViewToCite {
		return {
			selectedName: this.selectedEntry?.name ?? null,
			selectedId: this.selected,
			permalink: this.permalink()
		};
	}

	/** The query string of this page's state ('' for the default), as `/` or `/embed` writes it. */
	#search(embed: boolean): string {
		const params = serialiseMapState(this.state, { embed });
		for (const [name, value] of this.#extraParams()) params.set(name, value);
		if (this.#language) params.set(LANGUAGE_PARAM, this.#language);
		const qs = toQueryString(params);
		return qs === '' ? '' : `?${qs}`;
	}

	/**
	 * The language links keep: the URL's `lang=`, or the page's language when Accept-Language chose
	 * one other than English (so a shared link opens in the language it was read in). An unknown
	 * `lang=` is among the load's notices (`languageNotice`).
	 */
	#linkLanguage(params: URLSearchParams): Locale | null {
		const locale = pageLocale();
		return urlLocale(params) ?? (locale === BASE_LOCALE ? null : locale);
	}

	/** Fits the selected feature into view, closer than a selection does. */
	zoomToSelected(): void {
		const entry = this.selectedEntry;
		if (entry) this.map?.fitBbox(entry.bbox, { ...this.#fit, pointZoom: 9 });
	}

	/** Moves the camera to `view` now, or as soon as the map is ready. */
	jumpTo(view: CameraView): void {
		if (this.map) this.map.jumpTo(view);
		else this.#pendingView = view;
	}

	/** MapView's `onready`: keeps the handle and frames the URL's selection or a pending view. */
	ready(handle: MapHandle): void {
		this.map = handle;
		if (this.#pendingView) handle.jumpTo(this.#pendingView);
		else if (this.selected && !this.initial.view) {
			const id = this.selected;
			void this.#details(id).then((entry) => {
				if (entry && this.selected === id) handle.fitBbox(contextBox(entry), this.#fit);
			});
		}
	}

	/** MapView's `onviewchange`. */
	moved(view: CameraView): void {
		this.view = canonicalView(view);
	}

	/**
	 * Turns on the layers the given features are drawn in, where they are off, and says so: a
	 * popup or a highlighted place must never point at empty map. The URL's `layers` follows.
	 */
	#reveal(entries: readonly CatalogEntry[], what: string): void {
		this.revealLayers(
			entries.map((e) => e.layer),
			what
		);
	}

	/** Turns these layers on where they are off and says so ("… to show `what`"). */
	revealLayers(layers: readonly (string | null)[], what: string): void {
		const off = [
			...new Set(layers.filter((l) => l !== null && isLayerId(l) && !this.layers.includes(l)))
		] as LayerId[];
		if (off.length === 0) return;
		this.layers = canonicalLayers([...this.layers, ...off]);
		const titles = off.map((l) =>
			m.common_quoted({ text: TOGGLE_GROUPS.find((g) => g.id === l)?.title ?? l })
		);
		const [only, ...rest] = titles;
		this.notify(
			'layer-revealed',
			only !== undefined && rest.length === 0
				? m.common_layer_revealed({ layer: only, what })
				: m.common_layers_revealed({ layers: titles.join(', '), what }),
			'info'
		);
	}

	/**
	 * Shows a set of features together (a timeline event's places): turns their layers on and
	 * fits them into view. Features whose details are unknown are skipped.
	 */
	async showFeatures(ids: readonly string[], what: string): Promise<void> {
		const entries = (await Promise.all(ids.map((id) => this.#details(id)))).filter(
			(e): e is CatalogEntry => e !== null
		);
		if (entries.length === 0) return;
		this.#reveal(entries, what);
		const box = contextBoxOfAll(entries);
		if (box) this.map?.fitBbox(box, this.#fit);
	}

	/** A feature's details if at hand: the source's, or the last ones loaded. */
	#known(id: string): CatalogEntry | undefined {
		return this.#features.peek(id) ?? (this.#loaded?.id === id ? this.#loaded : undefined);
	}

	/** A feature's details from the source, loaded once per request; null if unavailable. */
	#details(id: string): Promise<CatalogEntry | null> {
		const known = this.#known(id);
		if (known) return Promise.resolve(known);
		if (this.#fetching?.id === id) return this.#fetching.entry;
		const entry = this.#features.load(id).then(
			(e) => {
				if (e) this.#loaded = e;
				return e;
			},
			(e: unknown) => {
				this.notify(
					'feature-load',
					e instanceof Error
						? m.common_feature_load_failed_because({ id, reason: e.message })
						: m.common_feature_load_failed({ id })
				);
				return null;
			}
		);
		const fetching = { id, entry };
		this.#fetching = fetching;
		// Settled either way: the next selection of this id asks again (a retry after a failure).
		void entry.then(() => {
			if (this.#fetching === fetching) this.#fetching = null;
		});
		return entry;
	}
}
