import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '$lib/layers/layer-ids';
import { PARAM_NAMES, URL_PARAMETERS } from '$lib/embed/docs';
import {
	KNOWN_FEATURE_IDS,
	mapStateArb,
	rawQueryArb,
	structuredQueryArb,
	viewArb
} from './arbitraries';
import { DEFAULT_MAP_STATE, defaultMapState, isValidMapState, type MapState } from './map-state';
import {
	CODECS,
	MAX_PARAM_LENGTH,
	canonicalMapState,
	canonicalView,
	coordinateDecimals,
	formatDecimal,
	parseDecimal,
	parseMapState,
	serialiseMapState,
	stateSearch,
	toQueryString,
	type ParseContext
} from './url';

const ctx: ParseContext = { knownFeatureIds: KNOWN_FEATURE_IDS, embed: true };
const parse = (query: string, c: ParseContext = ctx) =>
	parseMapState(new URLSearchParams(query), c);
const parseOne = <K extends keyof typeof CODECS>(name: K, raw: string) =>
	CODECS[name].parse(raw, ctx);

describe('parseDecimal', () => {
	it.each([
		['1', 1],
		[' 2.5 ', 2.5],
		['+5', 5],
		['-0', 0],
		['.5', 0.5],
		['5.', 5],
		['1e2', 100],
		['1E-2', 0.01]
	])('%j → %s', (s, n) => expect(Object.is(parseDecimal(s), n)).toBe(true));
	it.each([
		'',
		' ',
		'NaN',
		'Infinity',
		'-Infinity',
		'1e400',
		'-1e400',
		'0x10',
		'1,5',
		'1_0',
		'--1',
		'1e',
		'e1',
		'.',
		'١',
		'１',
		'1 2'
	])('rejects %j', (s) => expect(parseDecimal(s)).toBeNull());
	it('rejects absurdly long numbers without scanning them', () => {
		expect(parseDecimal('1'.repeat(100_000))).toBeNull();
	});
});

describe('formatDecimal', () => {
	it('drops trailing zeros, never writes -0 or exponents', () => {
		expect(formatDecimal(1.5, 3)).toBe('1.5');
		expect(formatDecimal(2, 2)).toBe('2');
		expect(formatDecimal(-0.0001, 2)).toBe('0');
		expect(formatDecimal(1e-8, 8)).toBe('0.00000001');
		expect(formatDecimal(-12.3456, 2)).toBe('-12.35');
	});
});

describe('coordinateDecimals (MapLibre hash precision)', () => {
	it.each([
		[0, 1],
		[2, 2],
		[5, 2],
		[7.5, 3],
		[10, 4],
		[16, 6],
		[24, 8]
	])('zoom %s → %s decimals', (z, d) => expect(coordinateDecimals(z)).toBe(d));
});

