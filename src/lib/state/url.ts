/**
 * The URL is the state: one codec per query parameter, a lenient parser that turns any query
 * string into a valid MapState plus polite notices, and a serialiser that writes only what differs
 * from the defaults, in a stable order, with MapLibre-hash precision for the view.
 *
 * Parameter names, order and docs come from src/lib/embed/docs.ts (the public contract).
 */
import { isLayerId, type LayerId } from '$lib/layers/layer-ids';
import {
	CONTROLS,
	DEFAULT_MAP_STATE,
	LIMITS,
	MAX_MEASURE_POINTS,
	THEME_NAMES,
	UNITS,
	canonicalControls,
	CAMERA_LIMITS,
	canonicalLayers,
	checkPoint,
	checkView,
	clampView,
	defaultMapState,
	isControl,
	isTheme,
	isUnits,
	wrapBearing,
	type Control,
	type LonLat,
	type MapState,
	type CameraView
} from './map-state';
import { EMBED_ONLY_PARAMS, PARAM_NAMES, type ParamName } from './params';
import { quoteValue } from './quote';
import { describeExtent } from '$lib/geo/extent';
import { PASSAGE_COUNT, passageId, passageNumber } from '$lib/data/passage-ids';
import * as m from '$lib/paraglide/messages';

export { createHistoryWriter } from './history-writer';
export type { ParamName } from './params';

export interface ParseContext {
	/** Feature ids that exist in the served data; `select` must be one of them. */
	knownFeatureIds: ReadonlySet<string>;
	/**
	 * True on `/embed`. Parsing is the same everywhere (so a link survives a trip through the
	 * builder); only notices about embed-only parameters are held back elsewhere, because the
	 * full map does not apply them.
	 */
	embed: boolean;
}

/** A value, a value with a remark (e.g. some list items skipped), or only a notice (ignored). */
export type ParseResult<T> = { value: T; notice?: string } | { notice: string };

export interface ParamCodec<T> {
	readonly name: ParamName;
	/** Never throws. A notice is a complete plain-text sentence naming the parameter and value. */
	parse(raw: string, ctx: ParseContext): ParseResult<T>;
	/** null = leave the parameter out (the value is the default). */
	serialise(value: T): string | null;
}

/** A notice for the page to show (as text: the UI escapes it). */
export interface Notice {
	param: ParamName;
	/** The rejected value, quoted, shortened and made inert (see quoteValue). */
	value: string;
	message: string;
}

/** Values longer than this are refused before any parsing, so a 100 KB URL costs nothing. */
export const MAX_PARAM_LENGTH = 8192;
/** Decimal places written for measurement points (about 0.1 m). */
export const MEASURE_DECIMALS = 6;

// ---------------------------------------------------------------------------------------------
// Numbers

// Sign, digits with an optional fraction (or a bare fraction), optional exponent. Each part is
// unambiguous, so matching is linear. Rejects '', 'NaN', 'Infinity', '0x10', '1,5'.
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const MAX_NUMBER_LENGTH = 64;

/** Parses a decimal number leniently (surrounding spaces, '+', exponent); null unless finite. */
export function parseDecimal(text: string): number | null {
	const t = text.trim();
	if (t.length === 0 || t.length > MAX_NUMBER_LENGTH || !DECIMAL.test(t)) return null;
	const n = Number(t);
	return Number.isFinite(n) ? n + 0 : null;
}

/** `x` with at most `decimals` decimals, trailing zeros dropped, never '-0' or an exponent. */
export function formatDecimal(x: number, decimals: number): string {
	let s = x.toFixed(decimals);
	if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
	return s === '-0' ? '0' : s;
}

/** Rounds exactly as formatDecimal writes, so parse(format(x)) === roundTo(x). */
export function roundTo(x: number, decimals: number): number {
	return Number(formatDecimal(x, decimals));
}

/**
 * Decimals that keep a coordinate within half a pixel at this zoom: MapLibre's hash formula,
 * 512 px · 2^zoom / 360° / 10^d < 0.5 px.
 */
export function coordinateDecimals(zoom: number): number {
	return Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
}

