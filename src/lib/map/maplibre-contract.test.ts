/**
 * Contract test: the part of MapLibre GL JS we use, checked against the real `maplibre-gl`
 * package, plus the calls `createMapHandle` makes on a map (against a fake that records them).
 *
 * How: `maplibre-gl` 6 is an ES module that imports in Node without `window` (only creating a
 * `Map`, a `NavigationControl` or a `FullscreenControl` needs a DOM or WebGL; jsdom is not
 * installed, and it has no WebGL anyway). So this test imports the real package and inspects
 * what it exports: every class, function and method we call must exist on the real prototypes,
 * must be a function, and must declare at least as many parameters as the most we pass (so no
 * argument we give is silently dropped). The parameter count is read from the method's source
 * (`Function.length` stops at the first default value). Option names we pass must be declared
 * in MapLibre's types (a `satisfies` below, checked by `npm run check`) and must appear in the
 * shipped bundle (`dist/maplibre-gl.mjs`; property names survive its minification), so an option
 * MapLibre stops reading shows up here. Instance-only properties (`map.style`) are checked the
 * same way, by name in the `Map` class source. Popup and the attribution and scale controls are
 * constructed for real.
 *
 * The lists below are data: calling a new map method means adding it here. A scan of our
 * sources (every file under src/ that imports maplibre-gl or uses `getMapContext()`) fails on
 * any `map.x` / `m.x`, `maplibregl.X`, named import, popup method or GeoJSON-source method that
 * is not listed, so the lists cannot fall behind the code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as maplibregl from 'maplibre-gl';
import type {
	AttributionControlOptions,
	FitBoundsOptions,
	FlyToOptions,
	JumpToOptions,
	Map as MapLibreMap,
	MapOptions,
	NavigationControlOptions,
	PopupOptions,
	QueryRenderedFeaturesOptions,
	ScaleControlOptions,
	StyleOptions,
	StyleSwapOptions
} from 'maplibre-gl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMapHandle } from './handle';

// ---------------------------------------------------------------------------------------------
// What we use, as data. The number is the most arguments any of our calls passes.

/** Methods we call on a maplibre `Map` (src/lib/map/**: MapView, handle, context, tools, layers). */
const MAP_METHODS = {
	addControl: 2,
	addLayer: 1,
	addSource: 2,
	fitBounds: 2,
	flyTo: 1,
	getBearing: 0,
	getCanvas: 0,
	getCenter: 0,
	getContainer: 0,
	getLayer: 1,
	getMaxZoom: 0,
	getMinZoom: 0,
	getPitch: 0,
	getPixelRatio: 0,
	getSource: 1,
	getVerticalFieldOfView: 0,
	getZoom: 0,
	isStyleLoaded: 0,
	jumpTo: 1,
	off: 3,
	on: 3,
	once: 2,
	queryRenderedFeatures: 2,
	remove: 0,
	removeLayer: 1,
	removeSource: 1,
	setFeatureState: 2,
	setLayoutProperty: 3,
	setMaxBounds: 1,
	setPaintProperty: 3,
	setPixelRatio: 1,
	setStyle: 2,
	triggerRepaint: 0
} as const satisfies { [K in keyof MapLibreMap]?: number };

/** Properties we read on a `Map` instance (not methods). */
const MAP_PROPERTIES = ['style'] as const satisfies readonly (keyof MapLibreMap)[];

/** Methods we call on a `Popup` (FeaturePopup.svelte). */
const POPUP_METHODS = {
	setLngLat: 1,
	setDOMContent: 1,
	addTo: 1,
	getElement: 0,
	on: 2,
	remove: 0
} as const satisfies { [K in keyof maplibregl.Popup]?: number };

/** Methods we call on a GeoJSON source got from `map.getSource(id) as GeoJSONSource`. */
const GEOJSON_SOURCE_METHODS = { setData: 1 } as const satisfies {
	[K in keyof maplibregl.GeoJSONSource]?: number;
};

/**
 * Runtime exports we use: `maplibregl.X` and named value imports from 'maplibre-gl'. (Pairs, not
 * an object: the module namespace has a `toString` export, which no object literal satisfies.)
 */
const EXPORTS = [
	['Map', 'class'],
	['Popup', 'class'],
	['AttributionControl', 'control'],
	['ScaleControl', 'control'],
	['NavigationControl', 'control'],
	['FullscreenControl', 'control'],
	['MapMouseEvent', 'class'],
	['LngLat', 'class'],
	['setWorkerUrl', 'function'],
	['prewarm', 'function']
] as const satisfies readonly (readonly [
	keyof typeof maplibregl,
	'class' | 'control' | 'function'
])[];

