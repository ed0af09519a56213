import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '$lib/layers/layer-ids';
import { KNOWN_FEATURE_IDS, mapStateArb, pointArb, viewArb } from '$lib/state/arbitraries';
import {
	DEFAULT_MAP_STATE,
	THEME_NAMES,
	UNITS,
	defaultMapState,
	isValidMapState
} from '$lib/state/map-state';
import { INBOUND_MESSAGES, OUTBOUND_MESSAGES } from './docs';
import { applyCommand } from './host-commands';
import { INBOUND_TYPES, outbound } from './messages';
import { isAllowedOrigin, normaliseOrigin, parseAllowedOrigins } from './origin';
import { parseInboundMessage, type InboundResult } from './protocol';

const ctx = { knownFeatureIds: KNOWN_FEATURE_IDS };
const parse = (data: unknown) => parseInboundMessage(data, ctx);
const T = { target: 'frontier-map' } as const;
const errorOf = (r: InboundResult) => (r.kind === 'error' ? r.message : `not an error: ${r.kind}`);

describe('outbound builders', () => {
	it('build exactly the documented messages', () => {
		const byType = Object.fromEntries(OUTBOUND_MESSAGES.map((m) => [m.type, m.example]));
		expect(outbound.ready('en')).toEqual(byType.ready);
		expect(outbound.select('gbao')).toEqual(byType.select);
		expect(
			outbound.viewchange({ zoom: 7.5, lat: 38.56, lon: 68.77, bearing: 0, pitch: 0 })
		).toEqual(byType.viewchange);
		expect(
			outbound.measure(81234.5, [
				[68.7739, 38.5598],
				[69.2, 37.9]
			])
		).toEqual(byType.measure);
		expect(outbound.layers(['gbao', 'tj-af-border'])).toEqual(byType.layers);
		expect(
			outbound.state({
				view: { zoom: 7.5, lat: 38.56, lon: 68.77, bearing: 0, pitch: 0 },
				layers: ['tj-af-border', 'gbao'],
				select: 'kharbmaydon',
				measure: [],
				units: 'km',
				theme: 'light',
				controls: ['zoom', 'legend'],
				story: null
			})
		).toEqual(byType.state);
		expect(outbound.resize(540)).toEqual(byType.resize);
		expect(outbound.error('Unknown message type “zoom”.')).toEqual(byType.error);
		expect(Object.keys(outbound).sort()).toEqual(OUTBOUND_MESSAGES.map((m) => m.type).sort());
	});
	it('copy their inputs and survive structured clone', () => {
		const view = { zoom: 1, lat: 2, lon: 3, bearing: 4, pitch: 5, extra: 'x' };
		const msg = outbound.viewchange(view);
		expect(msg).toEqual({
			source: 'frontier-map',
			type: 'viewchange',
			view: { zoom: 1, lat: 2, lon: 3, bearing: 4, pitch: 5 }
		});
		const points: [number, number][] = [
			[1, 2],
			[3, 4]
		];
		const m = outbound.measure(10, points);
		points[0]![0] = 99;
		expect(m).toMatchObject({
			points: [
				[1, 2],
				[3, 4]
			]
		});
		expect(structuredClone(m)).toEqual(m);
	});
	it('round resize heights up and cut long errors', () => {
		expect(outbound.resize(540.2)).toMatchObject({ height: 541 });
		expect(outbound.resize(-3)).toMatchObject({ height: 0 });
		const e = outbound.error('x'.repeat(1000));
		expect(e.type === 'error' && e.message.length).toBe(300);
	});
	it('select(null) reports a cleared selection', () => {
		expect(outbound.select(null)).toEqual({ source: 'frontier-map', type: 'select', id: null });
	});
});

