/**
 * Link previews: the Open Graph and Twitter card tags that messengers, social sites and CMSs read
 * when someone shares a link to a view. Pure: the caller (src/lib/server/link-preview.ts) looks
 * up the feature, event and measurement; this module says what the tags are. Every text comes
 * from the data (the catalog's names and summaries, the events, the report's metadata); the
 * picture is one of the pre-made images in static/previews/ (`npm run previews`).
 */
import type { LengthUnit } from '$lib/geo/units';
import { formatLength } from '$lib/geo/units';
import type { Locale } from '$lib/i18n/locales';
import * as m from '$lib/paraglide/messages';

export const SITE_NAME = 'Frontier Map';
/** The app's title and description in English: the ones `/` carries in its <title> and description. */
export const APP_TITLE = 'Frontier Map — Tajikistan’s borders in the 2022 CSTO/U.S. report';
export const APP_DESCRIPTION =
	"Interactive map of Tajikistan's Afghan and Kyrgyz borders, GBAO and the military sites of a 2022 geopolitical report.";

/** Open Graph's `og:locale` for each language. */
const OG_LOCALES: Readonly<Record<Locale, string>> = { en: 'en_GB', ru: 'ru_RU' };

/** Every preview image is a PNG of this size (Open Graph's large card: 1.91:1). */
export const PREVIEW_IMAGE = { width: 1200, height: 630, type: 'image/png' } as const;
/** Where the images are served: static/previews/ → /previews/. */
export const PREVIEW_PATH = '/previews/';
/** The key of the default view's image in the index. */
export const DEFAULT_PREVIEW_KEY = 'default';

/** One pre-made image: its file name under /previews/ and its alt text. */
export interface PreviewImageFile {
	file: string;
	alt: string;
}

/** The generated index (src/lib/page/preview-images.json): image key → file and alt text. */
export interface PreviewIndex {
	generated: string;
	images: Record<string, PreviewImageFile>;
}

export interface PreviewImage {
	url: string;
	width: number;
	height: number;
	type: string;
	alt: string;
	/** Whose image it is: a feature id, or `default`. */
	key: string;
}

export interface LinkPreview {
	title: string;
	description: string;
	/** The canonical permalink of the view. */
	url: string;
	siteName: string;
	/** The page's language (`og:locale`); English when absent. */
	locale?: Locale;
	image: PreviewImage;
}

/** What a map page shows, as far as a preview can tell it (everything already looked up). */
export interface MapView {
	/** The selected feature, if the URL selects a known one. */
	feature: { id: string; name: string; summary: string } | null;
	/** The timeline event the URL shows (`/` only). */
	event: { title: string; dateText: string; summary: string; features: string[] } | null;
	/** A measured path: its geodesic length, number of points and the page's units. */
	measurement: { lengthMeters: number; points: number; units: LengthUnit } | null;
}

/** `https://host/previews/<file>` for an image of the index. */
function imageUrl(origin: string, file: string): string {
	return `${origin}${PREVIEW_PATH}${encodeURIComponent(file)}`;
}

/**
 * The image for a view: the selected feature's; else the first of the event's features that has
 * one; else the default view's. When the picture is not of the view itself (a measurement is not
 * drawn on it, an event borrows a feature's) the alt text says so.
 */
export function previewImageFor(
	view: Pick<MapView, 'feature' | 'event' | 'measurement'>,
	index: PreviewIndex,
	origin: string,
	locale: Locale = 'en'
): PreviewImage {
	const notes: string[] = [];
	let key = DEFAULT_PREVIEW_KEY;
	if (view.feature && index.images[view.feature.id]) {
		key = view.feature.id;
	} else {
		const borrowed = view.event?.features.find((id) => index.images[id]);
		if (borrowed) {
			key = borrowed;
			notes.push(m.server_note_event_picture({}, { locale }));
		} else if (view.feature) {
			notes.push(m.server_note_no_picture({ name: view.feature.name }, { locale }));
		}
	}
	if (view.measurement) notes.push(m.server_note_path_not_drawn({}, { locale }));
	const entry = index.images[key];
	if (!entry) throw new Error(`The preview index has no ${JSON.stringify(key)} image.`);
	const alt = notes.length ? `${entry.alt} (${notes.join('; ')})` : entry.alt;
	return { url: imageUrl(origin, entry.file), ...PREVIEW_IMAGE, alt, key };
}

/** "Measured path of 3 points: 133 km, geodesic on WGS84." */
export function measurementText(
	path: NonNullable<MapView['measurement']>,
	locale: Locale = 'en'
): string {
	const length = formatLength(path.lengthMeters, path.units, undefined, locale);
	return m.server_measured({ count: path.points, length }, { locale });
}

/** The preview of a map page (`/` or `/embed`); `url` is the view's canonical permalink. */
export function mapPreview(
	view: MapView,
	ctx: { origin: string; url: string; index: PreviewIndex; locale?: Locale }
): LinkPreview {
	const locale = ctx.locale ?? 'en';
	const measured = view.measurement ? measurementText(view.measurement, locale) : null;
	let title: string = m.server_app_title({}, { locale });
	let about: string = m.server_app_description({}, { locale });
	if (view.feature) {
		title = view.feature.name;
		about = view.feature.summary;
	} else if (view.event) {
		title = `${view.event.title} (${view.event.dateText})`;
		about = view.event.summary;
	}
	return {
		title,
		// the measurement is what the link is about; the selection's summary says where
		description: measured ? (view.feature ? `${measured} ${about}` : measured) : about,
		url: ctx.url,
		siteName: SITE_NAME,
		locale,
		image: previewImageFor(view, ctx.index, ctx.origin, locale)
	};
}

/** The preview of `/report`: the report's title and byline, the default view's picture. */
export function reportPreview(
	report: { title: string; author: string; publication: string },
	ctx: { origin: string; url: string; index: PreviewIndex; locale?: Locale }
): LinkPreview {
	const locale = ctx.locale ?? 'en';
	const { title, author, publication } = report;
	return {
		title,
		description: m.server_report_description(
			{ title, author, publication, site: SITE_NAME },
			{ locale }
		),
		url: ctx.url,
		siteName: SITE_NAME,
		locale,
		image: previewImageFor(
			{ feature: null, event: null, measurement: null },
			ctx.index,
			ctx.origin,
			locale
		)
	};
}

/** A `<meta>` tag: Open Graph uses `property`, Twitter `name`. */
export interface MetaTag {
	attr: 'property' | 'name';
	key: string;
	content: string;
}

/** The tags, in the order they are written into the page's head. */
export function previewTags(p: LinkPreview): MetaTag[] {
	const og = (key: string, content: string): MetaTag => ({ attr: 'property', key, content });
	const tw = (key: string, content: string): MetaTag => ({ attr: 'name', key, content });
	return [
		og('og:type', 'website'),
		og('og:site_name', p.siteName),
		og('og:locale', OG_LOCALES[p.locale ?? 'en']),
		og('og:title', p.title),
		og('og:description', p.description),
		og('og:url', p.url),
		og('og:image', p.image.url),
		og('og:image:type', p.image.type),
		og('og:image:width', String(p.image.width)),
		og('og:image:height', String(p.image.height)),
		og('og:image:alt', p.image.alt),
		tw('twitter:card', 'summary_large_image'),
		tw('twitter:title', p.title),
		tw('twitter:description', p.description),
		tw('twitter:image', p.image.url),
		tw('twitter:image:alt', p.image.alt)
	];
}