/** Option names we pass, per call; each list is checked against MapLibre's option type. */
const OPTIONS = {
	MapOptions: [
		'container',
		'style',
		'center',
		'zoom',
		'bearing',
		'pitch',
		'bounds',
		'fitBoundsOptions',
		'maxBounds',
		'maxZoom',
		'maxPitch',
		'transformConstrain',
		'attributionControl',
		'cooperativeGestures',
		'locale',
		'canvasContextAttributes'
	] satisfies (keyof MapOptions)[],
	PopupOptions: [
		'closeButton',
		'closeOnClick',
		'maxWidth',
		'focusAfterOpen',
		'className'
	] satisfies (keyof PopupOptions)[],
	AttributionControlOptions: ['compact'] satisfies (keyof AttributionControlOptions)[],
	ScaleControlOptions: ['unit'] satisfies (keyof ScaleControlOptions)[],
	NavigationControlOptions: ['visualizePitch'] satisfies (keyof NavigationControlOptions)[],
	FitBoundsOptions: ['padding', 'maxZoom', 'animate'] satisfies (keyof FitBoundsOptions)[],
	FlyToOptions: ['center', 'zoom', 'offset', 'animate'] satisfies (keyof FlyToOptions)[],
	JumpToOptions: ['center', 'zoom', 'bearing', 'pitch'] satisfies (keyof JumpToOptions)[],
	StyleSwapOptions: ['diff', 'transformStyle'] satisfies (keyof (StyleSwapOptions &
		StyleOptions))[],
	QueryRenderedFeaturesOptions: ['layers'] satisfies (keyof QueryRenderedFeaturesOptions)[]
};

/** Map events we listen to (`on`/`once`/`off`, in our code and in the e2e fixture). */
const MAP_EVENTS = [
	'click',
	'error',
	'idle',
	'load',
	'mousedown',
	'mouseenter',
	'mouseleave',
	'mousemove',
	'mouseout',
	'mouseup',
	'moveend',
	'pitch',
	'render',
	'resize',
	'rotate',
	'styledata'
] as const satisfies readonly (
	keyof maplibregl.MapEventType | keyof maplibregl.MapLayerEventType
)[];

// ---------------------------------------------------------------------------------------------
// Helpers

const ROOT = process.cwd();
const BUNDLE = readFileSync(join(ROOT, 'node_modules/maplibre-gl/dist/maplibre-gl.mjs'), 'utf8');

/** A method looked up along the prototype chain, as `obj.name` would find it. */
function methodOf(proto: object, name: string): unknown {
	for (let o: object | null = proto; o; o = Object.getPrototypeOf(o)) {
		const d = Object.getOwnPropertyDescriptor(o, name);
		if (d) return d.value ?? d.get;
	}
	return undefined;
}

/** Number of declared parameters, defaults included (`Function.length` stops at a default). */
function declaredParams(fn: (...args: never[]) => unknown): number {
	const src = fn.toString();
	const open = src.indexOf('(');
	let depth = 0;
	let count = 0;
	let any = false;
	for (let i = open + 1; i < src.length; i++) {
		const c = src[i]!;
		if ('([{'.includes(c)) depth++;
		else if (')]}'.includes(c)) {
			if (depth === 0) break;
			depth--;
		} else if (c === ',' && depth === 0) count++;
		else if (!/\s/.test(c)) any = true;
		if (c === '.' && src.startsWith('...', i)) return Infinity;
	}
	return any ? count + 1 : 0;
}

