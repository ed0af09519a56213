/**
 * The public interface as data: URL parameters and postMessage messages, with syntax, example and
 * description. The parameter names, order and scope come from src/lib/state/params.ts (which the
 * codecs use); the messages are those of ./messages.ts (the one list the parser and the builders
 * use too), each given its prose here; tests parse every example, so a docs page rendered from
 * this file cannot drift from the code. Pure data: imports only constants and the messages,
 * whose prose is read when a field is (in the page's language).
 */
import * as m from '$lib/paraglide/messages';
import { LOCALES } from '$lib/i18n/locales';
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
	/** What an absent parameter means (in the page's language). */
	default: string;
	/** In the page's language. */
	description: string;
}

/**
 * What the docs say about one parameter. The prose is a message, read when asked for (never at
 * module load: the language is per request); a default that is a value (`km`) stays a string.
 */
interface ParamProse {
	syntax: string;
	example: string;
	default: string | (() => string);
	description: () => string;
}

/** `spec` with its prose: syntax and example as they are, default and description read on use. */
function withProse<S extends object>(
	spec: S,
	prose: ParamProse
): S & Omit<ParamDoc, 'name' | 'embedOnly'> {
	return {
		...spec,
		syntax: prose.syntax,
		example: prose.example,
		get default() {
			return typeof prose.default === 'string' ? prose.default : prose.default();
		},
		get description() {
			return prose.description();
		}
	};
}

const { zoom, lat, lon, pitch } = LIMITS;

const PARAM_PROSE: Record<ParamName, ParamProse> = {
	view: {
		syntax: 'view=ZOOM/LAT/LON[/BEARING[/PITCH]]',
		example: '7.5/38.56/68.77/0/30',
		default: () => m.docs_param_view_default(),
		description: () =>
			m.docs_param_view({
				zoomMin: zoom.min,
				zoomMax: zoom.max,
				latMin: lat.min,
				latMax: lat.max,
				lonMin: lon.min,
				lonMax: lon.max,
				pitchMin: pitch.min,
				pitchMax: pitch.max
			})
	},
	layers: {
		syntax: 'layers=ID,ID,…',
		example: 'tj-af-border,tj-kg-border,gbao',
		default: DEFAULT_LAYER_IDS.join(','),
		description: () => m.docs_param_layers({ ids: LAYER_IDS.join(', ') })
	},
	select: {
		syntax: 'select=FEATURE_ID',
		example: 'kharbmaydon',
		default: () => m.docs_param_select_default(),
		description: () => m.docs_param_select()
	},
	measure: {
		syntax: 'measure=LON,LAT;LON,LAT;…',
		example: '68.7739,38.5598;69.2,37.9',
		default: () => m.docs_param_measure_default(),
		description: () => m.docs_param_measure({ max: MAX_MEASURE_POINTS })
	},
	units: {
		syntax: `units=${UNITS.join('|')}`,
		example: 'nmi',
		default: DEFAULT_MAP_STATE.units,
		description: () => m.docs_param_units()
	},
	theme: {
		syntax: `theme=${THEME_NAMES.join('|')}`,
		example: 'dark',
		default: THEME_NAMES[0],
		description: () => m.docs_param_theme()
	},
	controls: {
		syntax: `controls=${CONTROLS.join(',')}`,
		example: 'zoom,legend,measure',
		default: DEFAULT_CONTROLS.join(','),
		description: () => m.docs_param_controls()
	},
	story: {
		syntax: 'story=p-N',
		example: 'p-3',
		default: () => m.docs_param_story_default(),
		description: () => m.docs_param_story({ count: PASSAGE_COUNT })
	}
};

/** The URL parameters of `/` and `/embed`, in the order serialisation writes them. */
export const URL_PARAMETERS: readonly ParamDoc[] = URL_PARAMS.map((p) =>
	withProse(p, PARAM_PROSE[p.name])
);

export { PARAM_NAMES } from '$lib/state/params';

/** A parameter about the link, not the view (params.ts `LINK_PARAMS`), documented beside the others. */
export interface LinkParamDoc extends Omit<ParamDoc, 'name'> {
	name: LinkParamName;
}

