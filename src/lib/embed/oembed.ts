/**
 * oEmbed 1.0 provider logic (https://oembed.com/), pure: the route `src/routes/oembed/+server.ts`
 * turns the result into a Response. A CMS given a link to one of our maps gets a `rich` response
 * whose html is the `/embed` iframe of the same state.
 *
 * Accepted `url`s: our host and port (http or https), path `/` or `/embed` (a trailing slash tolerated), any
 * query — the query is read like the page reads it, and only the clean state is passed on, so a
 * poisoned link cannot smuggle anything into the html. Other paths (`/report`, `/data/…`) are not
 * maps: 404.
 */
import { REQUIRED_FEATURE_IDS } from '$lib/data/ids';
import { previewImageFor, type PreviewIndex } from '$lib/page/link-preview';
import type { Locale } from '$lib/i18n/locales';
import { urlLocale } from '$lib/i18n/url-locale';
import { parseMapState } from '$lib/state/url';
import { DEFAULT_EMBED_SIZE, buildEmbedCode, defaultEmbedTitle } from './embed-code';
import { normaliseOrigin } from './origin';

export { oembedDiscoveryHref } from './oembed-link';

export const PROVIDER_NAME = 'Frontier Map';
/** Seconds a consumer may cache a response. */
export const OEMBED_CACHE_AGE = 86_400;
const MAP_PATHS = new Set(['/', '/embed', '/embed/']);
const MAX_URL_LENGTH = 8192;

export interface OEmbedRich {
	type: 'rich';
	version: '1.0';
	title: string;
	provider_name: string;
	provider_url: string;
	width: number;
	height: number;
	html: string;
	cache_age: number;
	/** The view's link preview image (absolute URL, its size in pixels), when there is one. */
	thumbnail_url?: string;
	thumbnail_width?: number;
	thumbnail_height?: number;
}

export type OEmbedResult =
	{ status: 200; body: OEmbedRich } | { status: 400 | 404 | 501; message: string };

export interface OEmbedContext {
	/** Our origin (e.g. from event.url.origin). */
	origin: string;
	/** Ids `select` may name; default: the required feature ids. */
	knownFeatureIds?: ReadonlySet<string>;
	/** A feature's name in a language, for the title (`Frontier Map — GBAO`); none: no name. */
	featureNames?: (id: string, locale: Locale) => string | undefined;
	/** The link preview images (src/lib/page/preview-images.json): the thumbnail; none without. */
	previews?: PreviewIndex;
}

/** A positive whole number of pixels; '' or absent → undefined; anything else → NaN. */
function parseMax(raw: string | null): number | undefined {
	if (raw === null || raw.trim() === '') return undefined;
	const t = raw.trim();
	return /^\d{1,7}$/.test(t) && Number(t) > 0 ? Number(t) : NaN;
}

/**
 * Answers an oEmbed request. Status codes as the spec says: 501 for a format other than json
 * (xml is not implemented), 404 for a url that is not one of our maps; 400 for a missing url or
 * a maxwidth/maxheight that is not a positive integer. The size defaults to 800×500 and is
 * scaled down, keeping its aspect ratio, to fit maxwidth and maxheight.
 */
export function oembedResponse(query: URLSearchParams, ctx: OEmbedContext): OEmbedResult {
	const origin = normaliseOrigin(ctx.origin);
	if (origin === null) throw new RangeError(`ctx.origin must be an http(s) origin`);

	const format = (query.get('format') ?? '').trim().toLowerCase();
	if (format !== '' && format !== 'json') {
		return { status: 501, message: 'Only format=json is implemented.' };
	}
	const rawUrl = (query.get('url') ?? '').trim();
	if (rawUrl === '') return { status: 400, message: 'The url parameter is required.' };

	const maxwidth = parseMax(query.get('maxwidth'));
	const maxheight = parseMax(query.get('maxheight'));
	if (Number.isNaN(maxwidth))
		return { status: 400, message: 'maxwidth must be a positive integer.' };
	if (Number.isNaN(maxheight))
		return { status: 400, message: 'maxheight must be a positive integer.' };

	const page = parseOwnMapUrl(rawUrl, origin);
	if (page === null) return { status: 404, message: 'The url is not a map of this site.' };

	const knownFeatureIds = ctx.knownFeatureIds ?? new Set<string>(REQUIRED_FEATURE_IDS);
	const { state } = parseMapState(page.searchParams, { knownFeatureIds, embed: true });
	// the link's language (`lang=`) names the map and goes on to the iframe
	const lang = urlLocale(page.searchParams);
	const name = state.select === null ? undefined : ctx.featureNames?.(state.select, lang ?? 'en');
	const title = name === undefined ? defaultEmbedTitle(lang) : `${PROVIDER_NAME} — ${name}`;

	const scale = Math.min(
		1,
		(maxwidth ?? Infinity) / DEFAULT_EMBED_SIZE.width,
		(maxheight ?? Infinity) / DEFAULT_EMBED_SIZE.height
	);
	const width = Math.max(1, Math.floor(DEFAULT_EMBED_SIZE.width * scale));
	const height = Math.max(1, Math.floor(DEFAULT_EMBED_SIZE.height * scale));
	const { html } = buildEmbedCode({
		origin,
		state,
		width,
		height,
		responsive: false,
		autoHeight: false,
		title,
		lang
	});
	// the same picture the page's link preview shows (og:image)
	const thumbnail = ctx.previews
		? previewImageFor(
				{
					feature:
						state.select === null
							? null
							: { id: state.select, name: name ?? state.select, summary: '' },
					event: null,
					measurement: null
				},
				ctx.previews,
				origin
			)
		: null;
	return {
		status: 200,
		body: {
			type: 'rich',
			version: '1.0',
			title,
			provider_name: PROVIDER_NAME,
			provider_url: `${origin}/`,
			width,
			height,
			html,
			cache_age: OEMBED_CACHE_AGE,
			...(thumbnail && {
				thumbnail_url: thumbnail.url,
				thumbnail_width: thumbnail.width,
				thumbnail_height: thumbnail.height
			})
		}
	};
}

/**
 * The URL if it is one of our map pages (absolute, our host and port, no credentials), else null.
 * Either scheme is ours: behind a TLS proxy that does not forward the protocol the server sees
 * http, while readers share https links (the answer's iframe uses our origin either way).
 */
function parseOwnMapUrl(raw: string, origin: string): URL | null {
	if (raw.length > MAX_URL_LENGTH) return null;
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		return null;
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
	if (url.host !== new URL(origin).host) return null;
	if (url.username !== '' || url.password !== '') return null;
	return MAP_PATHS.has(url.pathname) ? url : null;
}