/**
 * The view exactly as the URL will carry it: zoom to 2 decimals, coordinates to
 * coordinateDecimals(zoom), bearing to 0.1° (wrapped), pitch to 1° — MapLibre's hash rounding.
 * Idempotent; latitude is rounded towards zero if rounding would leave the valid range.
 */
export function canonicalView(v: CameraView): CameraView {
	const zoom = roundTo(v.zoom, 2);
	const d = coordinateDecimals(zoom);
	let lat = roundTo(v.lat, d);
	if (Math.abs(lat) > LIMITS.lat.max) {
		const m = 10 ** d;
		lat = roundTo((Math.sign(lat) * Math.trunc(LIMITS.lat.max * m)) / m, d);
	}
	return {
		zoom,
		lat,
		lon: roundTo(v.lon, d),
		bearing: wrapBearing(roundTo(wrapBearing(v.bearing), 1)),
		pitch: roundTo(v.pitch, 0)
	};
}

/** The state exactly as the URL will carry it (see canonicalView; points to MEASURE_DECIMALS). */
export function canonicalMapState(state: MapState): MapState {
	return {
		view: state.view === null ? null : canonicalView(state.view),
		layers: canonicalLayers(state.layers),
		select: state.select,
		measure: state.measure.map(([lon, lat]) => [
			roundTo(lon, MEASURE_DECIMALS),
			roundTo(lat, MEASURE_DECIMALS)
		]),
		units: state.units,
		theme: state.theme,
		controls: canonicalControls(state.controls),
		story: state.story
	};
}

// ---------------------------------------------------------------------------------------------
// Notices

const q = quoteValue;

/** "“a”, “b”, “c” and 2 more" */
function quoteList(items: readonly string[], max = 3): string {
	const shown = items.slice(0, max).map((s) => q(s));
	const rest = items.length - shown.length;
	const list = shown.join(', ');
	return rest > 0 ? m.url_list_more({ list, rest }) : list;
}

function ignored(
	param: ParamName,
	raw: string,
	reason: string,
	fallback: string
): { notice: string } {
	return { notice: m.url_ignored({ param, value: q(raw), reason, fallback }) };
}

// ---------------------------------------------------------------------------------------------
// Codecs

/** The view's parts in URL order, as a notice names them. */
const VIEW_PARTS = [
	m.url_part_zoom,
	m.url_part_latitude,
	m.url_part_longitude,
	m.url_part_bearing,
	m.url_part_pitch
] as const;

export const viewCodec: ParamCodec<CameraView | null> = {
	name: 'view',
	parse(raw) {
		// the notices' words only on the paths that give a notice (most links have none)
		const fallback = () => m.url_view_fallback();
		const text = raw.trim();
		if (text === '') return ignored('view', raw, m.url_empty(), fallback());
		const parts = text.split('/');
		if (parts.length < 3 || parts.length > 5) {
			return ignored('view', raw, m.url_view_expected(), fallback());
		}
		const nums: number[] = [];
		for (const [i, part] of parts.entries()) {
			const n = parseDecimal(part);
			if (n === null)
				return ignored(
					'view',
					raw,
					m.url_not_a_number({ part: VIEW_PARTS[i]?.() ?? '', value: q(part) }),
					fallback()
				);
			nums.push(n);
		}
		const [zoom = NaN, lat = NaN, lon = NaN, bearing, pitch] = nums;
		const checked = checkView({ zoom, lat, lon, bearing, pitch });
		if ('error' in checked) return ignored('view', raw, checked.error, fallback());
		const { value, clamped } = clampView(checked.value);
		if (clamped.length === 0) return { value };
		const limits = [
			...(clamped.includes('latitude') || clamped.includes('longitude')
				? [m.url_limit_extent({ extent: describeExtent(CAMERA_LIMITS.extent) })]
				: []),
			...(clamped.includes('zoom') ? [m.url_limit_zoom({ max: CAMERA_LIMITS.zoom.max })] : []),
			...(clamped.includes('pitch') ? [m.url_limit_pitch({ max: CAMERA_LIMITS.pitch.max })] : [])
		];
		return { value, notice: m.url_view_beyond({ value: q(raw), limits: limits.join('; ') }) };
	},
	serialise(view) {
		if (view === null) return null;
		const c = canonicalView(view);
		const d = coordinateDecimals(c.zoom);
		const parts = [formatDecimal(c.zoom, 2), formatDecimal(c.lat, d), formatDecimal(c.lon, d)];
		if (c.bearing !== 0 || c.pitch !== 0) parts.push(formatDecimal(c.bearing, 1));
		if (c.pitch !== 0) parts.push(formatDecimal(c.pitch, 0));
		return parts.join('/');
	}
};