function expectMethods(proto: object, methods: Record<string, number>, owner: string) {
	for (const [name, maxArgs] of Object.entries(methods)) {
		const fn = methodOf(proto, name);
		expect(typeof fn, `${owner}.${name} is a function`).toBe('function');
		expect(
			declaredParams(fn as () => unknown),
			`${owner}.${name} declares at least the ${maxArgs} argument(s) we pass`
		).toBeGreaterThanOrEqual(maxArgs);
	}
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// ---------------------------------------------------------------------------------------------
// The real package

describe('maplibre-gl exposes what we call', () => {
	it('is the major version the code was written for', () => {
		expect(maplibregl.getVersion()).toMatch(/^6\./);
	});

	it('exports every class, control and function we use', () => {
		for (const [name, kind] of EXPORTS) {
			const value = (maplibregl as Record<string, unknown>)[name];
			expect(typeof value, `maplibregl.${name}`).toBe('function');
			if (kind === 'control') {
				const proto = (value as { prototype: object }).prototype;
				// IControl: what addControl calls
				expect(typeof methodOf(proto, 'onAdd'), `${name}.onAdd`).toBe('function');
				expect(typeof methodOf(proto, 'onRemove'), `${name}.onRemove`).toBe('function');
			}
			if (kind === 'class' || kind === 'control')
				expect(
					(value as { prototype?: unknown }).prototype,
					`${name} is constructible`
				).toBeTruthy();
		}
	});

	it('Map has every method we call, taking the arguments we pass', () => {
		expectMethods(maplibregl.Map.prototype, MAP_METHODS, 'Map');
	});

	it('Map sets the instance properties we read', () => {
		const classSource = maplibregl.Map.toString();
		for (const name of MAP_PROPERTIES)
			expect(classSource, `Map assigns this.${name}`).toMatch(
				new RegExp(`this\\.${escape(name)}\\s*=`)
			);
	});

	it('Popup has every method we chain, and takes our options', () => {
		const popup = new maplibregl.Popup({
			closeButton: true,
			closeOnClick: false,
			maxWidth: '340px',
			focusAfterOpen: false,
			className: 'feature-popup'
		});
		// an instance, not the prototype: `remove` is an arrow-function field of each popup
		expectMethods(popup, POPUP_METHODS, 'Popup');
		// setLngLat and setDOMContent return the popup (we chain them), before it is on a map
		expect(popup.setLngLat([69, 38.5])).toBe(popup);
		expect(popup.getLngLat().toArray()).toEqual([69, 38.5]);
		expect(popup.isOpen()).toBe(false);
	});

	it('GeoJSONSource has the methods we call on overlay sources', () => {
		expectMethods(maplibregl.GeoJSONSource.prototype, GEOJSON_SOURCE_METHODS, 'GeoJSONSource');
	});

	it('the attribution and scale controls keep the options we give', () => {
		const attribution = new maplibregl.AttributionControl({ compact: false });
		expect((attribution as unknown as { options: object }).options).toMatchObject({
			compact: false
		});
		const scale = new maplibregl.ScaleControl({ unit: 'metric' });
		expect((scale as unknown as { options: object }).options).toMatchObject({ unit: 'metric' });
	});

	it('still reads every option name we pass (typed above; named in the shipped bundle)', () => {
		for (const [type, keys] of Object.entries(OPTIONS))
			for (const key of keys)
				expect(BUNDLE, `${type}.${key} is read by maplibre-gl.mjs`).toMatch(
					new RegExp(`[.\\[{,?\`'"]${escape(key)}\\b`)
				);
	});

	it('fires the events we listen to', () => {
		for (const type of MAP_EVENTS)
			expect(BUNDLE, `an event named ${type}`).toMatch(new RegExp(`[\`'"]${type}[\`'"]`));
	});

	it('takes a worker URL before the first map, and ships the worker module we point it at', () => {
		const before = maplibregl.getWorkerUrl();
		try {
			maplibregl.setWorkerUrl('/_app/immutable/workers/maplibre-gl-worker-test.js');
			expect(maplibregl.getWorkerUrl()).toBe('/_app/immutable/workers/maplibre-gl-worker-test.js');
		} finally {
			maplibregl.setWorkerUrl(before);
		}
		// src/lib/map/worker.ts imports this file with `?worker&url`
		const worker = readFileSync(
			join(ROOT, 'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs'),
			'utf8'
		);
		expect(worker.length).toBeGreaterThan(100_000);
		const workerTs = readFileSync(join(ROOT, 'src/lib/map/worker.ts'), 'utf8');
		expect(workerTs).toContain("'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url'");
	});
});

// ---------------------------------------------------------------------------------------------
// The lists stay honest: scan our sources for MapLibre calls that are not listed.

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && /\.(ts|svelte)$/.test(e.name) && !/\.test\.ts$/.test(e.name))
		.map((e) => join(e.parentPath, e.name));
}

