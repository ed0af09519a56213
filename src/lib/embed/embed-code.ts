/**
 * Copy-ready embed code for another site: an iframe of `/embed` carrying the state in its URL,
 * optionally responsive, optionally auto-height (a tiny inline script that follows the map's
 * `resize` messages, the Pym pattern without Pym). Pure string building; every attribute value
 * is HTML-escaped and every value put in the script is a JSON literal safe inside <script>.
 */
import type { Locale } from '$lib/i18n/locales';
import type { MapState } from '$lib/state/map-state';
import { LANGUAGE_PARAM } from '$lib/state/params';
import { stateSearch } from '$lib/state/url';
import { MESSAGE_SOURCE } from './messages';
import { normaliseOrigin } from './origin';

export const DEFAULT_EMBED_TITLE = 'Frontier Map: border security in Tajikistan';
/** The iframe's default accessible name in each language the map speaks. */
const EMBED_TITLES: Readonly<Record<Locale, string>> = {
	en: DEFAULT_EMBED_TITLE,
	ru: 'Frontier Map: безопасность границ Таджикистана'
};

/** The default title for an embed in `locale` (English without one). */
export function defaultEmbedTitle(locale: Locale | null | undefined): string {
	return EMBED_TITLES[locale ?? 'en'];
}
export const DEFAULT_EMBED_SIZE = { width: 800, height: 500 } as const;
/** Largest width or height accepted, in CSS pixels. */
export const MAX_EMBED_SIZE = 10_000;

export interface EmbedCodeOptions {
	/** Our origin, e.g. `https://frontier-map.example` (validated; path and query not allowed). */
	origin: string;
	state: MapState;
	/** CSS pixels, whole numbers 1…MAX_EMBED_SIZE. With `responsive`, they give the aspect ratio. */
	width: number;
	height: number;
	/** Width 100% of the container, height from the aspect ratio width:height. */
	responsive: boolean;
	/** Add the resize script; the iframe then takes the height the map asks for. */
	autoHeight: boolean;
	/** The iframe's accessible name; blank → DEFAULT_EMBED_TITLE. */
	title: string;
	/** The iframe's element id (for the script); default derived from the code itself. */
	id?: string;
	/** The embed's language (`lang=` in its URL); none: the reader's browser decides. */
	lang?: Locale | null;
}

export interface EmbedCode {
	/** The iframe URL. */
	src: string;
	/** The iframe (inside its aspect-ratio wrapper when responsive). */
	iframeHtml: string;
	/** Present when `autoHeight`: paste it after the iframe. */
	scriptHtml?: string;
	/** Everything to paste, in order. */
	html: string;
}

/** Escapes text for a double- or single-quoted HTML attribute value (and for text content). */
export function escapeHtml(value: string): string {
	return value
		.replace(/&/g, '&amp;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');
}

/** A JSON string literal that cannot end a <script> element or break a JS string. */
function scriptString(value: string): string {
	return JSON.stringify(value)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

function checkSize(name: 'width' | 'height', value: number): number {
	if (!Number.isInteger(value) || value < 1 || value > MAX_EMBED_SIZE) {
		throw new RangeError(
			`${name} must be a whole number from 1 to ${MAX_EMBED_SIZE} (got ${value})`
		);
	}
	return value;
}

const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

/** FNV-1a, 32 bit: a short stable id for the same embed code. */
function hash(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(36);
}

/** `name="value"` pairs, escaped; `true` writes a bare boolean attribute. */
function attributes(attrs: Record<string, string | number | true | undefined>): string {
	return Object.entries(attrs)
		.filter(([, v]) => v !== undefined)
		.map(([k, v]) => (v === true ? k : `${k}="${escapeHtml(String(v))}"`))
		.join(' ');
}

/**
 * The inline auto-height script (< 1 KB, no dependencies). It trusts only `resize` messages whose
 * event.source is this iframe's window and whose origin is ours, and bounds the height.
 */
export function resizeScript(iframeId: string, origin: string): string {
	const o = normaliseOrigin(origin);
	if (o === null)
		throw new RangeError(`origin must be an http(s) origin (got ${JSON.stringify(origin)})`);
	if (!ID_PATTERN.test(iframeId)) throw new RangeError(`iframeId is not a valid element id`);
	return (
		'<script>(function(){' +
		`var f=document.getElementById(${scriptString(iframeId)});if(!f)return;` +
		'addEventListener("message",function(e){var d=e.data;' +
		`if(e.source!==f.contentWindow||e.origin!==${scriptString(o)}||!d||` +
		`d.source!==${scriptString(MESSAGE_SOURCE)}||d.type!=="resize")return;` +
		'var h=Math.ceil(+d.height);if(h>0&&h<1e5)f.style.height=h+"px"})})();</script>'
	);
}

/** Builds the embed code for a map state. Throws RangeError naming a bad origin, width, height or id. */
export function buildEmbedCode(opts: EmbedCodeOptions): EmbedCode {
	const origin = normaliseOrigin(opts.origin);
	if (origin === null) {
		throw new RangeError(`origin must be an http(s) origin (got ${JSON.stringify(opts.origin)})`);
	}
	const width = checkSize('width', opts.width);
	const height = checkSize('height', opts.height);
	const title = opts.title.trim() === '' ? defaultEmbedTitle(opts.lang) : opts.title.trim();
	const search = stateSearch(opts.state, { embed: true });
	const language = opts.lang ? `${search ? '&' : '?'}${LANGUAGE_PARAM}=${opts.lang}` : '';
	const src = `${origin}/embed${search}${language}`;
	const id = opts.id ?? `frontier-map-${hash(`${src} ${width} ${height} ${opts.responsive}`)}`;
	if (!ID_PATTERN.test(id))
		throw new RangeError(`id must match ${ID_PATTERN} (got ${JSON.stringify(id)})`);

	const common = {
		id: opts.autoHeight ? id : undefined,
		src,
		title,
		loading: 'lazy',
		allowfullscreen: true,
		referrerpolicy: 'strict-origin-when-cross-origin'
	} as const;

	let iframeHtml: string;
	if (opts.autoHeight) {
		// The script owns the height: start at `height`, take the map's resize messages.
		const style = `display:block;width:${opts.responsive ? '100%' : `${width}px`};max-width:100%;height:${height}px;border:0`;
		iframeHtml = `<iframe ${attributes({ ...common, width: opts.responsive ? undefined : width, height, style })}></iframe>`;
	} else if (opts.responsive) {
		const wrapper = `position:relative;width:100%;aspect-ratio:${width}/${height}`;
		const style = 'position:absolute;inset:0;width:100%;height:100%;border:0';
		iframeHtml =
			`<div ${attributes({ style: wrapper })}>` +
			`<iframe ${attributes({ ...common, style })}></iframe></div>`;
	} else {
		iframeHtml = `<iframe ${attributes({ ...common, width, height, style: 'border:0;max-width:100%' })}></iframe>`;
	}

	if (!opts.autoHeight) return { src, iframeHtml, html: iframeHtml };
	const scriptHtml = resizeScript(id, origin);
	return { src, iframeHtml, scriptHtml, html: `${iframeHtml}\n${scriptHtml}` };
}
