/**
 * The `v` parameter: the data version a permalink was made with (Copy link, Cite this view and
 * the figure write the current one). It describes the link, not the view, so it is not part of
 * MapState: the address bar, the embed code and the embed API leave it out. Parsed leniently like
 * the others: a malformed value is ignored with a notice naming it.
 */
import * as m from '$lib/paraglide/messages';
import { LINK_PARAMS } from './params';
import { quoteValue as q } from './quote';
import type { ParseResult } from './url';

export const DATA_VERSION_PARAM = LINK_PARAMS[0].name;

/** A data version: the first hex digits of a SHA-256 over the served data (geodata/pipeline/steps/history.ts). */
export const DATA_VERSION_LENGTH = 10;
export const DATA_VERSION_PATTERN = /^[0-9a-f]{10}$/;

export const dataVersionCodec = {
	name: DATA_VERSION_PARAM,
	/** A version is DATA_VERSION_LENGTH hex digits; case and surrounding spaces are forgiven. */
	parse(raw: string): ParseResult<string> {
		const v = raw.trim().toLowerCase();
		if (DATA_VERSION_PATTERN.test(v)) return { value: v };
		return {
			notice: m.url_data_version_invalid({
				param: DATA_VERSION_PARAM,
				value: q(raw),
				length: DATA_VERSION_LENGTH
			})
		};
	},
	serialise(version: string): string {
		return version;
	}
} as const;

/** The link's data version: null when the query has none (or an empty one). */
export function parseDataVersion(params: URLSearchParams): ParseResult<string> | null {
	const raw = params.get(DATA_VERSION_PARAM);
	if (raw === null || raw.trim() === '') return null;
	return dataVersionCodec.parse(raw);
}
