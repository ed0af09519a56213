/**
 * The parser of the commands a host posts to `/embed`, for the message types of ./messages.ts
 * (the one list of the API's messages; the builders of what the map posts and the reducer of
 * commands live there, free of zod). The embed page loads this parser only when a host's first
 * message for the map arrives (./bridge.ts), so an embed nobody talks to never downloads it.
 *
 * The parser never throws. Untrusted data is first copied into an inert snapshot (own data
 * properties only, so no getter or proxy trap runs twice and none runs on nested values; no
 * `__proto__`/`constructor`/`prototype` keys; bounded depth and size; cycles cut), then checked
 * with zod (zod/mini) for shape and with the URL's own rules (checkView, checkPoint) for ranges.
 */
// zod/mini: the same checks as `zod` with functions instead of methods, ~20 kB (gzip) less
// JavaScript on /embed (npm run bench)
import * as z from 'zod/mini';
import { LAYER_IDS, isLayerId } from '$lib/layers/layer-ids';
import {
	MAX_MEASURE_POINTS,
	THEME_NAMES,
	UNITS,
	canonicalLayers,
	checkPoint,
	checkView,
	type LonLat
} from '$lib/state/map-state';
import { describeValue, quoteValue } from '$lib/state/quote';
import {
	INBOUND_TYPES,
	isAddressedToMap,
	ownValue,
	type InboundCommand,
	type InboundType
} from './messages';

// ---------------------------------------------------------------------------------------------
// Inbound

export type InboundResult =
	| { kind: 'ignore' }
	| { kind: 'error'; message: string }
	| { kind: 'command'; command: InboundCommand };

export interface InboundContext {
	knownFeatureIds: ReadonlySet<string>;
}

/** Every array schema below has a max under SNAPSHOT_LIMITS.items, so truncated arrays fail it. */
const MAX_LIST_ITEMS = 100;
const SNAPSHOT_LIMITS = {
	depth: 5,
	keys: 64,
	items: Math.max(MAX_MEASURE_POINTS, MAX_LIST_ITEMS) + 1,
	nodes: 2000
};
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * An inert, JSON-like copy of `value`: plain objects and arrays of primitives, nothing else.
 * Arrays longer than `items` keep `items` entries (enough for length checks to fail). May throw
 * (revoked proxies, throwing traps); the caller catches.
 */
function snapshot(value: unknown, budget = { nodes: SNAPSHOT_LIMITS.nodes }, depth = 0): unknown {
	if (typeof value !== 'object' || value === null) {
		return typeof value === 'function' ? undefined : value;
	}
	if (depth >= SNAPSHOT_LIMITS.depth || --budget.nodes < 0) return undefined;
	if (Array.isArray(value)) {
		const length = ownValue(value, 'length');
		const n = typeof length === 'number' ? Math.min(length, SNAPSHOT_LIMITS.items) : 0;
		const out: unknown[] = [];
		for (let i = 0; i < n; i++) out.push(snapshot(ownValue(value, String(i)), budget, depth + 1));
		return out;
	}
	const out: Record<string, unknown> = {};
	let keys = 0;
	for (const key of Object.keys(value)) {
		if (FORBIDDEN_KEYS.has(key)) continue;
		if (++keys > SNAPSHOT_LIMITS.keys) break;
		out[key] = snapshot(ownValue(value, key), budget, depth + 1);
	}
	return out;
}

const num = z.number({ error: 'must be a finite number' });
const pointSchema = z.tuple([num, num], { error: 'must be a [lon, lat] pair of numbers' });

const COMMAND_SCHEMAS = {
	setView: z.object({
		view: z.object(
			{ zoom: num, lat: num, lon: num, bearing: z.optional(num), pitch: z.optional(num) },
			{ error: 'must be an object { zoom, lat, lon, bearing?, pitch? }' }
		)
	}),
	select: z.object({
		id: z.union([z.string(), z.null()], { error: 'must be a feature id (a string) or null' })
	}),
	setLayers: z.object({
		layers: z
			.array(z.string({ error: 'must be a layer id (a string)' }), {
				error: 'must be an array of layer ids'
			})
			.check(z.maxLength(MAX_LIST_ITEMS, { error: `must have at most ${MAX_LIST_ITEMS} ids` }))
	}),
	measure: z.object({
		points: z
			.array(pointSchema, { error: 'must be an array of [lon, lat] pairs' })
			.check(
				z.maxLength(MAX_MEASURE_POINTS, { error: `must have at most ${MAX_MEASURE_POINTS} points` })
			)
	}),
	setTheme: z.object({
		theme: z.enum(THEME_NAMES, { error: `must be one of ${THEME_NAMES.join(', ')}` })
	}),
	setUnits: z.object({
		units: z.enum(UNITS, { error: `must be one of ${UNITS.join(', ')}` })
	}),
	getState: z.object({})
} as const satisfies Record<InboundType, z.ZodMiniType>;

