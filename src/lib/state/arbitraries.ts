/**
 * fast-check generators for MapState and for query strings, shared by the state and embed tests.
 * Test-only: nothing in the app imports this file.
 */
import fc from 'fast-check';
import { REQUIRED_FEATURE_IDS } from '$lib/data/ids';
import { PASSAGE_COUNT, passageId } from '$lib/data/passage-ids';
import { LAYER_IDS } from '$lib/layers/layer-ids';
import { PARAM_NAMES } from './params';
import {
	CAMERA_LIMITS,
	CONTROLS,
	LIMITS,
	THEME_NAMES,
	UNITS,
	type LonLat,
	type MapState,
	type CameraView
} from './map-state';

export const KNOWN_FEATURE_IDS: ReadonlySet<string> = new Set(REQUIRED_FEATURE_IDS);

const within = (r: { min: number; max: number }) =>
	fc.double({ min: r.min, max: r.max, noNaN: true, noDefaultInfinity: true });

/** Views a link keeps as they are: inside CAMERA_LIMITS (others are clamped, with a notice). */
export const viewArb: fc.Arbitrary<CameraView> = fc.record({
	zoom: within(CAMERA_LIMITS.zoom),
	lat: within({ min: CAMERA_LIMITS.extent[1], max: CAMERA_LIMITS.extent[3] }),
	lon: within({ min: CAMERA_LIMITS.extent[0], max: CAMERA_LIMITS.extent[2] }),
	bearing: fc.oneof(
		fc.constant(0),
		fc.double({ min: -180, max: 180, minExcluded: true, noNaN: true })
	),
	pitch: fc.oneof(fc.constant(0), within(CAMERA_LIMITS.pitch))
});

export const pointArb: fc.Arbitrary<LonLat> = fc.tuple(within(LIMITS.lon), within(LIMITS.pointLat));

/** Any valid MapState (select drawn from KNOWN_FEATURE_IDS; a story without select, measure, view). */
export const mapStateArb: fc.Arbitrary<MapState> = fc
	.record({
		view: fc.option(viewArb, { nil: null }),
		layers: fc.subarray([...LAYER_IDS]),
		select: fc.option(fc.constantFrom(...KNOWN_FEATURE_IDS), { nil: null }),
		measure: fc.oneof(
			fc.constant([] as LonLat[]),
			fc.array(pointArb, { minLength: 2, maxLength: LIMITS.measurePoints.max })
		),
		units: fc.constantFrom(...UNITS),
		theme: fc.constantFrom(...THEME_NAMES),
		controls: fc.subarray([...CONTROLS]),
		story: fc.option(fc.integer({ min: 1, max: PASSAGE_COUNT }).map(passageId), { nil: null })
	})
	// a story wins over select, measure and view on /embed: a valid state has none of them beside it
	.map((s) => (s.story === null ? s : { ...s, select: null, measure: [], view: null }));

/** Pieces that are almost right: edge numbers, ids in odd case, markup, unicode, separators. */
const numberToken = fc.oneof(
	fc.double({ noNaN: false }).map(String),
	fc.integer({ min: -400, max: 400 }).map(String),
	fc.constantFrom(
		'0',
		'-0',
		'+5',
		'.5',
		'5.',
		'1e2',
		'1e400',
		'-1e400',
		'1e-400',
		'NaN',
		'Infinity',
		'-Infinity',
		'0x10',
		'1_000',
		'1,5',
		'85.051129',
		'85.0512',
		'-180',
		'180.0000001',
		'24',
		'24.001',
		'85',
		'86',
		'',
		' ',
		'٣',
		'１'
	)
);
const idToken = fc.oneof(
	fc.constantFrom(...LAYER_IDS, ...KNOWN_FEATURE_IDS, ...CONTROLS, ...UNITS, ...THEME_NAMES),
	fc.constantFrom(...LAYER_IDS, ...CONTROLS).map((s) => s.toUpperCase()),
	fc.constantFrom(
		'__proto__',
		'constructor',
		'prototype',
		'attribution',
		'<script>alert(1)</script>',
		'"><img src=x onerror=alert(1)>',
		'ГБАО',
		'🇹🇯',
		'\u202e',
		'%',
		'%zz',
		'&',
		'=',
		'#',
		'+'
	),
	fc.string({ maxLength: 8 })
);
const separator = fc.constantFrom('/', ',', ';', ' ', '', '//', ',,', ';;');

