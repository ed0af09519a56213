/**
 * The link preview of a request's page (src/lib/page/link-preview.ts says what the tags are;
 * this looks up what the URL shows). Server-only: it reads the whole catalog and GeographicLib,
 * which `/embed`'s JavaScript must not carry; `hooks.server.ts` writes the tags into the page's
 * head (`previewHeadHtml`), so no page's JavaScript carries them either. Pages that show no view
 * (/about, /data, the embed builder and docs) get none.
 */
import { catalogById, events, knownFeatureIds, report } from '$lib/data/catalog';
import { lineLengthMeters } from '$lib/geo/geodesic';
import previewIndex from '$lib/page/preview-images.json';
import {
	mapPreview,
	previewTags,
	reportPreview,
	type LinkPreview,
	type MapView,
	type PreviewIndex
} from '$lib/page/link-preview';
import { localName } from '$lib/data/local-name';
import type { Locale } from '$lib/i18n/locales';
import { urlLocale } from '$lib/i18n/url-locale';
import { LANGUAGE_PARAM } from '$lib/state/params';
import { parseToolState } from '$lib/state/tool-params';
import { serialiseToolState } from '$lib/state/tool-params';
import { parseMapState, serialiseMapState, toQueryString } from '$lib/state/url';

export const PREVIEW_INDEX = previewIndex as PreviewIndex;

const eventById = new Map(events.map((e) => [e.id, e]));
const knownEventIds: ReadonlySet<string> = new Set(eventById.keys());

/** The preview of the page at `url` (its origin is the site's: ORIGIN or the request's). */
export function linkPreviewFor(url: URL, locale: Locale = 'en'): LinkPreview | null {
	const path = url.pathname.replace(/(.)\/$/, '$1');
	// a link that names its language keeps it (kept by permalinks: src/lib/i18n/)
	const chosen = urlLocale(url.searchParams);
	const language = chosen ? `${LANGUAGE_PARAM}=${chosen}` : '';
	if (path === '/report') {
		return reportPreview(report, {
			origin: url.origin,
			url: `${url.origin}/report${language ? `?${language}` : ''}`,
			index: PREVIEW_INDEX,
			locale
		});
	}
	if (path !== '/' && path !== '/embed') return null;
	const embed = path === '/embed';
	const { state } = parseMapState(url.searchParams, { knownFeatureIds, embed });
	// only `/` reads the tool parameters (the timeline event among them)
	const tools = embed ? null : parseToolState(url.searchParams, { knownEventIds }).state;

	// the canonical permalink: the full map with the view's state, as MapPage writes it (from
	// /embed too, like its <link rel="canonical">)
	const params = serialiseMapState(state, { embed: false });
	for (const [name, value] of tools ? serialiseToolState(tools) : []) params.set(name, value);
	if (chosen) params.set(LANGUAGE_PARAM, chosen);
	const qs = toQueryString(params);
	const canonical = `${url.origin}/${qs === '' ? '' : `?${qs}`}`;

	const entry = state.select === null ? undefined : catalogById.get(state.select);
	const event = tools?.event ? eventById.get(tools.event) : undefined;
	const view: MapView = {
		feature: entry
			? { id: entry.id, name: localName(entry, locale), summary: entry.summary }
			: null,
		event: event
			? {
					title: event.title,
					dateText: event.dateText,
					summary: event.summary,
					features: event.features
				}
			: null,
		measurement:
			state.measure.length >= 2
				? {
						lengthMeters: lineLengthMeters(state.measure),
						points: state.measure.length,
						units: state.units
					}
				: null
	};
	return mapPreview(view, { origin: url.origin, url: canonical, index: PREVIEW_INDEX, locale });
}

/** Where app.html's head takes the preview's tags. */
export const PREVIEW_HEAD_MARK = '<!--frontier:link-preview-->';

const escapeAttribute = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The Open Graph and Twitter card tags of the page at `url`, as HTML ('' for none). */
export function previewHeadHtml(url: URL, locale: Locale = 'en'): string {
	const preview = linkPreviewFor(url, locale);
	if (!preview) return '';
	return previewTags(preview)
		.map(
			(t) =>
				`<meta ${t.attr}="${escapeAttribute(t.key)}" content="${escapeAttribute(t.content)}" />`
		)
		.join('\n\t\t');
}