describe('parseInboundMessage: accepted commands', () => {
	it('parses every documented example', () => {
		for (const doc of INBOUND_MESSAGES) {
			const r = parse(structuredClone(doc.example));
			expect(r.kind, doc.type).toBe('command');
			expect(r.kind === 'command' && r.command.type).toBe(doc.type);
		}
		expect(INBOUND_TYPES).toEqual([
			'setView',
			'select',
			'setLayers',
			'measure',
			'setTheme',
			'setUnits',
			'getState'
		]);
	});
	it('setView defaults bearing and pitch to 0 and wraps bearing like the URL', () => {
		expect(parse({ ...T, type: 'setView', view: { zoom: 9, lat: 37.3, lon: 68.4 } })).toEqual({
			kind: 'command',
			command: { type: 'setView', view: { zoom: 9, lat: 37.3, lon: 68.4, bearing: 0, pitch: 0 } }
		});
		expect(
			parse({ ...T, type: 'setView', view: { zoom: 9, lat: 37, lon: 68, bearing: 190, pitch: 10 } })
		).toMatchObject({ command: { view: { bearing: -170, pitch: 10 } } });
	});
	it('select accepts a known id or null', () => {
		expect(parse({ ...T, type: 'select', id: 'gbao' })).toEqual({
			kind: 'command',
			command: { type: 'select', id: 'gbao' }
		});
		expect(parse({ ...T, type: 'select', id: null })).toEqual({
			kind: 'command',
			command: { type: 'select', id: null }
		});
	});
	it('setLayers dedupes and orders; [] hides all', () => {
		expect(parse({ ...T, type: 'setLayers', layers: ['rivers', 'gbao', 'gbao'] })).toEqual({
			kind: 'command',
			command: { type: 'setLayers', layers: ['gbao', 'rivers'] }
		});
		expect(parse({ ...T, type: 'setLayers', layers: [] })).toMatchObject({
			command: { layers: [] }
		});
	});
	it('measure takes 2…100 points, or [] to clear', () => {
		expect(parse({ ...T, type: 'measure', points: [] })).toMatchObject({ command: { points: [] } });
		const hundred = Array.from({ length: 100 }, (_, i) => [i, i / 2]);
		expect(parse({ ...T, type: 'measure', points: hundred })).toMatchObject({ kind: 'command' });
	});
	it('setTheme, setUnits and getState', () => {
		expect(parse({ ...T, type: 'setTheme', theme: 'dark' })).toEqual({
			kind: 'command',
			command: { type: 'setTheme', theme: 'dark' }
		});
		expect(parse({ ...T, type: 'setUnits', units: 'nmi' })).toEqual({
			kind: 'command',
			command: { type: 'setUnits', units: 'nmi' }
		});
		expect(parse({ ...T, type: 'getState' })).toEqual({
			kind: 'command',
			command: { type: 'getState' }
		});
	});
	it('ignores extra fields', () => {
		expect(parse({ ...T, type: 'select', id: 'gbao', source: 'x', extra: { a: 1 } }).kind).toBe(
			'command'
		);
	});
});

describe('parseInboundMessage: ignored silently', () => {
	it.each([
		['undefined', undefined],
		['null', null],
		['a string', 'frontier-map'],
		['a number', 42],
		['an array', ['frontier-map']],
		['no target', { type: 'select', id: 'gbao' }],
		['another target', { target: 'other-map', type: 'select', id: 'gbao' }],
		['our own outbound message', { source: 'frontier-map', type: 'ready' }],
		['target in a different case', { target: 'Frontier-Map', type: 'select', id: 'gbao' }],
		['target inherited, not own', Object.create({ target: 'frontier-map' })],
		['a function', () => ({ ...T })]
	])('%s', (_, data) => {
		expect(parse(data)).toEqual({ kind: 'ignore' });
	});
	it('does not run a getter for target', () => {
		let called = false;
		const data = {
			get target() {
				called = true;
				return 'frontier-map';
			}
		};
		expect(parse(data)).toEqual({ kind: 'ignore' });
		expect(called).toBe(false);
	});
	it('revoked proxies', () => {
		const { proxy, revoke } = Proxy.revocable({ ...T, type: 'select', id: 'gbao' }, {});
		revoke();
		expect(parse(proxy)).toEqual({ kind: 'ignore' });
	});
});

