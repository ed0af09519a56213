/**
 * What the embed builder composes: a map state plus the embed's language and the iframe's size
 * and behaviour, and the pure functions that turn it into a preview URL, the commands that update
 * a loaded preview, copy-ready code (via buildEmbedCode) and the link a CMS turns into the embed
 * (oEmbed).
 */
import {
	DEFAULT_EMBED_SIZE,
	buildEmbedCode,
	defaultEmbedTitle,
	type EmbedCode
} from '$lib/embed/embed-code';
import type { InboundCommand } from '$lib/embed/messages';
import { pageLocale } from '$lib/i18n/locale';
import { BASE_LOCALE, type Locale } from '$lib/i18n/locales';
import type { MapState, CameraView } from '$lib/state/map-state';
import { LANGUAGE_PARAM } from '$lib/state/params';
import { canonicalView, stateSearch, viewCodec } from '$lib/state/url';

export interface BuilderConfig {
	state: MapState;
	/** CSS pixels; with `responsive`, the aspect ratio. */
	width: number;
	height: number;
	/** Width 100% of the article column. */
	responsive: boolean;
	/** Add the resize script so the iframe follows the map's `resize` messages. */
	autoHeight: boolean;
	title: string;
	/**
	 * The embed's language: `lang=` in its URLs (the iframe's, the preview's, the oEmbed link's).
	 * null writes none: each reader's browser decides (Accept-Language), as before there was a
	 * choice.
	 */
	lang: Locale | null;
}

/** The phone width the builder previews at, CSS pixels. */
export const PHONE_WIDTH = 360;
export const SIZE_LIMITS = { min: 120, max: 4000 } as const;

export function defaultBuilderConfig(state: MapState, lang: Locale | null = null): BuilderConfig {
	return {
		state,
		width: DEFAULT_EMBED_SIZE.width,
		height: DEFAULT_EMBED_SIZE.height,
		responsive: true,
		autoHeight: false,
		title: defaultTitle(lang),
		lang
	};
}

/**
 * The embed language a builder starts with: the one its URL names (an "Embed this view" link
 * carries the map's), else the builder's own when that is not English, else none. An English
 * builder thus writes the same code as before languages existed; a Russian one, Russian embeds.
 */
export function initialEmbedLanguage(fromUrl: Locale | null, builder: Locale): Locale | null {
	return fromUrl ?? (builder === BASE_LOCALE ? null : builder);
}

/** The iframe's default name, in the embed's language, else the builder's (likely the host's). */
function defaultTitle(lang: Locale | null): string {
	return defaultEmbedTitle(lang ?? pageLocale());
}

/** `config` with the embed in `lang`; a default title follows it into that language. */
export function withEmbedLanguage(config: BuilderConfig, lang: Locale | null): BuilderConfig {
	const title = config.title === defaultTitle(config.lang) ? defaultTitle(lang) : config.title;
	return { ...config, lang, title };
}

/**
 * `url` (from stateSearch, which never writes `lang`) with `lang=` last when the embed has a
 * language, as buildEmbedCode writes it, so the preview, the code and the link agree.
 */
function inLanguage(url: string, lang: Locale | null): string {
	if (lang === null) return url;
	return `${url}${url.includes('?') ? '&' : '?'}${LANGUAGE_PARAM}=${lang}`;
}

/** A size field's value as a whole number of pixels within SIZE_LIMITS (bad input → fallback). */
export function clampSize(value: unknown, fallback: number): number {
	const n = typeof value === 'number' ? value : Number(value);
	if (!Number.isFinite(n)) return fallback;
	return Math.min(SIZE_LIMITS.max, Math.max(SIZE_LIMITS.min, Math.round(n)));
}

/** The same-origin `/embed` URL the preview iframes load. */
export function previewSrc(state: MapState, lang: Locale | null = null): string {
	return inLanguage(`/embed${stateSearch(state, { embed: true })}`, lang);
}

/** The map's link a CMS with oEmbed turns into the embed (the provider keeps its `lang=`). */
export function mapLinkFor(config: BuilderConfig, origin: string): string {
	return inLanguage(`${origin}/${stateSearch(config.state, { embed: false })}`, config.lang);
}

/** How to bring a loaded preview from one state to another. */
export type PreviewUpdate = { navigate: true } | { navigate: false; commands: InboundCommand[] };

const samePoints = (a: MapState['measure'], b: MapState['measure']) =>
	JSON.stringify(a) === JSON.stringify(b);

