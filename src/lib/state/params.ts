/**
 * The URL parameters of `/` and `/embed` as the code needs them: names, the order serialisation
 * writes them in, and which only `/embed` applies. Their prose (syntax, example, default,
 * description) is in src/lib/embed/docs.ts, keyed by these names, so pages that parse URLs do not
 * carry the documentation.
 */
import type { MapState } from './map-state';

/** URL query parameter names are the MapState field names. */
export type ParamName = keyof MapState;

export interface ParamSpec {
	name: ParamName;
	/** True when only `/embed` applies it (it is still parsed, and kept, everywhere). */
	embedOnly: boolean;
}

/** Every parameter, in the order serialisation writes them. */
export const URL_PARAMS = [
	{ name: 'view', embedOnly: false },
	{ name: 'layers', embedOnly: false },
	{ name: 'select', embedOnly: false },
	{ name: 'measure', embedOnly: false },
	{ name: 'units', embedOnly: false },
	{ name: 'theme', embedOnly: false },
	{ name: 'controls', embedOnly: true },
	{ name: 'story', embedOnly: true }
] as const satisfies readonly ParamSpec[];

export const PARAM_NAMES: readonly ParamName[] = URL_PARAMS.map((p) => p.name);

/** Parameters that only `/embed` applies. */
export const EMBED_ONLY_PARAMS: ReadonlySet<ParamName> = new Set(
	URL_PARAMS.filter((p) => p.embedOnly).map((p) => p.name)
);

/**
 * Parameters about the link rather than the view, so not part of MapState: `v`, the data version
 * a permalink was made with (codec: ./data-version.ts), written into permalinks only; `lang`, the
 * page's language (`en`, `ru`; src/lib/i18n/), which the map's URL and its permalinks keep.
 */
export const LINK_PARAMS = [{ name: 'v' }, { name: 'lang' }] as const;

/** The page's language in a URL (src/lib/i18n/request.ts reads it on the server). */
export const LANGUAGE_PARAM = 'lang';
export type LinkParamName = (typeof LINK_PARAMS)[number]['name'];