describe('parseInboundMessage: answered with an error', () => {
	it.each([
		['unknown type', { ...T, type: 'zoomTo' }, 'Unknown message type “zoomTo”'],
		['no type', { ...T }, 'has no type'],
		['type not a string', { ...T, type: 7 }, 'Unknown message type 7'],
		['markup type', { ...T, type: '<img src=x onerror=alert(1)>' }, '‹img'],
		['setView without view', { ...T, type: 'setView' }, 'view'],
		['setView with a string', { ...T, type: 'setView', view: '7/38/71' }, 'view'],
		[
			'setView zoom NaN',
			{ ...T, type: 'setView', view: { zoom: NaN, lat: 1, lon: 1 } },
			'view.zoom'
		],
		[
			'setView lat Infinity',
			{ ...T, type: 'setView', view: { zoom: 1, lat: Infinity, lon: 1 } },
			'view.lat'
		],
		[
			'setView zoom as string',
			{ ...T, type: 'setView', view: { zoom: '7', lat: 1, lon: 1 } },
			'view.zoom'
		],
		[
			'setView zoom out of range',
			{ ...T, type: 'setView', view: { zoom: 25, lat: 1, lon: 1 } },
			'zoom must be between 0 and 24'
		],
		[
			'setView pitch out of range',
			{ ...T, type: 'setView', view: { zoom: 5, lat: 1, lon: 1, pitch: 90 } },
			'pitch'
		],
		[
			'setView lat out of range',
			{ ...T, type: 'setView', view: { zoom: 5, lat: 86, lon: 1 } },
			'latitude'
		],
		['select unknown id', { ...T, type: 'select', id: 'atlantis' }, 'no feature “atlantis”'],
		['select number', { ...T, type: 'select', id: 3 }, 'id'],
		['select missing id', { ...T, type: 'select' }, 'id'],
		[
			'setLayers unknown',
			{ ...T, type: 'setLayers', layers: ['gbao', 'roads'] },
			'unknown layer id “roads”'
		],
		['setLayers string', { ...T, type: 'setLayers', layers: 'gbao' }, 'layers'],
		[
			'setLayers too many',
			{ ...T, type: 'setLayers', layers: Array(500).fill('gbao') },
			'at most 100'
		],
		['measure one point', { ...T, type: 'measure', points: [[1, 2]] }, 'at least 2 points'],
		[
			'measure 101 points',
			{ ...T, type: 'measure', points: Array(101).fill([1, 2]) },
			'at most 100'
		],
		[
			'measure 10⁶ points',
			{ ...T, type: 'measure', points: Array(1e6).fill([1, 2]) },
			'at most 100'
		],
		['measure bad pair', { ...T, type: 'measure', points: [[1, 2], [1]] }, 'points.1'],
		[
			'measure triple',
			{
				...T,
				type: 'measure',
				points: [
					[1, 2],
					[1, 2, 3]
				]
			},
			'points.1'
		],
		[
			'measure out of range',
			{
				...T,
				type: 'measure',
				points: [
					[1, 2],
					[1, 91]
				]
			},
			'points[1]: latitude'
		],
		[
			'measure as objects',
			{
				...T,
				type: 'measure',
				points: [
					{ lon: 1, lat: 2 },
					{ lon: 1, lat: 2 }
				]
			},
			'points.0'
		],
		['bigint zoom', { ...T, type: 'setView', view: { zoom: 1n, lat: 1, lon: 1 } }, 'view.zoom'],
		['setTheme unknown', { ...T, type: 'setTheme', theme: 'sepia' }, 'light, dark'],
		['setTheme missing', { ...T, type: 'setTheme' }, 'theme'],
		['setUnits unknown', { ...T, type: 'setUnits', units: 'ft' }, 'km, mi, nmi'],
		['setUnits upper case', { ...T, type: 'setUnits', units: 'KM' }, 'units']
	])('%s', (_, data, fragment) => {
		const message = errorOf(parse(data));
		expect(message).toContain(fragment);
		expect(message).not.toMatch(/[<>]/);
	});
});

describe('parseInboundMessage: hostile input never throws', () => {
	it('throwing getters on fields are never run', () => {
		const data = {
			...T,
			type: 'setView',
			get view() {
				throw new Error('boom');
			}
		};
		expect(errorOf(parse(data))).toContain('view');
		const nested = {
			...T,
			type: 'setView',
			view: Object.defineProperty({ lat: 1, lon: 1 }, 'zoom', {
				enumerable: true,
				get() {
					throw new Error('boom');
				}
			})
		};
		expect(errorOf(parse(nested))).toContain('view.zoom');
	});
	it('proxies whose traps throw', () => {
		const p = new Proxy(
			{ ...T, type: 'select', id: 'gbao' },
			{
				ownKeys() {
					throw new Error('trap');
				}
			}
		);
		expect(errorOf(parse(p))).toContain('could not be read');
		const everything = new Proxy(
			{},
			{
				getOwnPropertyDescriptor() {
					throw new Error('trap');
				},
				get() {
					throw new Error('trap');
				},
				getPrototypeOf() {
					throw new Error('trap');
				}
			}
		);
		expect(parse(everything)).toEqual({ kind: 'ignore' });
	});
	it('cyclic objects', () => {
		const data: Record<string, unknown> = { ...T, type: 'setView' };
		data.view = data;
		expect(parse(data).kind).toBe('error');
		const arr: unknown[] = [];
		arr.push(arr, arr);
		expect(parse({ ...T, type: 'measure', points: arr }).kind).toBe('error');
	});
	it('prototype-pollution keys are neither followed nor copied', () => {
		const polluted = JSON.parse(
			'{"target":"frontier-map","type":"setLayers","__proto__":{"layers":["gbao"]},"constructor":{"prototype":{"polluted":1}}}'
		);
		expect(parse(polluted).kind).toBe('error');
		const viaView = JSON.parse(
			'{"target":"frontier-map","type":"setView","view":{"__proto__":{"zoom":1,"lat":1,"lon":1}}}'
		);
		expect(parse(viaView).kind).toBe('error');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(({} as Record<string, unknown>).layers).toBeUndefined();
	});
	it('deeply nested and very wide objects stay cheap', () => {
		let deep: unknown = { ...T, type: 'select', id: 'gbao' };
		for (let i = 0; i < 100_000; i++) deep = { ...T, type: 'setView', view: deep };
		const wide: Record<string, unknown> = { ...T, type: 'select', id: 'gbao' };
		for (let i = 0; i < 100_000; i++) wide[`k${i}`] = { a: [1, 2, 3] };
		expect(parse(deep).kind).toBe('error');
		expect(parse(wide).kind).toBe('command');
	});
});

