/**
 * What a page load fetched, by kind, and what its JavaScript is made of: the bytes that are
 * MapLibre itself and the bytes beyond it (read from the chunks' source maps), and whether any
 * module of the panel, report or builder is among them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotli, gzipSize } from './compress';
import { KINDS, type Kind, type Resource } from './browser';
import { APP_CLIENT } from './paths';
import { readSourceMap, spansOf } from './sourcemap';

export interface KindTotals {
	files: number;
	raw: number;
	/** Bytes on the wire as served to the browser (brotli where the server had it). */
	served: number;
}

/**
 * Totals per kind. A URL fetched twice (the full map reads borders.geojson for the map and again
 * for its distance index) counts its raw size once, and its bytes on the wire each time they
 * crossed it (a second read from the HTTP cache transfers nothing).
 */
export function totalsByKind(resources: readonly Resource[]): Record<Kind, KindTotals> {
	const totals = Object.fromEntries(
		KINDS.map((k) => [k, { files: 0, raw: 0, served: 0 }])
	) as Record<Kind, KindTotals>;
	const seen = new Set<string>();
	for (const r of resources) {
		const t = totals[r.kind];
		t.served += r.servedBytes;
		if (seen.has(r.url)) continue;
		seen.add(r.url);
		t.files += 1;
		t.raw += r.rawBytes;
	}
	return totals;
}

/** A chunk's file on disk: every static file the bench loads lives in the app's client folder. */
export function fileOf(url: string): string {
	return join(APP_CLIENT, decodeURIComponent(new URL(url).pathname));
}

const MAPLIBRE_SOURCE = /node_modules\/maplibre-gl\//;
/** The worker bundle is MapLibre's own file, whatever its source map says. */
const MAPLIBRE_FILE = /maplibre-gl-worker/;

export interface JsBreakdown {
	chunks: number;
	/** Raw, gzip and brotli bytes of the JavaScript that is not MapLibre (each chunk compressed alone). */
	beyond: { raw: number; gzip: number; brotli: number };
	maplibre: { raw: number };
	/** Every module (source-map source) of the page's chunks, repository-relative. */
	modules: string[];
}

function normalise(source: string): string {
	return source.replace(/^(\.\.\/)+/, '').replace(/^.*?node_modules\//, 'node_modules/');
}

/** Splits a page's JavaScript into MapLibre and the rest, chunk by chunk. */
export function jsBreakdown(jsUrls: readonly string[]): JsBreakdown {
	const out: JsBreakdown = {
		chunks: 0,
		beyond: { raw: 0, gzip: 0, brotli: 0 },
		maplibre: { raw: 0 },
		modules: []
	};
	const modules = new Set<string>();
	for (const url of new Set(jsUrls)) {
		const file = fileOf(url);
		const code = readFileSync(file, 'utf8');
		const map = readSourceMap(file);
		out.chunks += 1;
		if (MAPLIBRE_FILE.test(file) || !map) {
			const isMapLibre = MAPLIBRE_FILE.test(file);
			if (isMapLibre) out.maplibre.raw += Buffer.byteLength(code);
			else addBeyond(out, code);
			modules.add(
				isMapLibre ? 'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs' : `(no map) ${file}`
			);
			continue;
		}
		let rest = '';
		for (const span of spansOf(code, map)) {
			if (span.source) modules.add(normalise(span.source));
			if (span.source && MAPLIBRE_SOURCE.test(normalise(span.source)))
				out.maplibre.raw += Buffer.byteLength(span.text);
			else rest += span.text;
		}
		addBeyond(out, rest);
	}
	out.modules = [...modules].sort();
	return out;
}

function addBeyond(out: JsBreakdown, text: string): void {
	if (!text) return;
	const bytes = Buffer.from(text);
	out.beyond.raw += bytes.length;
	out.beyond.gzip += gzipSize(bytes);
	out.beyond.brotli += brotli(bytes).length;
}

/** Code that /embed must never load: the full map's panel, the report and the embed builder. */
export const FORBIDDEN_ON_EMBED = [
	'AnalystPanel',
	'ReportPassages',
	'Timeline',
	'EmbedBuilder',
	'routes/embed/builder',
	'components/analyst/',
	'analyst/panels/'
];

export interface ForbiddenCheck {
	/** Modules (from source maps) matching a forbidden name. */
	modules: string[];
	/** Forbidden names found in the chunks' text, other than as a CSS file name. */
	textHits: { url: string; name: string }[];
}

export function forbiddenOnEmbed(
	jsUrls: readonly string[],
	modules: readonly string[]
): ForbiddenCheck {
	const names = FORBIDDEN_ON_EMBED.filter((n) => /^\w+$/.test(n));
	const textHits: ForbiddenCheck['textHits'] = [];
	for (const url of new Set(jsUrls)) {
		const code = readFileSync(fileOf(url), 'utf8');
		for (const name of names) {
			// `ReportPassages.<hash>.css` in Vite's preload list names a stylesheet, not code
			if (new RegExp(`${name}(?![\\w-]*\\.[\\w-]+\\.css)`).test(code)) textHits.push({ url, name });
		}
	}
	return {
		modules: modules.filter((m) => FORBIDDEN_ON_EMBED.some((f) => m.includes(f))),
		textHits
	};
}