describe('view codec', () => {
	it('parses ZOOM/LAT/LON with optional bearing and pitch', () => {
		expect(parseOne('view', '7/38.5/71.2')).toEqual({
			value: { zoom: 7, lat: 38.5, lon: 71.2, bearing: 0, pitch: 0 }
		});
		expect(parseOne('view', '7/38.5/71.2/45')).toEqual({
			value: { zoom: 7, lat: 38.5, lon: 71.2, bearing: 45, pitch: 0 }
		});
		expect(parseOne('view', ' 7 / 38.5 / 71.2 / 370 / 60 ')).toEqual({
			value: { zoom: 7, lat: 38.5, lon: 71.2, bearing: 10, pitch: 60 }
		});
	});
	it('wraps bearing into (−180, 180]', () => {
		expect(parseOne('view', '1/0/0/-180')).toMatchObject({ value: { bearing: 180 } });
		expect(parseOne('view', '1/0/0/190')).toMatchObject({ value: { bearing: -170 } });
	});
	it.each([
		['', 'empty'],
		['   ', 'empty'],
		['7/38.5', 'ZOOM/LAT/LON'],
		['7/38.5/71/0/0/0', 'ZOOM/LAT/LON'],
		['NaN/38/71', 'zoom “NaN” is not a number'],
		['7/Infinity/71', 'latitude “Infinity” is not a number'],
		['7/38/1e400', 'longitude “1e400” is not a number'],
		['7/38/71/abc', 'bearing “abc” is not a number'],
		['7/38/71/0/', 'pitch “” is not a number'],
		['25/38/71', 'zoom must be between 0 and 24'],
		['-1/38/71', 'zoom must be between 0 and 24'],
		['7/86/71', 'latitude must be between'],
		['7/38/181', 'longitude must be between'],
		['7/38/71/0/86', 'pitch must be between 0 and 85'],
		['0x7/38/71', 'not a number']
	])('rejects %j (%s)', (raw, why) => {
		const r = parseOne('view', raw);
		expect('value' in r).toBe(false);
		expect(r.notice).toContain(why);
		expect(r.notice).toContain('view');
	});
	it('serialises with zoom-dependent precision, bearing and pitch only when set', () => {
		const s = CODECS.view.serialise;
		expect(s(null)).toBeNull();
		expect(s({ zoom: 7.123456, lat: 38.123456789, lon: 71.987654321, bearing: 0, pitch: 0 })).toBe(
			'7.12/38.123/71.988'
		);
		expect(s({ zoom: 14, lat: 38.123456789, lon: 71.987654321, bearing: 0, pitch: 0 })).toBe(
			'14/38.12346/71.98765'
		);
		expect(s({ zoom: 3, lat: 1, lon: 2, bearing: 12.34, pitch: 0 })).toBe('3/1/2/12.3');
		expect(s({ zoom: 3, lat: 1, lon: 2, bearing: 0, pitch: 44.6 })).toBe('3/1/2/0/45');
		expect(s({ zoom: 3, lat: 1, lon: 2, bearing: -179.99, pitch: 0 })).toBe('3/1/2/180');
		expect(s({ zoom: 0, lat: 85.051129, lon: -180, bearing: 0, pitch: 0 })).toBe('0/85/-180');
		expect(s({ zoom: 0, lat: -0.01, lon: -0.01, bearing: -0.01, pitch: 0 })).toBe('0/0/0');
	});
	it('canonicalView is idempotent and always valid', () => {
		fc.assert(
			fc.property(viewArb, (v) => {
				const c = canonicalView(v);
				expect(canonicalView(c)).toEqual(c);
				expect(isValidMapState({ ...defaultMapState(), view: c })).toBe(true);
			}),
			{ numRuns: 1000 }
		);
	});
});

describe('layers codec', () => {
	it('keeps known ids in canonical order, without repeats, case-insensitively', () => {
		expect(parseOne('layers', 'rivers,GBAO, tj-af-border ,rivers,')).toEqual({
			value: ['tj-af-border', 'gbao', 'rivers']
		});
	});
	it('empty means no layer', () => {
		expect(parseOne('layers', '')).toEqual({ value: [] });
		expect(parseOne('layers', ' , ')).toEqual({ value: [] });
	});
	it('drops unknown ids with a notice naming them', () => {
		const r = parseOne('layers', 'gbao,roads,<b>x</b>');
		expect(r).toMatchObject({ value: ['gbao'] });
		expect(r.notice).toContain('“roads”');
		expect(r.notice).toContain('“‹b›x‹/b›”');
		expect(r.notice).not.toMatch(/[<>]/);
	});
	it('ignores the parameter when no id is known', () => {
		const r = parseOne('layers', 'roads,__proto__');
		expect('value' in r).toBe(false);
		expect(r.notice).toContain('default layers');
	});
	it('lists at most three unknown ids', () => {
		expect(parseOne('layers', 'a,b,c,d,e,gbao').notice).toContain('and 2 more');
	});
	it('serialises the default as nothing, others canonically', () => {
		expect(CODECS.layers.serialise([...DEFAULT_MAP_STATE.layers].reverse())).toBeNull();
		expect(CODECS.layers.serialise([])).toBe('');
		expect(CODECS.layers.serialise(['gbao', 'tj-af-border'])).toBe('tj-af-border,gbao');
	});
});

describe('select codec', () => {
	it('accepts known feature ids (trimmed, any case)', () => {
		expect(parseOne('select', ' Kharbmaydon ')).toEqual({ value: 'kharbmaydon' });
		expect(parseOne('select', '')).toEqual({ value: null });
	});
	it.each([
		'nowhere',
		'__proto__',
		'constructor',
		'<script>alert(1)</script>',
		'gbao,dushanbe',
		'гбао'
	])('rejects %j politely', (raw) => {
		const r = parseOne('select', raw);
		expect('value' in r).toBe(false);
		expect(r.notice).toMatch(/select value “.*” could not be used/);
		expect(r.notice).not.toMatch(/[<>]/);
	});
});