describe('applyCommand', () => {
	it('returns a new valid state and leaves the input alone', () => {
		const before = defaultMapState();
		const after = applyCommand(before, { type: 'setLayers', layers: ['gbao'] });
		expect(after.layers).toEqual(['gbao']);
		expect(before).toEqual(DEFAULT_MAP_STATE);
	});
	it('sets theme and units; getState changes nothing', () => {
		const before = defaultMapState();
		expect(applyCommand(before, { type: 'setTheme', theme: 'dark' }).theme).toBe('dark');
		expect(applyCommand(before, { type: 'setUnits', units: 'mi' }).units).toBe('mi');
		const same = applyCommand(before, { type: 'getState' });
		expect(same).toEqual(before);
		expect(same).not.toBe(before);
	});
});

// ---------------------------------------------------------------------------------------------
// Fuzz

const assert = (ok: boolean, what: string) => {
	if (!ok) throw new Error(what);
};
const KINDS = new Set(['ignore', 'error', 'command']);

/** No throw; a known kind; errors are plain short text; commands keep any valid state valid. */
function checkResult(data: unknown, state = defaultMapState()) {
	const r = parseInboundMessage(data, ctx);
	assert(KINDS.has(r.kind), `kind ${r.kind}`);
	if (r.kind === 'error') {
		assert(typeof r.message === 'string' && r.message.length < 1000, 'error message');
		assert(!/[<>]/.test(r.message), `markup in ${r.message}`);
		const out = outbound.error(r.message);
		assert(JSON.stringify(out).length < 2000, 'error message too long');
	}
	if (r.kind === 'command') {
		const next = applyCommand(state, r.command);
		assert(isValidMapState(next, { knownFeatureIds: KNOWN_FEATURE_IDS }), 'invalid state');
	}
	return r;
}

const typeArb = fc.oneof(
	{ weight: 6, arbitrary: fc.constantFrom(...INBOUND_TYPES) },
	{
		weight: 1,
		arbitrary: fc.constantFrom('ready', 'resize', 'SETVIEW', '', '__proto__', 'toString')
	},
	{ weight: 1, arbitrary: fc.anything() }
);
const numberish = fc.oneof(
	{ weight: 6, arbitrary: fc.double() },
	{
		weight: 1,
		arbitrary: fc.constantFrom(
			NaN,
			Infinity,
			-Infinity,
			-0,
			Number('1e400'),
			5e-324,
			'7',
			null,
			undefined
		)
	},
	{ weight: 1, arbitrary: fc.anything() }
);
const nearView = fc.oneof(
	viewArb,
	fc.record(
		{ zoom: numberish, lat: numberish, lon: numberish, bearing: numberish, pitch: numberish },
		{ requiredKeys: [] }
	),
	fc.anything()
);
const nearLayers = fc.oneof(
	fc.subarray([...LAYER_IDS]),
	fc.array(fc.oneof(fc.constantFrom(...LAYER_IDS), fc.string(), fc.anything()), { maxLength: 12 }),
	fc.anything()
);
const nearPoints = fc.oneof(
	fc.array(pointArb, { maxLength: 102 }),
	fc.array(fc.oneof(fc.tuple(numberish, numberish), fc.array(numberish, { maxLength: 3 })), {
		maxLength: 5
	}),
	fc.anything()
);
const nearId = fc.oneof(fc.constantFrom(...KNOWN_FEATURE_IDS, null), fc.string(), fc.anything());
const nearTheme = fc.oneof(fc.constantFrom(...THEME_NAMES), fc.string(), fc.anything());
const nearUnits = fc.oneof(fc.constantFrom(...UNITS), fc.string(), fc.anything());

