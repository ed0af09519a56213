/**
 * The public interface as data: URL parameters and postMessage messages, with syntax, example and
 * description. The parameter names, order and scope come from src/lib/state/params.ts (which the
 * codecs use); the messages are those of ./messages.ts (the one list the parser and the builders
 * use too), each given its prose here; tests parse every example, so a docs page rendered from
 * this file cannot drift from the code. Pure data: imports only constants.
 */
import { LAYER_IDS, DEFAULT_LAYER_IDS } from '$lib/layers/layer-ids';
import {
	CONTROLS,
	DEFAULT_CONTROLS,
	DEFAULT_MAP_STATE,
	LIMITS,
	MAX_MEASURE_POINTS,
	THEME_NAMES,
	UNITS
} from '$lib/state/map-state';
import { DATA_VERSION } from '$lib/data/version';
import { PASSAGE_COUNT } from '$lib/data/passage-ids';
import { DATA_VERSION_LENGTH } from '$lib/state/data-version';
import {
	LINK_PARAMS,
	URL_PARAMS,
	type LinkParamName,
	type ParamName,
	type ParamSpec
} from '$lib/state/params';
import {
	INBOUND_TYPES,
	MESSAGE_SOURCE,
	MESSAGE_TARGET,
	OUTBOUND_TYPES,
	type InboundType,
	type OutboundType
} from './messages';

export type { ParamName };

export interface ParamDoc extends ParamSpec {
	/** Grammar, in the notation of design.md. */
	syntax: string;
	/** A value that parses without a notice (tests check it). */
	example: string;
	/** What an absent parameter means. */
	default: string;
	description: string;
}

type ParamProse = Omit<ParamDoc, keyof ParamSpec>;

const { zoom, lat, lon, pitch } = LIMITS;

const PARAM_PROSE: Record<ParamName, ParamProse> = {
	view: {
		syntax: 'view=ZOOM/LAT/LON[/BEARING[/PITCH]]',
		example: '7.5/38.56/68.77/0/30',
		default: 'fit all of Tajikistan',
		description:
			`Camera position: zoom ${zoom.min}–${zoom.max}, latitude ${lat.min}…${lat.max}, ` +
			`longitude ${lon.min}…${lon.max}, bearing in degrees (wrapped to −180…180), ` +
			`pitch ${pitch.min}–${pitch.max}. Out-of-range values are rejected, not clamped. ` +
			'Written while panning with a precision that follows the zoom (as MapLibre’s hash does).'
	},
	layers: {
		syntax: 'layers=ID,ID,…',
		example: 'tj-af-border,tj-kg-border,gbao',
		default: DEFAULT_LAYER_IDS.join(','),
		description:
			`The visible layers, from: ${LAYER_IDS.join(', ')}. An empty value (\`layers=\`) hides ` +
			'them all. Unknown ids are skipped with a notice; order and repeats do not matter.'
	},
	select: {
		syntax: 'select=FEATURE_ID',
		example: 'kharbmaydon',
		default: 'nothing selected',
		description:
			'Opens the popup of that feature and fits it into view. Feature ids are stable ' +
			'(e.g. tj-af-border, gbao, kharbmaydon, fakhrabad, base-201-dushanbe, dushanbe).'
	},
	measure: {
		syntax: 'measure=LON,LAT;LON,LAT;…',
		example: '68.7739,38.5598;69.2,37.9',
		default: 'no measurement',
		description:
			`Draws a measurement path of 2 to ${MAX_MEASURE_POINTS} points in decimal degrees ` +
			'(WGS84, longitude first as in GeoJSON). Lengths are geodesic on WGS84.'
	},
	units: {
		syntax: `units=${UNITS.join('|')}`,
		example: 'nmi',
		default: DEFAULT_MAP_STATE.units,
		description: 'Units for distances: kilometres, statute miles or nautical miles.'
	},
	theme: {
		syntax: `theme=${THEME_NAMES.join('|')}`,
		example: 'dark',
		default: THEME_NAMES[0],
		description: 'Colour theme of the map and its controls.'
	},
	controls: {
		syntax: `controls=${CONTROLS.join(',')}`,
		example: 'zoom,legend,measure',
		default: DEFAULT_CONTROLS.join(','),
		description:
			'The controls an embedded map shows; `controls=` shows none. Attribution is always ' +
			'shown and cannot be listed. The full map (`/`) always has every control and ignores ' +
			'this parameter, but keeps it so a link can round-trip through the embed builder.'
	},
	story: {
		syntax: 'story=p-N',
		example: 'p-3',
		default: 'no story: the map alone',
		description:
			`Shows the report as a compact story, starting at passage N (p-1 to p-${PASSAGE_COUNT}, ` +
			'the anchors of /report): the map shows the places the passage names, emphasised and ' +
			'framed, and those it is related to lighter, each labelled (a passage without places ' +
			'shows the whole country), beside the passage’s text, with previous/next buttons (and ' +
			'the arrow and Page Up/Down keys) that update this parameter. It wins over `select`, ' +
			'`measure` and `view`, which are not applied beside it (with a notice); `layers`, ' +
			'`theme` and `units` still apply, and of the `controls` zoom and fullscreen (the ' +
			'legend, search and measure are not shown beside the story). The full map (`/`) ignores it.'
	}
};