/**
 * The postMessage commands that turn a preview showing `from` into one showing `to` as a fresh
 * load of `previewSrc(to)` would, or `navigate` when no command can: the controls (fixed when
 * the page loads), the story, and a camera that only a load sets — the default fit (no view and nothing
 * selected), or a view that a selection's fly would leave. No commands when nothing changed.
 */
export function previewUpdate(from: MapState, to: MapState): PreviewUpdate {
	const navigate = { navigate: true } as const;
	if (from.controls.join(',') !== to.controls.join(',')) return navigate;
	// a story embed is another page (its map and panel); no command moves between passages
	if (from.story !== to.story) return navigate;
	const viewChanged = !sameView(from.view, to.view);
	const selectChanged = from.select !== to.select;
	if (viewChanged && to.view === null) return navigate;
	if (selectChanged && to.view === null && to.select === null) return navigate;
	if (selectChanged && to.view !== null && to.select !== null) return navigate;

	const commands: InboundCommand[] = [];
	if ([...from.layers].sort().join(',') !== [...to.layers].sort().join(','))
		commands.push({ type: 'setLayers', layers: [...to.layers] });
	if (from.theme !== to.theme) commands.push({ type: 'setTheme', theme: to.theme });
	if (from.units !== to.units) commands.push({ type: 'setUnits', units: to.units });
	if (!samePoints(from.measure, to.measure))
		commands.push({ type: 'measure', points: to.measure.map(([lon, lat]) => [lon, lat]) });
	if (selectChanged) commands.push({ type: 'select', id: to.select });
	if (viewChanged && to.view !== null) commands.push({ type: 'setView', view: { ...to.view } });
	return { navigate: false, commands };
}

/**
 * The state with the story starting at `passageId` (null: none). A story decides what its map
 * shows, so the selection, the measurement and the camera are cleared, as /embed would ignore
 * them beside it (url.ts, applyStoryPrecedence); layers, theme, units and controls stay.
 */
export function withStory(state: MapState, passageId: string | null): MapState {
	if (passageId === null) return { ...state, story: null };
	return { ...state, story: passageId, select: null, measure: [], view: null };
}

/** Copy-ready code for `config`, served from `origin`. */
export function embedCodeFor(config: BuilderConfig, origin: string): EmbedCode {
	return buildEmbedCode({
		origin,
		state: config.state,
		width: clampSize(config.width, DEFAULT_EMBED_SIZE.width),
		height: clampSize(config.height, DEFAULT_EMBED_SIZE.height),
		responsive: config.responsive,
		autoHeight: config.autoHeight,
		title: config.title,
		lang: config.lang
	});
}

/** The preview iframe's size for a config, at the configured width or at the phone width. */
export function previewSize(
	config: BuilderConfig,
	at: 'configured' | 'phone'
): { width: number | null; height: number; aspectRatio: string | null } {
	const w = clampSize(config.width, DEFAULT_EMBED_SIZE.width);
	const h = clampSize(config.height, DEFAULT_EMBED_SIZE.height);
	if (at === 'phone') {
		// A fixed-size iframe shrinks to the column (max-width:100%) but keeps its height.
		if (!config.responsive)
			return { width: Math.min(w, PHONE_WIDTH), height: h, aspectRatio: null };
		return { width: PHONE_WIDTH, height: Math.round((PHONE_WIDTH * h) / w), aspectRatio: null };
	}
	// Responsive: as wide as the preview column, the height from the aspect ratio (as the
	// generated wrapper does), unless auto-height takes over.
	if (config.responsive && !config.autoHeight)
		return { width: null, height: h, aspectRatio: `${w} / ${h}` };
	return { width: config.responsive ? null : w, height: h, aspectRatio: null };
}

/** The view as the URL writes it (`7.5/38.56/68.77`), or '' for the default fit. */
export function formatView(view: CameraView | null): string {
	return view === null ? '' : (viewCodec.serialise(view) ?? '');
}

/** Parses a typed view; '' means the default fit. */
export function parseView(text: string): { view: CameraView | null } | { error: string } {
	if (text.trim() === '') return { view: null };
	const result = viewCodec.parse(text, { knownFeatureIds: new Set(), embed: true });
	if ('value' in result) return { view: result.value };
	return { error: result.notice };
}

/** True when two views round to the same URL value. */
export function sameView(a: CameraView | null, b: CameraView | null): boolean {
	if (a === null || b === null) return a === b;
	return formatView(canonicalView(a)) === formatView(canonicalView(b));
}