describe('measure codec', () => {
	it('parses LON,LAT;LON,LAT and tolerates spaces and a trailing ;', () => {
		expect(parseOne('measure', '68.77,38.56; 69.2 , 37.9;')).toEqual({
			value: [
				[68.77, 38.56],
				[69.2, 37.9]
			]
		});
		expect(parseOne('measure', '')).toEqual({ value: [] });
	});
	it('accepts 100 points, rejects 101', () => {
		const pts = (n: number) => Array.from({ length: n }, (_, i) => `${i / 10},1`).join(';');
		expect(parseOne('measure', pts(100))).toMatchObject({ value: expect.any(Array) });
		expect(parseOne('measure', pts(101)).notice).toContain('101 points, at most 100');
	});
	it.each([
		['68,38', 'at least two points'],
		['68,38;', 'at least two points'],
		['68,38;;69,37', 'point 2'],
		['68,38;69', 'point 2'],
		['68,38;69,37,1', 'point 2'],
		['68,38;NaN,37', 'point 2'],
		['68,38;69,Infinity', 'point 2'],
		['181,38;69,37', 'point 1: longitude must be between'],
		['68,-91;69,37', 'point 1: latitude must be between'],
		['68 38;69 37', 'point 1']
	])('rejects %j (%s)', (raw, why) => {
		const r = parseOne('measure', raw);
		expect('value' in r).toBe(false);
		expect(r.notice).toContain(why);
	});
	it('serialises points to 6 decimals', () => {
		expect(
			CODECS.measure.serialise([
				[68.1234567, 38.5],
				[-0.0000001, 90]
			])
		).toBe('68.123457,38.5;0,90');
		expect(CODECS.measure.serialise([])).toBeNull();
	});
});

describe('units, theme and controls codecs', () => {
	it('parse enumerations case-insensitively and omit defaults', () => {
		expect(parseOne('units', ' NMI ')).toEqual({ value: 'nmi' });
		expect(parseOne('theme', 'Dark')).toEqual({ value: 'dark' });
		expect(CODECS.units.serialise('km')).toBeNull();
		expect(CODECS.theme.serialise('light')).toBeNull();
		expect(CODECS.units.serialise('mi')).toBe('mi');
	});
	it.each([
		['units', 'feet'],
		['units', ''],
		['theme', 'sepia'],
		['theme', '<style>']
	] as const)('%s rejects %j', (name, raw) => {
		const r = parseOne(name, raw);
		expect('value' in r).toBe(false);
		expect(r.notice).toContain(name);
	});
	it('controls: canonical order, empty = none, attribution dropped silently', () => {
		expect(parseOne('controls', 'search,zoom,attribution,zoom')).toEqual({
			value: ['zoom', 'search']
		});
		expect(parseOne('controls', '')).toEqual({ value: [] });
		expect(parseOne('controls', 'zoom,compass')).toMatchObject({ value: ['zoom'] });
		expect(parseOne('controls', 'zoom,compass').notice).toBe(
			'The link’s controls value names an unknown control (“compass”), which was ignored; ' +
				'the valid controls are zoom, legend, measure, search, fullscreen. Shown: zoom.'
		);
		expect(parseOne('controls', 'compass,minimap').notice).toBe(
			'The link’s controls value “compass,minimap” could not be used (unknown controls ' +
				'“compass”, “minimap”; the valid controls are zoom, legend, measure, search, ' +
				'fullscreen), so the default controls are shown (zoom, legend, fullscreen).'
		);
		expect(CODECS.controls.serialise(['fullscreen', 'zoom', 'legend'])).toBeNull();
		expect(CODECS.controls.serialise([])).toBe('');
	});
});