/** The URL parameters of `/` and `/embed`, in the order serialisation writes them. */
export const URL_PARAMETERS: readonly ParamDoc[] = URL_PARAMS.map((p) => ({
	...p,
	...PARAM_PROSE[p.name]
}));

export { PARAM_NAMES } from '$lib/state/params';

/** A parameter about the link, not the view (params.ts `LINK_PARAMS`), documented beside the others. */
export interface LinkParamDoc extends Omit<ParamDoc, 'name'> {
	name: LinkParamName;
}

const LINK_PARAM_PROSE: Record<LinkParamName, ParamProse> = {
	v: {
		syntax: `v=VERSION`,
		example: DATA_VERSION,
		default: 'no version: the link makes no claim about the data',
		description:
			`The data version the link was made with: ${DATA_VERSION_LENGTH} hexadecimal digits, a ` +
			'content hash of the served data (the current one and the changelog are on /data). ' +
			'Copy link, Cite this view and the figure write it. Opening a link made with an older ' +
			'version shows the view with a notice listing what changed since for the features it ' +
			'shows; an unknown version gets a notice saying so. The address bar and the embed code ' +
			'leave it out: they show the current data.'
	}
};

/** The link parameters (`v`), after the view's in the docs. */
export const LINK_PARAMETERS: readonly LinkParamDoc[] = LINK_PARAMS.map((p) => ({
	...p,
	embedOnly: false,
	...LINK_PARAM_PROSE[p.name]
}));

export const PARAM_DOCS = Object.fromEntries(URL_PARAMETERS.map((p) => [p.name, p])) as Record<
	ParamName,
	ParamDoc
>;

export interface MessageFieldDoc {
	name: string;
	type: string;
	description: string;
}

/** What the docs say about one message. */
interface MessageProse {
	fields: readonly MessageFieldDoc[];
	/** A complete message (tests build or parse it). */
	example: Readonly<Record<string, unknown>>;
	description: string;
}

export interface MessageDoc<T extends string = string> extends MessageProse {
	type: T;
	/** 'out': the map posts it to its parent; 'in': the parent posts it to the map. */
	direction: 'out' | 'in';
}

export { MESSAGE_SOURCE, MESSAGE_TARGET };

const viewType = '{ zoom, lat, lon, bearing, pitch }';