const LINK_PARAM_PROSE: Record<LinkParamName, ParamProse> = {
	v: {
		syntax: `v=VERSION`,
		example: DATA_VERSION,
		default: () => m.docs_param_v_default(),
		description: () => m.docs_param_v({ length: DATA_VERSION_LENGTH })
	},
	lang: {
		syntax: `lang=${LOCALES.join('|')}`,
		example: 'ru',
		default: () => m.docs_param_lang_default(),
		description: () => m.docs_param_lang()
	}
};

/** The link parameters (`v`, `lang`), after the view's in the docs. */
export const LINK_PARAMETERS: readonly LinkParamDoc[] = LINK_PARAMS.map((p) =>
	withProse({ ...p, embedOnly: false }, LINK_PARAM_PROSE[p.name])
);

export const PARAM_DOCS = Object.fromEntries(URL_PARAMETERS.map((p) => [p.name, p])) as Record<
	ParamName,
	ParamDoc
>;

export interface MessageFieldDoc {
	name: string;
	type: string;
	/** In the page's language. */
	description: string;
}

/** What the docs say about one message; prose as messages, read on use. */
interface MessageProse {
	fields: readonly { name: string; type: string; description: () => string }[];
	/** A complete message (tests build or parse it). */
	example: Readonly<Record<string, unknown>>;
	description: () => string;
}

export interface MessageDoc<T extends string = string> {
	type: T;
	/** 'out': the map posts it to its parent; 'in': the parent posts it to the map. */
	direction: 'out' | 'in';
	fields: readonly MessageFieldDoc[];
	/** A complete message (tests build or parse it). */
	example: Readonly<Record<string, unknown>>;
	/** In the page's language. */
	description: string;
}

function messageDoc<T extends string>(
	type: T,
	direction: 'out' | 'in',
	prose: MessageProse
): MessageDoc<T> {
	return {
		type,
		direction,
		fields: prose.fields.map((f) => ({
			name: f.name,
			type: f.type,
			get description() {
				return f.description();
			}
		})),
		example: prose.example,
		get description() {
			return prose.description();
		}
	};
}

export { MESSAGE_SOURCE, MESSAGE_TARGET };

const viewType = '{ zoom, lat, lon, bearing, pitch }';