/** Our files that touch a MapLibre map: they import maplibre-gl or use the map context. */
const MAP_FILES = sourceFiles(join(ROOT, 'src'))
	.map((file) => ({ file: relative(ROOT, file), text: readFileSync(file, 'utf8') }))
	.filter(({ text }) => /from ['"]maplibre-gl['"]|getMapContext\(/.test(text));

/** Comments out of the way, so prose ("the map.x below") is not read as a call. */
const code = (text: string) =>
	text
		.replace(/<style[\s\S]*?<\/style>/g, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm, '$1');

function found(re: RegExp): Map<string, Set<string>> {
	const out = new Map<string, Set<string>>();
	for (const { file, text } of MAP_FILES)
		for (const match of code(text).matchAll(re)) {
			const name = match[1]!;
			if (!out.has(name)) out.set(name, new Set());
			out.get(name)!.add(file);
		}
	return out;
}

function unlisted(used: Map<string, Set<string>>, listed: readonly string[]): string[] {
	return [...used]
		.filter(([name]) => !listed.includes(name))
		.map(([name, files]) => `${name} (${[...files].join(', ')})`);
}

describe('the lists above cover our code', () => {
	it('finds the files that use MapLibre', () => {
		const files = MAP_FILES.map((f) => f.file);
		expect(files).toEqual(
			expect.arrayContaining(['src/lib/map/MapView.svelte', 'src/lib/map/handle.ts'])
		);
	});

	it('every map.x / m.x we use is listed', () => {
		// `map` and `m` are what our code calls a MapLibre map (ctx.map is read, then named map);
		// `m.<group>_<name>` is a message (src/lib/paraglide), never a map call
		const used = found(/(?<![\w$.])(?:map|m)\s*\??\.\s*([A-Za-z_$][\w$]*)/g);
		for (const name of [...used.keys()]) if (/^[a-z]+_[a-z0-9_]+$/.test(name)) used.delete(name);
		expect(used.size).toBeGreaterThan(10);
		expect(unlisted(used, [...Object.keys(MAP_METHODS), ...MAP_PROPERTIES])).toEqual([]);
	});

	it('every maplibregl.X and named import from maplibre-gl is listed', () => {
		const namespaced = found(/\bmaplibregl\.([A-Za-z_$][\w$]*)/g);
		const named = new Map<string, Set<string>>();
		for (const { file, text } of MAP_FILES)
			for (const m of text.matchAll(
				/import\s+(type\s+)?\{([^}]*)\}\s*from\s*['"]maplibre-gl['"]/g
			)) {
				if (m[1]) continue; // import type { … }
				for (const spec of m[2]!.split(',').map((s) => s.trim())) {
					if (!spec || spec.startsWith('type ')) continue;
					const name = spec.split(/\s+as\s+/)[0]!;
					if (!named.has(name)) named.set(name, new Set());
					named.get(name)!.add(file);
				}
			}
		const listed = EXPORTS.map(([name]) => name as string);
		expect(unlisted(namespaced, listed)).toEqual([]);
		expect(unlisted(named, listed)).toEqual([]);
	});

	it('every popup method we chain or call is listed', () => {
		const used = new Map<string, Set<string>>();
		for (const { file, text } of MAP_FILES) {
			const src = code(text);
			const chains = [...src.matchAll(/new\s+maplibregl\.Popup\(([\s\S]*?);/g)].map((m) => m[1]!);
			const names = [
				...chains.flatMap((c) => [...c.matchAll(/\)\s*\.\s*(\w+)\s*\(/g)].map((m) => m[1]!)),
				...[...src.matchAll(/(?<![\w$.-])popup\??\.(\w+)/g)].map((m) => m[1]!)
			];
			for (const name of names) {
				if (!used.has(name)) used.set(name, new Set());
				used.get(name)!.add(file);
			}
		}
		expect(used.size).toBeGreaterThan(0);
		expect(unlisted(used, Object.keys(POPUP_METHODS))).toEqual([]);
	});

	it('every method called on a GeoJSONSource is listed', () => {
		const used = found(/as\s+GeoJSONSource(?:\s*\|\s*undefined)?\s*\)\s*\??\.\s*(\w+)/g);
		expect(unlisted(used, Object.keys(GEOJSON_SOURCE_METHODS))).toEqual([]);
	});

	it('every map event we listen to is listed', () => {
		const used = new Map<string, Set<string>>();
		const re =
			/(?:(?<![\w$.])(?:map|m)\s*\.\s*(?:on|once|off)|\blisten(?:Layer)?)\s*\(\s*(?:map\s*,\s*)?['"](\w+)['"]/g;
		for (const [name, files] of found(re)) used.set(name, files);
		expect(used.size).toBeGreaterThan(3);
		expect(unlisted(used, MAP_EVENTS)).toEqual([]);
	});
});

// ---------------------------------------------------------------------------------------------
// createMapHandle against a fake map that records its calls

type Call = [method: string, ...args: unknown[]];

function fakeMap(init: { zoom?: number; height?: number; pixelRatio?: number } = {}) {
	const calls: Call[] = [];
	const listeners = new Map<string, (() => void)[]>();
	// the canvas is 400 × 250 CSS px at the map's pixel ratio; setPixelRatio resizes it
	let pixelRatio = init.pixelRatio ?? 2;
	const canvas = { width: 400 * pixelRatio, height: 250 * pixelRatio };
	const record =
		(method: string, result?: unknown) =>
		(...args: unknown[]) => {
			calls.push([method, ...args]);
			return result;
		};
	const fake = {
		getContainer: () => ({ clientWidth: 1000, clientHeight: init.height ?? 600 }),
		getZoom: () => init.zoom ?? 6,
		getCenter: () => new maplibregl.LngLat(71.25, 38.75),
		getBearing: () => 15,
		getPitch: () => 30,
		getCanvas: () => canvas,
		getPixelRatio: () => pixelRatio,
		setPixelRatio: (ratio: number | null) => {
			calls.push(['setPixelRatio', ratio]);
			pixelRatio = ratio ?? init.pixelRatio ?? 2;
			canvas.width = 400 * pixelRatio;
			canvas.height = 250 * pixelRatio;
		},
		flyTo: record('flyTo'),
		fitBounds: record('fitBounds'),
		jumpTo: record('jumpTo'),
		once: (type: string, fn: () => void) => {
			calls.push(['once', type]);
			listeners.set(type, [...(listeners.get(type) ?? []), fn]);
		},
		triggerRepaint: () => {
			calls.push(['triggerRepaint']);
			// a repaint renders a frame, then the map is idle
			for (const type of ['render', 'idle']) {
				const fns = listeners.get(type) ?? [];
				listeners.delete(type);
				fns.forEach((fn) => fn());
			}
		}
	};
	return { map: fake as unknown as MapLibreMap, fake, calls, canvas };
}

const reduceMotion = () =>
	vi.stubGlobal('matchMedia', (query: string) => ({
		matches: query === '(prefers-reduced-motion: reduce)'
	}));

describe('createMapHandle', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('only calls map methods that the real Map has (the fake is the contract)', () => {
		const { fake } = fakeMap();
		for (const name of Object.keys(fake)) {
			expect(Object.keys(MAP_METHODS), `${name} is a listed map method`).toContain(name);
			expect(typeof methodOf(maplibregl.Map.prototype, name), `Map.${name}`).toBe('function');
		}
	});

	it('fitBbox of a point box flies there, at pointZoom, with the point below the centre', () => {
		const { map, calls } = fakeMap({ zoom: 5, height: 500 });
		createMapHandle(map).fitBbox([69.5, 38.25, 69.5, 38.25]);
		expect(calls).toEqual([
			['flyTo', { center: [69.5, 38.25], zoom: 8, offset: [0, 110], animate: true }]
		]);
	});

	it('fitBbox of a point box: the offset is at most 160 px, and it never zooms out', () => {
		const { map, calls } = fakeMap({ zoom: 12, height: 1000 });
		createMapHandle(map).fitBbox([70, 38, 70, 38], { pointZoom: 11 });
		expect(calls).toEqual([
			['flyTo', { center: [70, 38], zoom: 12, offset: [0, 160], animate: true }]
		]);
	});

	it('fitBbox of a real box fits its bounds with room for the search bar, at most zoom 10', () => {
		const { map, calls } = fakeMap();
		createMapHandle(map).fitBbox([67.3, 36.6, 75.2, 41.1]);
		expect(calls).toEqual([
			[
				'fitBounds',
				[
					[67.3, 36.6],
					[75.2, 41.1]
				],
				{ padding: { top: 110, bottom: 40, left: 40, right: 60 }, maxZoom: 10, animate: true }
			]
		]);
	});

	it('fitBbox passes a given padding through', () => {
		const { map, calls } = fakeMap();
		createMapHandle(map).fitBbox([67, 36, 75, 41], { padding: 20 });
		expect(calls[0]![2]).toEqual({ padding: 20, maxZoom: 10, animate: true });
	});

	it('reduced motion: fitBbox and flyTo do not animate', () => {
		reduceMotion();
		const { map, calls } = fakeMap({ zoom: 5, height: 500 });
		const handle = createMapHandle(map);
		handle.fitBbox([69, 38, 69, 38]);
		handle.fitBbox([67, 36, 75, 41]);
		handle.flyTo([70, 39], 9);
		expect(calls.map((c) => (c[c.length - 1] as { animate: boolean }).animate)).toEqual([
			false,
			false,
			false
		]);
	});

	it('flyTo zooms in to at least minZoom, never out', () => {
		const low = fakeMap({ zoom: 5 });
		createMapHandle(low.map).flyTo([70, 39], 9);
		expect(low.calls).toEqual([['flyTo', { center: [70, 39], zoom: 9, animate: true }]]);
		const high = fakeMap({ zoom: 13 });
		createMapHandle(high.map).flyTo([70, 39], 9);
		expect(high.calls).toEqual([['flyTo', { center: [70, 39], zoom: 13, animate: true }]]);
	});

	it('jumpTo moves to a camera view at once', () => {
		const { map, calls } = fakeMap();
		createMapHandle(map).jumpTo({ lon: 71, lat: 38.5, zoom: 7.25, bearing: 10, pitch: 20 });
		expect(calls).toEqual([['jumpTo', { center: [71, 38.5], zoom: 7.25, bearing: 10, pitch: 20 }]]);
	});

	it('view reads the camera', () => {
		const { map } = fakeMap({ zoom: 7.5 });
		expect(createMapHandle(map).view()).toEqual({
			zoom: 7.5,
			lat: 38.75,
			lon: 71.25,
			bearing: 15,
			pitch: 30
		});
	});

	it('whenIdle waits for the next idle after asking for a frame', async () => {
		const { map, calls } = fakeMap();
		await createMapHandle(map).whenIdle();
		expect(calls).toEqual([['once', 'idle'], ['triggerRepaint']]);
	});

	/** A 2D canvas whose drawImage records the source's size at the time of the call. */
	function stubCanvas() {
		const drawn: Call[] = [];
		const out = {
			width: 0,
			height: 0,
			getContext: () => ({
				drawImage: (src: { width: number; height: number }, ...at: unknown[]) =>
					drawn.push(['drawImage', src.width, src.height, ...at])
			})
		};
		vi.stubGlobal('document', { createElement: () => out });
		return { out, drawn };
	}

	it('captureView copies the canvas inside the idle event, at the pixel ratio asked, then restores it', async () => {
		const { out, drawn } = stubCanvas();
		const { map, calls } = fakeMap({ pixelRatio: 1 });
		const capture = await createMapHandle(map).captureView(2);
		expect(calls).toEqual([
			['setPixelRatio', 2],
			['once', 'idle'],
			['triggerRepaint'],
			// null: back to following devicePixelRatio (MapView never sets one)
			['setPixelRatio', null]
		]);
		expect(drawn).toEqual([['drawImage', 800, 500, 0, 0]]);
		expect([out.width, out.height]).toEqual([800, 500]);
		expect(capture).toMatchObject({ image: out, width: 1000, height: 600 });
		expect(capture.view).toEqual({ zoom: 6, lat: 38.75, lon: 71.25, bearing: 15, pitch: 30 });
	});

	it('captureView leaves the pixel ratio alone when it is already the one asked', async () => {
		stubCanvas();
		const { map, calls } = fakeMap({ pixelRatio: 2 });
		await createMapHandle(map).captureView(2);
		expect(calls).toEqual([['once', 'idle'], ['triggerRepaint']]);
	});
});

describe('fitInto', () => {
	it('keeps padding that leaves room, and shrinks padding that would leave a small map nothing', async () => {
		const { fitInto } = await import('./handle');
		expect(fitInto(20, 800, 500)).toBe(20);
		// a 120 px preview with a sheet's room: at least a third of the height stays to fit into
		const p = fitInto({ top: 32, bottom: 110, left: 24, right: 24 }, 300, 120);
		expect(typeof p).toBe('object');
		const s = p as { top: number; bottom: number; left: number; right: number };
		expect(s.top + s.bottom).toBeCloseTo(80);
		expect(s.top / s.bottom).toBeCloseTo(32 / 110);
		expect(s.left).toBe(24);
	});
});