const OUTBOUND_PROSE: Record<OutboundType, MessageProse> = {
	ready: {
		fields: [],
		example: { source: MESSAGE_SOURCE, type: 'ready' },
		description: 'Once, when the map and its layers have loaded. Send commands after it.'
	},
	select: {
		fields: [
			{ name: 'id', type: 'string | null', description: 'the feature id; null when cleared' }
		],
		example: { source: MESSAGE_SOURCE, type: 'select', id: 'gbao' },
		description: 'When a feature is selected (by a click, the URL or a command), or deselected.'
	},
	layers: {
		fields: [
			{ name: 'layers', type: 'string[]', description: 'the visible layer ids; [] when none' }
		],
		example: { source: MESSAGE_SOURCE, type: 'layers', layers: ['tj-af-border', 'gbao'] },
		description:
			'When the visible layers change after `ready`: the reader switched one in the legend, or ' +
			'a `setLayers` command changed them (as `select` and `measure` answer their commands too). ' +
			'Not sent when nothing changed.'
	},
	viewchange: {
		fields: [{ name: 'view', type: viewType, description: 'the camera after the move' }],
		example: {
			source: MESSAGE_SOURCE,
			type: 'viewchange',
			view: { zoom: 7.5, lat: 38.56, lon: 68.77, bearing: 0, pitch: 0 }
		},
		description: 'After every move of the camera ends.'
	},
	measure: {
		fields: [
			{ name: 'lengthMeters', type: 'number', description: 'geodesic length on WGS84, metres' },
			{ name: 'points', type: '[lon, lat][]', description: 'the path; [] when cleared' }
		],
		example: {
			source: MESSAGE_SOURCE,
			type: 'measure',
			lengthMeters: 81234.5,
			points: [
				[68.7739, 38.5598],
				[69.2, 37.9]
			]
		},
		description: 'When the measurement path changes.'
	},
	state: {
		fields: [
			{
				name: 'state',
				type: '{ view, layers, select, measure, units, theme, controls, story }',
				description:
					'the whole state, as the URL parameters of the same names (`view`: ' +
					`${viewType}, null only if asked before the map has loaded; \`story\`: the passage ` +
					'a story embed shows, `p-N`, else null)'
			}
		],
		example: {
			source: MESSAGE_SOURCE,
			type: 'state',
			state: {
				view: { zoom: 7.5, lat: 38.56, lon: 68.77, bearing: 0, pitch: 0 },
				layers: ['tj-af-border', 'gbao'],
				select: 'kharbmaydon',
				measure: [],
				units: 'km',
				theme: 'light',
				controls: ['zoom', 'legend'],
				story: null
			}
		},
		description: 'The answer to `getState`, so a host need not track the other messages.'
	},
	resize: {
		fields: [{ name: 'height', type: 'number', description: 'content height in CSS pixels' }],
		example: { source: MESSAGE_SOURCE, type: 'resize', height: 540 },
		description: 'For auto-height embeds: set the iframe to this height (the embed code does).'
	},
	error: {
		fields: [{ name: 'message', type: 'string', description: 'why, in plain text' }],
		example: { source: MESSAGE_SOURCE, type: 'error', message: 'Unknown message type “zoom”.' },
		description: 'Answers a command that carried the target but was rejected.'
	}
};

/** Messages `/embed` posts to `window.parent`, in the order of OUTBOUND_TYPES. */
export const OUTBOUND_MESSAGES: readonly MessageDoc<OutboundType>[] = OUTBOUND_TYPES.map(
	(type) => ({
		type,
		direction: 'out',
		...OUTBOUND_PROSE[type]
	})
);