const OUTBOUND_PROSE: Record<OutboundType, MessageProse> = {
	ready: {
		fields: [
			{
				name: 'lang',
				type: LOCALES.map((l) => `'${l}'`).join(' | '),
				description: () => m.docs_out_ready_lang()
			}
		],
		example: { source: MESSAGE_SOURCE, type: 'ready', lang: 'en' },
		description: () => m.docs_out_ready()
	},
	select: {
		fields: [
			{
				name: 'id',
				type: 'string | null',
				description: () => m.docs_out_select_id()
			}
		],
		example: { source: MESSAGE_SOURCE, type: 'select', id: 'gbao' },
		description: () => m.docs_out_select()
	},
	layers: {
		fields: [
			{
				name: 'layers',
				type: 'string[]',
				description: () => m.docs_out_layers_layers()
			}
		],
		example: { source: MESSAGE_SOURCE, type: 'layers', layers: ['tj-af-border', 'gbao'] },
		description: () => m.docs_out_layers()
	},
	viewchange: {
		fields: [{ name: 'view', type: viewType, description: () => m.docs_out_viewchange_view() }],
		example: {
			source: MESSAGE_SOURCE,
			type: 'viewchange',
			view: { zoom: 7.5, lat: 38.56, lon: 68.77, bearing: 0, pitch: 0 }
		},
		description: () => m.docs_out_viewchange()
	},
	measure: {
		fields: [
			{
				name: 'lengthMeters',
				type: 'number',
				description: () => m.docs_out_measure_length()
			},
			{ name: 'points', type: '[lon, lat][]', description: () => m.docs_out_measure_points() }
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
		description: () => m.docs_out_measure()
	},
	state: {
		fields: [
			{
				name: 'state',
				type: '{ view, layers, select, measure, units, theme, controls, story }',
				description: () => m.docs_out_state_state({ viewType })
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
		description: () => m.docs_out_state()
	},
	resize: {
		fields: [{ name: 'height', type: 'number', description: () => m.docs_out_resize_height() }],
		example: { source: MESSAGE_SOURCE, type: 'resize', height: 540 },
		description: () => m.docs_out_resize()
	},
	error: {
		fields: [{ name: 'message', type: 'string', description: () => m.docs_out_error_message() }],
		example: { source: MESSAGE_SOURCE, type: 'error', message: 'Unknown message type “zoom”.' },
		description: () => m.docs_out_error()
	}
};

/** Messages `/embed` posts to `window.parent`, in the order of OUTBOUND_TYPES. */
export const OUTBOUND_MESSAGES: readonly MessageDoc<OutboundType>[] = OUTBOUND_TYPES.map((type) =>
	messageDoc(type, 'out', OUTBOUND_PROSE[type])
);

const INBOUND_PROSE: Record<InboundType, MessageProse> = {
	setView: {
		fields: [
			{
				name: 'view',
				type: '{ zoom, lat, lon, bearing?, pitch? }',
				description: () => m.docs_in_setview_view()
			}
		],
		example: { target: MESSAGE_TARGET, type: 'setView', view: { zoom: 9, lat: 37.3, lon: 68.4 } },
		description: () => m.docs_in_setview()
	},
	select: {
		fields: [{ name: 'id', type: 'string | null', description: () => m.docs_in_select_id() }],
		example: { target: MESSAGE_TARGET, type: 'select', id: 'fakhrabad' },
		description: () => m.docs_in_select()
	},
	setLayers: {
		fields: [{ name: 'layers', type: 'string[]', description: () => m.docs_in_setlayers_layers() }],
		example: { target: MESSAGE_TARGET, type: 'setLayers', layers: ['tj-af-border', 'gbao'] },
		description: () => m.docs_in_setlayers()
	},
	measure: {
		fields: [
			{
				name: 'points',
				type: '[lon, lat][]',
				description: () => m.docs_in_measure_points({ max: MAX_MEASURE_POINTS })
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
		description: () => m.docs_in_measure()
	},
	setTheme: {
		fields: [
			{
				name: 'theme',
				type: THEME_NAMES.join(' | '),
				description: () => m.docs_in_settheme_theme()
			}
		],
		example: { target: MESSAGE_TARGET, type: 'setTheme', theme: 'dark' },
		description: () => m.docs_in_settheme()
	},
	setUnits: {
		fields: [
			{ name: 'units', type: UNITS.join(' | '), description: () => m.docs_in_setunits_units() }
		],
		example: { target: MESSAGE_TARGET, type: 'setUnits', units: 'nmi' },
		description: () => m.docs_in_setunits()
	},
	getState: {
		fields: [],
		example: { target: MESSAGE_TARGET, type: 'getState' },
		description: () => m.docs_in_getstate()
	}
};

/** Commands the parent may post to the `/embed` iframe, in the order of INBOUND_TYPES. */
export const INBOUND_MESSAGES: readonly MessageDoc<InboundType>[] = INBOUND_TYPES.map((type) =>
	messageDoc(type, 'in', INBOUND_PROSE[type])
);

/** Rules of the API that are not one message, as messages (call each for its text). */
export const PROTOCOL_NOTES: readonly (() => string)[] = [
	() => m.docs_rule_plain_object(),
	() => m.docs_rule_target({ target: MESSAGE_TARGET }),
	() => m.docs_rule_origins(),
	() => m.docs_rule_check_origin(),
	() => m.docs_rule_story()
];

/**
 * The whole interface as Markdown (for README/ARCHITECTURE or a plain-text docs page), rendered
 * from the records above: the prose in the current language, the headings in English (the
 * README's). Pipes in cells are escaped.
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
		for (const msg of messages) {
			const fields = msg.fields.map((f) => `${code(f.name)}: ${f.type} — ${f.description}`);
			lines.push(
				`| ${code(msg.type)} | ${cell(fields.join('; ') || '—')} | ${cell(msg.description)} | ` +
					`${cell(code(JSON.stringify(msg.example)))} |`
			);
		}
		lines.push('');
	}
	lines.push('## Rules', '', ...PROTOCOL_NOTES.map((n) => `- ${n()}`), '');
	return lines.join('\n');
}
