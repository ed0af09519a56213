import { describe, expect, it } from 'vitest';
import { defaultMapState, type MapState } from '$lib/state/map-state';
import { parseMapState } from '$lib/state/url';
import { KNOWN_FEATURE_IDS } from '$lib/state/arbitraries';
import { DEFAULT_EMBED_TITLE, buildEmbedCode, escapeHtml, resizeScript } from './embed-code';

const origin = 'https://frontier.example';
const state: MapState = {
	...defaultMapState(),
	view: { zoom: 7, lat: 38.5, lon: 71, bearing: 0, pitch: 0 },
	select: 'gbao',
	controls: ['zoom']
};
const base = {
	origin,
	state,
	width: 800,
	height: 500,
	responsive: false,
	autoHeight: false,
	title: 'GBAO'
};

/** Attribute values of the first <iframe>, unescaped. */
function iframeAttrs(html: string): Record<string, string> {
	const tag = /<iframe ([^>]*)>/.exec(html)?.[1] ?? '';
	const out: Record<string, string> = {};
	for (const m of tag.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)) {
		out[m[1]!] = (m[2] ?? '')
			.replace(/&quot;/g, '"')
			.replace(/&#39;/g, "'")
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&amp;/g, '&');
	}
	return out;
}

describe('escapeHtml', () => {
	it('escapes the five characters', () => {
		expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
			'&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;'
		);
	});
});

describe('buildEmbedCode', () => {
	it('builds a fixed-size iframe of /embed with the state, title, lazy loading and fullscreen', () => {
		const code = buildEmbedCode(base);
		expect(code.scriptHtml).toBeUndefined();
		expect(code.html).toBe(code.iframeHtml);
		expect(code.src).toBe(`${origin}/embed?view=7/38.5/71&select=gbao&controls=zoom`);
		const a = iframeAttrs(code.iframeHtml);
		expect(a).toMatchObject({
			src: code.src,
			title: 'GBAO',
			loading: 'lazy',
			width: '800',
			height: '500'
		});
		expect(a).toHaveProperty('allowfullscreen');
		expect(code.iframeHtml).toContain('&amp;select=gbao');
		// The src carries exactly the state.
		const back = parseMapState(new URL(a.src!).searchParams, {
			knownFeatureIds: KNOWN_FEATURE_IDS,
			embed: true
		});
		expect(back).toEqual({ state, notices: [] });
	});
	it('responsive: full width in an aspect-ratio wrapper', () => {
		const { iframeHtml } = buildEmbedCode({ ...base, responsive: true, width: 16, height: 9 });
		expect(iframeHtml).toMatch(/^<div style="position:relative;width:100%;aspect-ratio:16\/9">/);
		expect(iframeHtml.endsWith('</iframe></div>')).toBe(true);
		const a = iframeAttrs(iframeHtml);
		expect(a.style).toContain('width:100%');
		expect(a).not.toHaveProperty('width');
	});
	it('a blank title falls back to the default (an iframe must have an accessible name)', () => {
		expect(iframeAttrs(buildEmbedCode({ ...base, title: '  ' }).iframeHtml).title).toBe(
			DEFAULT_EMBED_TITLE
		);
	});
	it('escapes a poisoned title and state in every attribute', () => {
		const poison = `"><script>alert(1)</script><img src=x onerror='alert(2)'>&`;
		const code = buildEmbedCode({
			...base,
			title: poison,
			autoHeight: true,
			state: { ...state, select: poison as string }
		});
		const tags = code.iframeHtml.match(/</g)?.length;
		expect(tags).toBe(2); // <iframe …></iframe>, nothing injected
		expect(code.html).not.toMatch(/<script>alert|<img/);
		expect(iframeAttrs(code.iframeHtml).title).toBe(poison);
		expect(new URL(iframeAttrs(code.iframeHtml).src!).searchParams.get('select')).toBe(poison);
	});
	it('autoHeight adds an id and the resize script for that id and origin', () => {
		const code = buildEmbedCode({ ...base, autoHeight: true, responsive: true });
		const id = iframeAttrs(code.iframeHtml).id!;
		expect(id).toMatch(/^frontier-map-[a-z0-9]+$/);
		expect(code.scriptHtml).toContain(JSON.stringify(id));
		expect(code.scriptHtml).toContain(JSON.stringify(origin));
		expect(code.html).toBe(`${code.iframeHtml}\n${code.scriptHtml}`);
		expect(iframeAttrs(code.iframeHtml).style).toContain('height:500px');
		// Deterministic for the same input, different for different embeds.
		expect(buildEmbedCode({ ...base, autoHeight: true, responsive: true }).html).toBe(code.html);
		expect(buildEmbedCode({ ...base, autoHeight: true, width: 600 }).html).not.toContain(id);
	});
	it.each([
		['origin', { origin: 'javascript:alert(1)' }],
		['origin', { origin: 'https://a.example/path' }],
		['width', { width: 0 }],
		['width', { width: 1.5 }],
		['height', { height: NaN }],
		['height', { height: 1e6 }],
		['id', { id: '"><x' }]
	])('rejects a bad %s, naming it', (name, patch) => {
		expect(() => buildEmbedCode({ ...base, ...patch })).toThrow(new RegExp(`^${name}`));
	});
});

describe('resizeScript', () => {
	const script = resizeScript('frontier-map-x', origin);
	const body = script.replace(/^<script>/, '').replace(/<\/script>$/, '');

	/** Runs the script against a fake page; returns a function that dispatches message events. */
	function run() {
		const iframe = { contentWindow: {}, style: { height: '' } };
		let listener: ((e: unknown) => void) | undefined;
		const document = { getElementById: (id: string) => (id === 'frontier-map-x' ? iframe : null) };
		const addEventListener = (type: string, fn: (e: unknown) => void) => {
			if (type === 'message') listener = fn;
		};
		new Function('document', 'addEventListener', body)(document, addEventListener);
		return { iframe, send: (e: unknown) => listener?.(e) };
	}

	it('is small, inline and dependency-free', () => {
		expect(new TextEncoder().encode(script).length).toBeLessThan(1024);
		expect(script).not.toMatch(/src=|import|fetch/);
	});
	it('follows resize messages from that iframe and origin only', () => {
		const { iframe, send } = run();
		const data = { source: 'frontier-map', type: 'resize', height: 640.2 };
		send({ source: iframe.contentWindow, origin, data });
		expect(iframe.style.height).toBe('641px');
		send({ source: {}, origin, data: { ...data, height: 100 } });
		send({
			source: iframe.contentWindow,
			origin: 'https://evil.example',
			data: { ...data, height: 100 }
		});
		send({ source: iframe.contentWindow, origin, data: { ...data, type: 'select', height: 100 } });
		send({ source: iframe.contentWindow, origin, data: { ...data, source: 'x', height: 100 } });
		send({ source: iframe.contentWindow, origin, data: { ...data, height: 'calc(1px)' } });
		send({ source: iframe.contentWindow, origin, data: { ...data, height: 1e9 } });
		send({ source: iframe.contentWindow, origin, data: { ...data, height: -5 } });
		send({ source: iframe.contentWindow, origin, data: null });
		expect(iframe.style.height).toBe('641px');
	});
	it('cannot be broken out of by its inputs', () => {
		expect(() => resizeScript('a</script>', origin)).toThrow(/iframeId/);
		expect(resizeScript('a', 'https://x.example')).not.toMatch(/<\/script>.*<\/script>/);
	});
});