type Checked = { command: InboundCommand } | { error: string };

/** Range and membership checks after the shape is right: the same rules as the URL. */
const COMMAND_CHECKS: {
	[K in InboundType]: (data: z.infer<(typeof COMMAND_SCHEMAS)[K]>, ctx: InboundContext) => Checked;
} = {
	setView({ view }) {
		const checked = checkView(view);
		return 'error' in checked
			? { error: `view: ${checked.error}` }
			: { command: { type: 'setView', view: checked.value } };
	},
	select({ id }, ctx) {
		if (id === null || ctx.knownFeatureIds.has(id)) return { command: { type: 'select', id } };
		return { error: `id: there is no feature ${quoteValue(id)}` };
	},
	setLayers({ layers }) {
		const unknown = layers.filter((id) => !isLayerId(id));
		if (unknown.length > 0) {
			const shown = unknown
				.slice(0, 3)
				.map((id) => quoteValue(id))
				.join(', ');
			return {
				error: `layers: unknown layer id ${shown}${unknown.length > 3 ? ' and more' : ''}; known ids are ${LAYER_IDS.join(', ')}`
			};
		}
		return { command: { type: 'setLayers', layers: canonicalLayers(layers.filter(isLayerId)) } };
	},
	measure({ points }) {
		if (points.length === 1)
			return { error: 'points: a measurement needs at least 2 points (or [] to clear)' };
		const out: LonLat[] = [];
		for (const [i, [lon, lat]] of points.entries()) {
			const checked = checkPoint(lon, lat);
			if ('error' in checked) return { error: `points[${i}]: ${checked.error}` };
			out.push(checked.value);
		}
		return { command: { type: 'measure', points: out } };
	},
	setTheme: ({ theme }) => ({ command: { type: 'setTheme', theme } }),
	setUnits: ({ units }) => ({ command: { type: 'setUnits', units } }),
	getState: () => ({ command: { type: 'getState' } })
};

function isInboundType(type: string): type is InboundType {
	return (INBOUND_TYPES as readonly string[]).includes(type);
}

function runCommand<K extends InboundType>(type: K, data: unknown, ctx: InboundContext): Checked {
	const parsed = COMMAND_SCHEMAS[type].safeParse(data);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		const path = issue?.path.map(String).join('.') ?? '';
		return { error: `${path === '' ? '' : `${path}: `}${issue?.message ?? 'invalid'}` };
	}
	return COMMAND_CHECKS[type](parsed.data as z.infer<(typeof COMMAND_SCHEMAS)[K]>, ctx);
}

/**
 * Reads a `message` event's data. Ignores (silently) anything without `target: 'frontier-map'`;
 * answers the rest with a command or an error message for the parent. Never throws.
 */
export function parseInboundMessage(data: unknown, ctx: InboundContext): InboundResult {
	if (!isAddressedToMap(data)) return { kind: 'ignore' };
	try {
		const message = snapshot(data) as Record<string, unknown>;
		const type = message.type;
		if (type === undefined) {
			return {
				kind: 'error',
				message: `The message has no type; expected one of ${INBOUND_TYPES.join(', ')}.`
			};
		}
		if (typeof type !== 'string' || !isInboundType(type)) {
			return {
				kind: 'error',
				message: `Unknown message type ${describeValue(type)}; expected one of ${INBOUND_TYPES.join(', ')}.`
			};
		}
		const checked = runCommand(type, message, ctx);
		if ('error' in checked)
			return { kind: 'error', message: `Rejected ${type}: ${checked.error}.` };
		return { kind: 'command', command: checked.command };
	} catch {
		return { kind: 'error', message: 'The message could not be read (use a plain object).' };
	}
}