/** Comma-separated ids: trimmed, lower-cased, empty items dropped, repeats removed. */
function splitIds(text: string): string[] {
	const ids = new Set<string>();
	for (const item of text.split(',')) {
		const id = item.trim().toLowerCase();
		if (id !== '') ids.add(id);
	}
	return [...ids];
}

function sameSet<T>(a: readonly T[], b: readonly T[]): boolean {
	const sa = new Set(a);
	const sb = new Set(b);
	return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

export const layersCodec: ParamCodec<LayerId[]> = {
	name: 'layers',
	parse(raw) {
		const ids = splitIds(raw);
		const known = ids.filter(isLayerId);
		const unknown = ids.filter((id) => !isLayerId(id));
		if (unknown.length === 0) return { value: canonicalLayers(known) };
		const count = unknown.length;
		const what = m.url_layers_unknown({ count });
		const list = quoteList(unknown);
		if (known.length === 0) {
			return ignored('layers', raw, `${what} ${list}`, m.url_layers_fallback());
		}
		return {
			value: canonicalLayers(known),
			notice: m.url_layers_skipped({ count, what, list })
		};
	},
	serialise(layers) {
		return sameSet(layers, DEFAULT_MAP_STATE.layers) ? null : canonicalLayers(layers).join(',');
	}
};

export const selectCodec: ParamCodec<string | null> = {
	name: 'select',
	parse(raw, ctx) {
		const id = raw.trim().toLowerCase();
		if (id === '') return { value: null };
		if (ctx.knownFeatureIds.has(id)) return { value: id };
		return ignored('select', raw, m.url_select_unknown(), m.url_select_fallback());
	},
	serialise(id) {
		return id;
	}
};

export const measureCodec: ParamCodec<LonLat[]> = {
	name: 'measure',
	parse(raw) {
		const fallback = () => m.url_measure_fallback();
		const text = raw.trim();
		if (text === '') return { value: [] };
		const segments = text.split(';');
		if (segments.length > 1 && segments[segments.length - 1]?.trim() === '') segments.pop();
		if (segments.length > MAX_MEASURE_POINTS) {
			return ignored(
				'measure',
				raw,
				m.url_measure_too_many({ count: segments.length, max: MAX_MEASURE_POINTS }),
				fallback()
			);
		}
		if (segments.length < 2) return ignored('measure', raw, m.url_measure_too_few(), fallback());
		const points: LonLat[] = [];
		for (const [i, segment] of segments.entries()) {
			const xy = segment.split(',');
			const lon = xy.length === 2 ? parseDecimal(xy[0] ?? '') : null;
			const lat = xy.length === 2 ? parseDecimal(xy[1] ?? '') : null;
			if (lon === null || lat === null) {
				const reason = m.url_measure_not_lonlat({ n: i + 1, value: q(segment) });
				return ignored('measure', raw, reason, fallback());
			}
			const checked = checkPoint(lon, lat);
			if ('error' in checked)
				return ignored(
					'measure',
					raw,
					m.url_measure_point({ n: i + 1, error: checked.error }),
					fallback()
				);
			points.push(checked.value);
		}
		return { value: points };
	},
	serialise(points) {
		if (points.length === 0) return null;
		return points
			.map(
				([lon, lat]) =>
					`${formatDecimal(lon, MEASURE_DECIMALS)},${formatDecimal(lat, MEASURE_DECIMALS)}`
			)
			.join(';');
	}
};

function enumCodec<T extends string>(
	name: ParamName,
	values: readonly T[],
	is: (s: string) => s is T,
	describe: (fallback: T) => string
): ParamCodec<T> {
	const fallback = values[0] as T;
	return {
		name,
		parse(raw) {
			const v = raw.trim().toLowerCase();
			if (is(v)) return { value: v };
			const expected = m.url_expected_one_of({ values: values.join(', ') });
			return ignored(name, raw, expected, describe(fallback));
		},
		serialise(value) {
			return value === fallback ? null : value;
		}
	};
}

export const unitsCodec = enumCodec('units', UNITS, isUnits, (units) =>
	m.url_units_fallback({ units })
);
export const themeCodec = enumCodec('theme', THEME_NAMES, isTheme, (theme) =>
	m.url_theme_fallback({ theme })
);

/** Listing `attribution` is accepted and dropped silently: it is always shown. */
const ALWAYS_SHOWN = new Set(['attribution']);

export const controlsCodec: ParamCodec<Control[]> = {
	name: 'controls',
	parse(raw) {
		const ids = splitIds(raw).filter((id) => !ALWAYS_SHOWN.has(id));
		const known = ids.filter(isControl);
		const unknown = ids.filter((id) => !isControl(id));
		if (unknown.length === 0) return { value: canonicalControls(known) };
		// Say which names were dropped, which names exist, and what the embed shows instead.
		const count = unknown.length;
		const what = m.url_controls_unknown({ count });
		const list = quoteList(unknown);
		const valid = m.url_controls_valid({ list: CONTROLS.join(', ') });
		if (known.length === 0) {
			const defaults = DEFAULT_MAP_STATE.controls.join(', ');
			return ignored(
				'controls',
				raw,
				`${what} ${list}; ${valid}`,
				m.url_controls_fallback({ list: defaults })
			);
		}
		const shown = canonicalControls(known);
		return {
			value: shown,
			notice: m.url_controls_ignored({ count, what, list, valid, shown: shown.join(', ') })
		};
	},
	serialise(controls) {
		return sameSet(controls, DEFAULT_MAP_STATE.controls)
			? null
			: canonicalControls(controls).join(',');
	}
};

/**
 * `story=p-N`: the report passage a story embed shows. Lenient like the others: case, spaces,
 * a bare number (`story=3`) and leading zeros are forgiven; anything else, or a passage the report
 * does not have, is ignored with a notice (the plain map is shown).
 */
export const storyCodec: ParamCodec<string | null> = {
	name: 'story',
	parse(raw) {
		const fallback = () => m.url_story_fallback();
		const expected = () => m.url_story_expected({ count: PASSAGE_COUNT });
		const text = raw.trim().toLowerCase();
		if (text === '') return ignored('story', raw, `${m.url_empty()}; ${expected()}`, fallback());
		const match = /^(?:p-?)?0*(\d{1,6})$/.exec(text);
		const id = match ? passageId(Number(match[1])) : null;
		if (id !== null && passageNumber(id) !== null) return { value: id };
		const reason = match ? m.url_story_no_passage({ n: Number(match[1]) }) : expected();
		return ignored('story', raw, match ? `${reason}; ${expected()}` : reason, fallback());
	},
	serialise(id) {
		return id;
	}
};

/**
 * On `/embed` a story's passage decides what the map shows, so a link's `select`, `measure` and
 * `view` are not applied beside it (the builder never writes them together): they are dropped
 * with one notice naming them. The other parameters (layers, theme, units, controls) still apply.
 */
export function applyStoryPrecedence(state: MapState): string | null {
	if (state.story === null) return null;
	const dropped: string[] = [];
	if (state.select !== null) {
		dropped.push(`select ${q(state.select)}`);
		state.select = null;
	}
	if (state.measure.length > 0) {
		dropped.push('measure');
		state.measure = [];
	}
	if (state.view !== null) {
		dropped.push('view');
		state.view = null;
	}
	if (dropped.length === 0) return null;
	const n = passageNumber(state.story);
	const list =
		dropped.length === 1
			? (dropped[0] ?? '')
			: m.url_list_and({ list: dropped.slice(0, -1).join(', '), last: dropped.at(-1) ?? '' });
	return m.url_story_wins({ count: dropped.length, n: n ?? '', list });
}

/** Every codec, keyed by parameter name (which is also the MapState field). */
export const CODECS: { readonly [K in ParamName]: ParamCodec<MapState[K]> } = {
	view: viewCodec,
	layers: layersCodec,
	select: selectCodec,
	measure: measureCodec,
	units: unitsCodec,
	theme: themeCodec,
	controls: controlsCodec,
	story: storyCodec
};

// ---------------------------------------------------------------------------------------------
// Whole state

/**
 * Reads the map state from a query string. Never throws: every invalid value is ignored with a
 * notice naming the parameter and the value, and the rest still applies. Repeated parameters:
 * the first wins (a notice says so when the repeats differ). Unknown parameters are ignored
 * silently (they may belong to someone else, e.g. utm_source). On `/embed` a `story` wins over
 * `select`, `measure` and `view` (applyStoryPrecedence).
 */
export function parseMapState(
	params: URLSearchParams,
	ctx: ParseContext
): { state: MapState; notices: Notice[] } {
	const state = defaultMapState();
	const notices: Notice[] = [];
	const apply = <K extends ParamName>(name: K) => {
		const all = params.getAll(name);
		const raw = all[0];
		if (raw === undefined) return;
		const codec = CODECS[name] as ParamCodec<MapState[K]>;
		const quiet = EMBED_ONLY_PARAMS.has(name) && !ctx.embed;
		const note = (message: string) => {
			if (!quiet) notices.push({ param: name, value: q(raw), message });
		};
		if (all.length > 1 && all.some((v) => v !== raw)) {
			note(m.url_repeated({ param: name, count: all.length, value: q(raw) }));
		}
		if (raw.length > MAX_PARAM_LENGTH) {
			note(m.url_too_long({ param: name, length: raw.length, max: MAX_PARAM_LENGTH }));
			return;
		}
		const result = codec.parse(raw, ctx);
		if ('value' in result) state[name] = result.value;
		if (result.notice !== undefined) note(result.notice);
	};
	for (const name of PARAM_NAMES) apply(name);
	if (ctx.embed) {
		const precedence = applyStoryPrecedence(state);
		if (precedence !== null && state.story !== null)
			notices.push({ param: 'story', value: q(state.story), message: precedence });
	}
	return { state, notices };
}

/**
 * Writes the parameters that differ from the defaults, in PARAM_NAMES order. `controls` is
 * written only for embeds.
 */
export function serialiseMapState(state: MapState, opts: { embed: boolean }): URLSearchParams {
	const params = new URLSearchParams();
	const write = <K extends ParamName>(name: K) => {
		const codec = CODECS[name] as ParamCodec<MapState[K]>;
		if (EMBED_ONLY_PARAMS.has(name) && !opts.embed) return;
		const value = codec.serialise(state[name]);
		if (value !== null) params.set(name, value);
	};
	for (const name of PARAM_NAMES) write(name);
	return params;
}

// `/`, `,`, `;` and `:` are legal in a query (RFC 3986) and parse the same, so keep them readable.
const READABLE = { '%2F': '/', '%2C': ',', '%3B': ';', '%3A': ':' } as const;

/** Like params.toString(), but leaves `/ , ; :` unescaped: `view=7/38.5/71&layers=gbao`. */
export function toQueryString(params: URLSearchParams): string {
	const pairs: string[] = [];
	for (const [key, value] of params) {
		const enc = (s: string) =>
			encodeURIComponent(s).replace(
				/%2F|%2C|%3B|%3A/g,
				(m) => READABLE[m as keyof typeof READABLE]
			);
		pairs.push(`${enc(key)}=${enc(value)}`);
	}
	return pairs.join('&');
}

/** '' for the default state, else '?view=…&…' — ready to append to `/` or `/embed`. */
export function stateSearch(state: MapState, opts: { embed: boolean }): string {
	const qs = toQueryString(serialiseMapState(state, opts));
	return qs === '' ? '' : `?${qs}`;
}