const INBOUND_PROSE: Record<InboundType, MessageProse> = {
	setView: {
		fields: [
			{
				name: 'view',
				type: '{ zoom, lat, lon, bearing?, pitch? }',
				description: 'checked like the `view` URL parameter; bearing and pitch default to 0'
			}
		],
		example: { target: MESSAGE_TARGET, type: 'setView', view: { zoom: 9, lat: 37.3, lon: 68.4 } },
		description: 'Moves the camera.'
	},
	select: {
		fields: [{ name: 'id', type: 'string | null', description: 'a feature id; null clears' }],
		example: { target: MESSAGE_TARGET, type: 'select', id: 'fakhrabad' },
		description: 'Selects a feature (opens its popup and fits it into view), or clears it.'
	},
	setLayers: {
		fields: [{ name: 'layers', type: 'string[]', description: 'layer ids to show; [] hides all' }],
		example: { target: MESSAGE_TARGET, type: 'setLayers', layers: ['tj-af-border', 'gbao'] },
		description: 'Sets the visible layers. Any unknown id rejects the whole command.'
	},
	measure: {
		fields: [
			{
				name: 'points',
				type: '[lon, lat][]',
				description: `2 to ${MAX_MEASURE_POINTS} points; [] clears the measurement`
			}
		],
		example: {
			target: MESSAGE_TARGET,
			type: 'measure',
			points: [
				[68.7739, 38.5598],
				[69.2, 37.9]
			]
		},
		description: 'Draws a measurement path; the map answers with a `measure` message.'
	},
	setTheme: {
		fields: [{ name: 'theme', type: THEME_NAMES.join(' | '), description: 'the colour theme' }],
		example: { target: MESSAGE_TARGET, type: 'setTheme', theme: 'dark' },
		description: 'Switches the colour theme of the map and its controls.'
	},
	setUnits: {
		fields: [{ name: 'units', type: UNITS.join(' | '), description: 'units for distances' }],
		example: { target: MESSAGE_TARGET, type: 'setUnits', units: 'nmi' },
		description: 'Sets the units the measurement is shown in.'
	},
	getState: {
		fields: [],
		example: { target: MESSAGE_TARGET, type: 'getState' },
		description: 'Asks for the whole state; the map answers with a `state` message.'
	}
};

/** Commands the parent may post to the `/embed` iframe, in the order of INBOUND_TYPES. */
export const INBOUND_MESSAGES: readonly MessageDoc<InboundType>[] = INBOUND_TYPES.map((type) => ({
	type,
	direction: 'in',
	...INBOUND_PROSE[type]
}));

/** Rules of the API that are not one message. */
export const PROTOCOL_NOTES = [
	'Every message is a plain object sent with window.postMessage.',
	`Messages without target: '${MESSAGE_TARGET}' are ignored silently; one with the target but an ` +
		'unknown type or a bad argument is answered with an `error` message and changes nothing.',
	'The server may restrict the parent origins allowed to send commands (FRONTIER_EMBED_ORIGINS, ' +
		'a comma-separated list of origins such as https://news.example; unset means any origin).',
	'Host pages should check event.origin and event.source before trusting a message from the map.',
	'In a story embed (`story=p-N`) the passage decides what the map shows: `setView`, `setTheme`, ' +
		'`setUnits` and `getState` apply (`state.story` is the passage shown), while `select`, ' +
		'`setLayers` and `measure` are answered with an `error` message.'
] as const;

/**
 * The whole interface as Markdown (for README/ARCHITECTURE or a plain-text docs page), rendered
 * from the records above. Pipes in cells are escaped.
 */
export function embedDocsMarkdown(): string {
	const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
	const code = (s: string) => `\`${s}\``;
	const lines = [
		'## URL parameters (`/` and `/embed`)',
		'',
		'| parameter | syntax | example | default | description |',
		'| --- | --- | --- | --- | --- |',
		...[...URL_PARAMETERS, ...LINK_PARAMETERS].map(
			(p) =>
				`| ${code(p.name)}${p.embedOnly ? ' (embed only)' : ''} | ${cell(code(p.syntax))} | ` +
				`${cell(code(`${p.name}=${p.example}`))} | ${cell(p.default)} | ${cell(p.description)} |`
		),
		'',
		'An invalid value is ignored with a polite notice; the rest of the URL still applies.',
		''
	];
	for (const [title, messages] of [
		['## Messages from the map (to `window.parent`)', OUTBOUND_MESSAGES],
		['## Commands to the map (to the iframe’s `contentWindow`)', INBOUND_MESSAGES]
	] as const) {
		lines.push(title, '', '| type | fields | description | example |', '| --- | --- | --- | --- |');
		for (const m of messages) {
			const fields = m.fields.map((f) => `${code(f.name)}: ${f.type} — ${f.description}`);
			lines.push(
				`| ${code(m.type)} | ${cell(fields.join('; ') || '—')} | ${cell(m.description)} | ` +
					`${cell(code(JSON.stringify(m.example)))} |`
			);
		}
		lines.push('');
	}
	lines.push('## Rules', '', ...PROTOCOL_NOTES.map((n) => `- ${n}`), '');
	return lines.join('\n');
}
