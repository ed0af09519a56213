/**
 * The URL parameters only the full map (`/`) has, because only it has the timeline and the
 * analyst tools: the timeline event shown on the map, range-ring radii, the point the tools
 * measure from and the border the distance tool measures to. They follow the same rules as the
 * map state's (url.ts): parsed leniently with a notice naming the parameter and value, written
 * only when they differ from the default, by the page's one URL writer (MapPage). `/embed`
 * neither reads nor writes them.
 */
import * as m from '$lib/paraglide/messages';
import { BORDER_IDS, type BorderId } from '$lib/data/ids';
import type { LonLat } from '$lib/geo/types';
import { checkPoint } from './map-state';
import { quoteValue as q } from './quote';
import { formatDecimal, MAX_PARAM_LENGTH, MEASURE_DECIMALS, parseDecimal } from './url';

export interface ToolState {
	/** Timeline event whose places the map shows (its period's places bright), or null. */
	event: string | null;
	/** Range-ring radii in the page's units, ascending, at most MAX_RINGS. */
	rings: number[];
	/** A picked point the distance and rings are measured from; null = the selected site. */
	from: LonLat | null;
	/** The border the distance tool measures to. */
	border: BorderId;
}

export const TOOL_PARAM_NAMES = [
	'event',
	'rings',
	'from',
	'border'
] as const satisfies readonly (keyof ToolState)[];
export const MAX_RINGS = 10;
/** Largest radius accepted, in any unit (more than half the Earth's circumference in km). */
export const MAX_RING_RADIUS = 20_000;

export const DEFAULT_TOOL_STATE: Readonly<ToolState> = Object.freeze({
	event: null,
	rings: Object.freeze([]) as unknown as number[],
	from: null,
	border: 'tj-af-border'
});

export interface ToolParseContext {
	knownEventIds: ReadonlySet<string>;
}

const isBorderId = (s: string): s is BorderId => (BORDER_IDS as readonly string[]).includes(s);

function notice(name: string, raw: string, reason: string, fallback: string): string {
	return m.analyst_notice_unusable({ name, value: q(raw), reason, fallback });
}

/** Reads the tool parameters; every value that cannot be used is ignored with a notice. */
export function parseToolState(
	params: URLSearchParams,
	ctx: ToolParseContext
): { state: ToolState; notices: string[] } {
	const state: ToolState = { ...DEFAULT_TOOL_STATE, rings: [] };
	const notices: string[] = [];
	const raw = (name: (typeof TOOL_PARAM_NAMES)[number]) => {
		const v = params.get(name);
		if (v !== null && v.length > MAX_PARAM_LENGTH) {
			notices.push(m.analyst_notice_too_long({ name, length: v.length }));
			return null;
		}
		return v;
	};

	const event = raw('event');
	if (event !== null) {
		const id = event.trim().toLowerCase();
		if (ctx.knownEventIds.has(id)) state.event = id;
		else if (id !== '')
			notices.push(
				notice('event', event, m.analyst_notice_event_reason(), m.analyst_notice_event_fallback())
			);
	}

	const rings = raw('rings');
	if (rings !== null && rings.trim() !== '') {
		const radii: number[] = [];
		const bad: string[] = [];
		for (const part of rings.split(',')) {
			const n = parseDecimal(part);
			if (n !== null && n > 0 && n <= MAX_RING_RADIUS) radii.push(n);
			else bad.push(part);
		}
		state.rings = [...new Set(radii)].sort((a, b) => a - b).slice(0, MAX_RINGS);
		if (bad.length)
			notices.push(
				notice(
					'rings',
					rings,
					m.analyst_notice_rings_reason({ count: bad.length, max: MAX_RING_RADIUS }),
					state.rings.length ? m.analyst_notice_rings_some() : m.analyst_notice_rings_none()
				)
			);
	}

	const from = raw('from');
	if (from !== null && from.trim() !== '') {
		const xy = from.split(',');
		const lon = xy.length === 2 ? parseDecimal(xy[0] ?? '') : null;
		const lat = xy.length === 2 ? parseDecimal(xy[1] ?? '') : null;
		const checked = lon === null || lat === null ? null : checkPoint(lon, lat);
		if (checked && 'value' in checked) state.from = checked.value;
		else
			notices.push(
				notice(
					'from',
					from,
					checked ? checked.error : m.analyst_notice_from_reason(),
					m.analyst_notice_from_fallback()
				)
			);
	}

	const border = raw('border');
	if (border !== null) {
		const id = border.trim().toLowerCase();
		if (isBorderId(id)) state.border = id;
		else
			notices.push(
				notice(
					'border',
					border,
					m.analyst_notice_border_reason({ list: BORDER_IDS.join(', ') }),
					m.analyst_notice_border_fallback({ border: DEFAULT_TOOL_STATE.border })
				)
			);
	}
	return { state, notices };
}

/** The tool parameters that differ from the defaults, in TOOL_PARAM_NAMES order. */
export function serialiseToolState(state: ToolState): [string, string][] {
	const out: [string, string][] = [];
	if (state.event !== null) out.push(['event', state.event]);
	const rings = [...new Set(state.rings.filter((r) => r > 0 && r <= MAX_RING_RADIUS))]
		.sort((a, b) => a - b)
		.slice(0, MAX_RINGS);
	if (rings.length) out.push(['rings', rings.map((r) => formatDecimal(r, 3)).join(',')]);
	if (state.from !== null)
		out.push(['from', state.from.map((x) => formatDecimal(x, MEASURE_DECIMALS)).join(',')]);
	if (state.border !== DEFAULT_TOOL_STATE.border) out.push(['border', state.border]);
	return out;
}