/** A parameter value assembled from near-valid pieces. */
export const nearValueArb: fc.Arbitrary<string> = fc
	.array(fc.oneof(numberToken, idToken, separator), { maxLength: 14 })
	.map((parts) => parts.join(''));

/** Mostly a good number for the range (written at a random precision), sometimes an edge token. */
const numberIn = (r: { min: number; max: number }) =>
	fc.oneof(
		{
			weight: 8,
			arbitrary: fc.tuple(within(r), fc.integer({ min: 0, max: 9 })).map(([x, d]) => x.toFixed(d))
		},
		{ weight: 2, arbitrary: numberToken }
	);
const pick = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>) =>
	fc.oneof({ weight: 8, arbitrary: good }, { weight: 1, arbitrary: bad });
const list = (item: fc.Arbitrary<string>, sep: string, max: number) =>
	fc.array(item, { maxLength: max }).map((a) => a.join(sep));

/** For each parameter, values that are right most of the time and subtly wrong otherwise. */
const valueFor: { [K in (typeof PARAM_NAMES)[number]]: fc.Arbitrary<string> } = {
	view: fc
		.tuple(
			numberIn(LIMITS.zoom),
			numberIn(LIMITS.lat),
			numberIn(LIMITS.lon),
			fc.option(numberIn({ min: -720, max: 720 })),
			fc.option(numberIn(LIMITS.pitch))
		)
		.map(([z, la, lo, b, p]) => [z, la, lo, ...(b === null ? [] : [b]), ...(p === null ? [] : [p])])
		.chain((parts) =>
			pick(fc.constant('/'), fc.constantFrom(',', '//', ' ', ';')).map((sep) => parts.join(sep))
		),
	layers: list(pick(fc.constantFrom(...LAYER_IDS), idToken), ',', 16),
	select: pick(fc.constantFrom(...KNOWN_FEATURE_IDS), idToken),
	measure: list(
		fc.tuple(numberIn(LIMITS.lon), numberIn(LIMITS.pointLat)).map(([a, b]) => `${a},${b}`),
		';',
		8
	),
	units: pick(fc.constantFrom(...UNITS), idToken),
	theme: pick(fc.constantFrom(...THEME_NAMES), idToken),
	controls: list(pick(fc.constantFrom(...CONTROLS), idToken), ',', 7),
	story: pick(
		fc.integer({ min: 0, max: PASSAGE_COUNT + 2 }).map((n) => `p-${n}`),
		idToken
	)
};

const nameArb = fc.oneof(
	fc.constantFrom(...PARAM_NAMES),
	fc.constantFrom('View', 'LAYERS', 'zoom', 'utm_source', '', '__proto__'),
	fc.string({ maxLength: 6 })
);

const pairArb = fc.oneof(
	{
		weight: 6,
		arbitrary: fc
			.constantFrom(...PARAM_NAMES)
			.chain((name) => valueFor[name].map((value) => [name, value] as const))
	},
	{ weight: 1, arbitrary: fc.tuple(nameArb, nearValueArb) }
);

/** Query strings built from (name, value) pairs, some encoded, some raw (malformed % escapes). */
export const structuredQueryArb: fc.Arbitrary<string> = fc
	.array(fc.tuple(pairArb, fc.boolean()), { maxLength: 9 })
	.map((pairs) =>
		pairs
			.map(([[k, v], encode]) =>
				encode ? `${encodeURIComponent(k)}=${encodeURIComponent(v)}` : `${k}=${v}`
			)
			.join('&')
	);

/** Anything at all, including lone surrogates and control characters. */
export const rawQueryArb: fc.Arbitrary<string> = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 200 }),
	fc.string({ unit: 'grapheme', maxLength: 200 }),
	fc
		.array(fc.constantFrom(...PARAM_NAMES, '=', '&', '/', ',', ';', '%', '1', '-', '.', 'e'), {
			maxLength: 80
		})
		.map((a) => a.join(''))
);
