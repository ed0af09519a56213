/**
 * oEmbed 1.0 provider (https://oembed.com/): `GET /oembed?url=…[&maxwidth=…][&maxheight=…][&format=json]`.
 * The logic is src/lib/embed/oembed.ts; this route only supplies our origin, feature names and
 * link preview images (the thumbnail) and
 * turns the result into a response. Bad input gets 400/404/501 with a short plain-text body,
 * never a 5xx.
 */
import { catalog, knownFeatureIds } from '$lib/data/catalog';
import { localName } from '$lib/data/local-name';
import type { Locale } from '$lib/i18n/locales';
import { OEMBED_CACHE_AGE, oembedResponse } from '$lib/embed/oembed';
import { PREVIEW_INDEX } from '$lib/server/link-preview';
import type { RequestHandler } from './$types';

const byId: ReadonlyMap<string, (typeof catalog)[number]> = new Map(catalog.map((e) => [e.id, e]));
/** A feature's name for the title in the link's language. */
const featureNames = (id: string, locale: Locale) => {
	const entry = byId.get(id);
	return entry && localName(entry, locale);
};

/** oEmbed consumers may be browsers on other sites: the answer is public, so allow any origin. */
const COMMON_HEADERS = { 'access-control-allow-origin': '*' } as const;

function text(status: number, message: string): Response {
	return new Response(`${message}\n`, {
		status,
		headers: { ...COMMON_HEADERS, 'content-type': 'text/plain; charset=utf-8' }
	});
}

export const GET: RequestHandler = ({ url }) => {
	let result;
	try {
		result = oembedResponse(url.searchParams, {
			origin: url.origin,
			knownFeatureIds,
			featureNames,
			previews: PREVIEW_INDEX
		});
	} catch {
		// Only a bad server origin can throw; never answer a client's input with a 5xx.
		return text(400, 'The request could not be answered.');
	}
	if (result.status !== 200) return text(result.status, result.message);
	return new Response(JSON.stringify(result.body), {
		headers: {
			...COMMON_HEADERS,
			'content-type': 'application/json; charset=utf-8',
			'cache-control': `public, max-age=${OEMBED_CACHE_AGE}`
		}
	});
};