describe('parseMapState', () => {
	it('an empty query is the default state', () => {
		expect(parse('')).toEqual({ state: defaultMapState(), notices: [] });
	});
	it('applies every valid parameter', () => {
		const { state, notices } = parse(
			'view=8/38.5/69.1/10/20&layers=gbao&select=gbao&measure=68,38;69,37&units=mi&theme=dark&controls=zoom'
		);
		expect(notices).toEqual([]);
		expect(state).toEqual({
			view: { zoom: 8, lat: 38.5, lon: 69.1, bearing: 10, pitch: 20 },
			layers: ['gbao'],
			select: 'gbao',
			measure: [
				[68, 38],
				[69, 37]
			],
			units: 'mi',
			theme: 'dark',
			controls: ['zoom'],
			story: null
		} satisfies MapState);
	});
	it('ignores one bad value with a notice and keeps the rest', () => {
		const { state, notices } = parse('view=abc&units=mi&select=nowhere');
		expect(state.view).toBeNull();
		expect(state.units).toBe('mi');
		expect(state.select).toBeNull();
		expect(notices.map((n) => n.param)).toEqual(['view', 'select']);
		expect(notices[0]).toMatchObject({ param: 'view', value: '“abc”' });
	});
	it('first repeated parameter wins, with a notice when the repeats differ', () => {
		const a = parse('units=mi&units=nmi');
		expect(a.state.units).toBe('mi');
		expect(a.notices).toHaveLength(1);
		expect(a.notices[0]?.message).toContain('2 times');
		expect(parse('units=mi&units=mi').notices).toEqual([]);
		expect(parse('units=bad&units=mi').state.units).toBe('km');
	});
	it('decodes + and %20 as spaces, which are trimmed', () => {
		expect(parse('view=7/+38.5/71&units=+mi+').state).toMatchObject({
			view: { lat: 38.5 },
			units: 'mi'
		});
	});
	it('ignores unknown and differently-cased parameter names silently', () => {
		expect(parse('utm_source=x&View=1/2/3&__proto__=1').notices).toEqual([]);
	});
	it('parses controls everywhere but only speaks about them on /embed', () => {
		const home = parse('controls=zoom,nope', { ...ctx, embed: false });
		expect(home.state.controls).toEqual(['zoom']);
		expect(home.notices).toEqual([]);
		expect(parse('controls=zoom,nope').notices).toHaveLength(1);
	});
	it('never echoes markup in notices', () => {
		const { notices } = parse(
			`view=<script>alert(1)</script>&layers=<img src=x onerror=alert(1)>&select=%3Csvg%3E&units=<i>`
		);
		expect(notices).toHaveLength(4);
		for (const n of notices) expect(n.message + n.value).not.toMatch(/[<>]/);
	});
	it('handles 100 KB inputs without failing (speed is for bench, not tests)', () => {
		const big = 'x'.repeat(100_000);
		const nasty = [
			`view=${'1'.repeat(100_000)}`,
			`layers=${'gbao,'.repeat(20_000)}`,
			`measure=${'1,1;'.repeat(25_000)}`,
			`measure=${'1'.repeat(MAX_PARAM_LENGTH)}`,
			`measure=${'1,1;'.repeat(2000)}`,
			`select=${big}`,
			`units=${big}`,
			`controls=${','.repeat(8000)}`,
			`view=${'/'.repeat(8000)}`,
			'&'.repeat(100_000),
			`${'view=1/2/3&'.repeat(10_000)}`,
			`view=${'9'.repeat(60)}e${'9'.repeat(8000)}`
		];
		for (const query of nasty) {
			const { state, notices } = parse(query);
			expect(isValidMapState(state)).toBe(true);
			for (const n of notices) expect(n.message.length).toBeLessThan(600);
		}
	});
});