const nearMessage = fc.record(
	{
		target: fc.oneof(
			{ weight: 8, arbitrary: fc.constant('frontier-map') },
			{ weight: 1, arbitrary: fc.anything() }
		),
		type: typeArb,
		view: nearView,
		id: nearId,
		layers: nearLayers,
		points: nearPoints,
		theme: nearTheme,
		units: nearUnits,
		__proto__: fc.anything()
	},
	{ requiredKeys: ['target'] }
);

describe('parseInboundMessage fuzz', () => {
	it('near-valid messages (10,000 runs)', () => {
		fc.assert(
			fc.property(nearMessage, mapStateArb, (m, state) => void checkResult(m, state)),
			{ numRuns: 10_000 }
		);
	});
	it('arbitrary values, with and without our target (10,000 runs)', () => {
		fc.assert(
			fc.property(
				fc.anything({
					withBigInt: true,
					withMap: true,
					withSet: true,
					withDate: true,
					withTypedArray: true,
					withSparseArray: true,
					withNullPrototype: true,
					withObjectString: true,
					withBoxedValues: true
				}),
				fc.boolean(),
				(value, targeted) => {
					const data =
						targeted && typeof value === 'object' && value !== null && !Array.isArray(value)
							? Object.assign(value, T)
							: value;
					checkResult(data);
				}
			),
			{ numRuns: 10_000 }
		);
	});
	it('JSON round-tripped near-valid messages behave like the originals (what postMessage delivers)', () => {
		fc.assert(
			fc.property(nearMessage, (m) => {
				let json: unknown;
				try {
					json = JSON.parse(JSON.stringify(m));
				} catch {
					return; // bigint etc.
				}
				checkResult(json);
			}),
			{ numRuns: 2_000 }
		);
	});
});

describe('fuzz coverage', () => {
	it('near-valid messages reach every outcome', () => {
		const counts: Record<string, number> = {};
		for (const m of fc.sample(nearMessage, { numRuns: 2000, seed: 1 })) {
			const r = checkResult(m);
			const key = r.kind === 'command' ? r.command.type : r.kind;
			counts[key] = (counts[key] ?? 0) + 1;
		}
		for (const key of ['ignore', 'error', ...INBOUND_TYPES])
			expect(counts[key], key).toBeGreaterThan(20);
	});
});

describe('origins', () => {
	it('normaliseOrigin accepts bare http(s) origins only', () => {
		expect(normaliseOrigin('https://News.Example:443/')).toBe('https://news.example');
		expect(normaliseOrigin(' http://localhost:5173 ')).toBe('http://localhost:5173');
		expect(normaliseOrigin('https://bücher.example')).toBe('https://xn--bcher-kva.example');
		for (const bad of [
			'',
			'null',
			'*',
			'news.example',
			'ftp://a.example',
			'https://a.example/path',
			'https://a.example?x',
			'https://a.example#x',
			'https://u:p@a.example',
			'javascript:alert(1)',
			'https://'
		])
			expect(normaliseOrigin(bad), bad).toBeNull();
	});
	it('parseAllowedOrigins: unset/blank/* → any; invalid entries dropped and reported', () => {
		expect(parseAllowedOrigins(undefined)).toBeNull();
		expect(parseAllowedOrigins('  ')).toBeNull();
		expect(parseAllowedOrigins('*')).toBeNull();
		const dropped: string[] = [];
		expect(
			parseAllowedOrigins(
				'https://a.example, https://A.example/ ,,nonsense, http://b.example:8080',
				(e) => dropped.push(e)
			)
		).toEqual(['https://a.example', 'http://b.example:8080']);
		expect(dropped).toEqual(['nonsense']);
		expect(parseAllowedOrigins('nonsense')).toEqual([]);
	});
	it('isAllowedOrigin', () => {
		const list = parseAllowedOrigins('https://a.example');
		expect(isAllowedOrigin('https://evil.example', null)).toBe(true);
		expect(isAllowedOrigin('https://a.example', list)).toBe(true);
		expect(isAllowedOrigin('https://A.EXAMPLE:443', list)).toBe(true);
		expect(isAllowedOrigin('http://a.example', list)).toBe(false);
		expect(isAllowedOrigin('https://a.example.evil.example', list)).toBe(false);
		expect(isAllowedOrigin('null', list)).toBe(false);
		expect(isAllowedOrigin('https://a.example', [])).toBe(false);
	});
});
