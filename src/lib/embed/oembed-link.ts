/**
 * oEmbed discovery (https://oembed.com/#section4): the `<link rel="alternate">` every map page
 * carries so a CMS given a plain link finds our provider. Apart from the provider (./oembed.ts),
 * which builds embed codes on the server, so pages get the link without that code.
 */
import { normaliseOrigin } from './origin';

export const OEMBED_JSON_TYPE = 'application/json+oembed';

/** The `href` of the discovery `<link rel="alternate" type={OEMBED_JSON_TYPE}>` for a page. */
export function oembedDiscoveryHref(origin: string, pageUrl: string | URL): string {
	const o = normaliseOrigin(origin);
	if (o === null)
		throw new RangeError(`origin must be an http(s) origin (got ${JSON.stringify(origin)})`);
	return `${o}/oembed?url=${encodeURIComponent(String(pageUrl))}&format=json`;
}