describe('serialiseMapState', () => {
	it('writes nothing for the default state', () => {
		expect(serialiseMapState(defaultMapState(), { embed: true }).toString()).toBe('');
		expect(stateSearch(defaultMapState(), { embed: false })).toBe('');
	});
	it('writes in the documented order, controls only for embeds', () => {
		const state: MapState = {
			view: { zoom: 5, lat: 38, lon: 70, bearing: 0, pitch: 0 },
			layers: ['gbao'],
			select: 'gbao',
			measure: [
				[68, 38],
				[69, 37]
			],
			units: 'nmi',
			theme: 'dark',
			controls: [],
			// never beside select, measure and view in a parsed state; the serialiser writes what it is given
			story: 'p-3'
		};
		expect([...serialiseMapState(state, { embed: true }).keys()]).toEqual([...PARAM_NAMES]);
		expect([...serialiseMapState(state, { embed: false }).keys()]).not.toContain('controls');
		expect([...serialiseMapState(state, { embed: false }).keys()]).not.toContain('story');
		expect(stateSearch(state, { embed: true })).toBe(
			'?view=5/38/70&layers=gbao&select=gbao&measure=68,38;69,37&units=nmi&theme=dark&controls=&story=p-3'
		);
	});
	it('escapes what must be escaped in toQueryString', () => {
		const p = new URLSearchParams([['a b', 'x&y=z/1,2;3:4#?%+']]);
		const qs = toQueryString(p);
		expect(qs).toBe('a%20b=x%26y%3Dz/1,2;3:4%23%3F%25%2B');
		expect([...new URLSearchParams(qs)]).toEqual([...p]);
	});
	it('round-trips every valid state: parse(serialise(s)) == canonical(s), no notices (1,000 runs)', () => {
		fc.assert(
			fc.property(mapStateArb, (s) => {
				const canonical = canonicalMapState(s);
				const qs = toQueryString(serialiseMapState(s, { embed: true }));
				const back = parse(qs);
				expect(back.notices).toEqual([]);
				expect(back.state).toEqual(canonical);
				expect(isValidMapState(back.state, { knownFeatureIds: KNOWN_FEATURE_IDS })).toBe(true);
				// Serialising is stable: the canonical state writes the same URL.
				expect(toQueryString(serialiseMapState(canonical, { embed: true }))).toBe(qs);
				// Off /embed, controls are not written, so they come back as the default.
				const home = parseMapState(serialiseMapState(s, { embed: false }), {
					...ctx,
					embed: false
				});
				expect(home.state).toEqual({
					...canonical,
					controls: DEFAULT_MAP_STATE.controls,
					story: null
				});
			}),
			{ numRuns: 1000 }
		);
	});
	it('documents exactly the parameters it writes', () => {
		expect(Object.keys(CODECS).sort()).toEqual([...PARAM_NAMES].sort());
		expect(Object.keys(DEFAULT_MAP_STATE).sort()).toEqual([...PARAM_NAMES].sort());
		expect(URL_PARAMETERS.map((d) => d.name)).toEqual([...PARAM_NAMES]);
		for (const doc of URL_PARAMETERS) {
			expect(CODECS[doc.name].name).toBe(doc.name);
			expect(doc.syntax.startsWith(`${doc.name}=`), doc.name).toBe(true);
		}
	});
	it('every documented example parses without a notice and round-trips', () => {
		for (const doc of URL_PARAMETERS) {
			const r = CODECS[doc.name].parse(doc.example, ctx);
			expect(r, doc.name).not.toHaveProperty('notice');
			if (!('value' in r)) throw new Error(doc.name);
			const state = { ...defaultMapState(), [doc.name]: r.value };
			expect(serialiseMapState(state, { embed: true }).get(doc.name)).toBe(doc.example);
		}
		expect(LAYER_IDS.length).toBeGreaterThan(0);
	});
});

describe('parseMapState fuzz', () => {
	// Plain checks, not expect(): 10,000 runs must stay fast. A failure throws and fast-check shrinks.
	const assert = (ok: boolean, what: string) => {
		if (!ok) throw new Error(what);
	};
	const check = (query: string) => {
		const { state, notices } = parseMapState(new URLSearchParams(query), ctx);
		assert(isValidMapState(state, { knownFeatureIds: KNOWN_FEATURE_IDS }), 'invalid state');
		assert(notices.length <= 2 * PARAM_NAMES.length, 'too many notices');
		for (const n of notices) {
			assert(PARAM_NAMES.includes(n.param), `notice for ${n.param}`);
			// eslint-disable-next-line no-control-regex -- notices must not carry control characters
			assert(!/[<>\u0000-\u0008\u202e]/.test(n.message), `unsafe notice ${n.message}`);
			assert(n.message.length < 600, 'notice too long');
		}
		// Whatever was read can be written and read back exactly.
		const again = parseMapState(serialiseMapState(state, { embed: true }), ctx);
		assert(again.notices.length === 0, `re-read gave notices: ${again.notices[0]?.message}`);
		assert(
			JSON.stringify(again.state) === JSON.stringify(canonicalMapState(state)),
			'round trip differs'
		);
	};
	it('structured near-valid queries (10,000 runs)', () => {
		fc.assert(fc.property(structuredQueryArb, check), { numRuns: 10_000 });
	});
	it('arbitrary strings (10,000 runs)', () => {
		fc.assert(fc.property(rawQueryArb, check), { numRuns: 10_000 });
	});
});
