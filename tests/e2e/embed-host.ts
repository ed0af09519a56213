/**
 * Helpers for the embed tests: a tiny host site on a second origin (loopback only, a free port),
 * a recorder for the messages the map posts to its host page, and map helpers for frames.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from '@playwright/test';
import { test, waitForMapIdle } from './fixtures';

export interface HostSite {
	/** e.g. `http://127.0.0.1:41234` */
	origin: string;
	/** `host:port`, for watch.allowHosts */
	host: string;
	/** Serves `html` at `path` (text/html, no CSP: it is somebody else's site). */
	setPage(path: string, html: string): void;
	close(): Promise<void>;
}

/** Starts a host site on 127.0.0.1 and a free port. */
export async function startHostSite(): Promise<HostSite> {
	const pages = new Map<string, string>();
	const server: Server = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://host.invalid').pathname;
		const html = pages.get(path);
		if (path === '/favicon.ico') {
			res.writeHead(204).end(); // browsers ask; a 404 would be logged as a console error
			return;
		}
		if (html === undefined) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		host: `127.0.0.1:${port}`,
		setPage: (path, html) => pages.set(path, html),
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

/**
 * One host site for the whole spec file: started before its first test, closed after its last,
 * and allowed by every test's `watch`. Use it only inside tests and hooks.
 */
export function useHostSite(): HostSite {
	let site: HostSite | undefined;
	test.beforeAll(async () => {
		site = await startHostSite();
	});
	test.afterAll(async () => {
		await site?.close();
	});
	// Its pages and the map they frame are the test's own, not foreign requests.
	test.beforeEach(({ watch }) => {
		watch.allowHosts(started().host);
	});
	const started = (): HostSite => {
		if (!site) throw new Error('the host site is started in beforeAll: use it inside a test');
		return site;
	};
	return {
		get origin() {
			return started().origin;
		},
		get host() {
			return started().host;
		},
		setPage: (path, html) => started().setPage(path, html),
		close: () => started().close()
	};
}

/**
 * Serves `html` at `path` on the host site and opens it in `page`, recording the messages the
 * map posts to it from the start (see recordMessages).
 */
export async function openHostPage(
	page: Page,
	host: HostSite,
	path: string,
	html: string
): Promise<void> {
	host.setPage(path, html);
	await recordMessages(page);
	await page.goto(`${host.origin}${path}`);
}

/** A message the host page received: what the map sent, and the origin the browser reported. */
export interface Received {
	origin: string;
	fromFrame: boolean;
	data: { source?: string; type?: string; [key: string]: unknown };
}

/**
 * Records, before any page script runs, every message the host page receives from its first
 * iframe, in `window.__received`.
 */
export async function recordMessages(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { __received: unknown[] };
		w.__received = [];
		window.addEventListener('message', (ev) => {
			const frame = document.querySelector('iframe');
			w.__received.push({
				origin: ev.origin,
				fromFrame: frame !== null && ev.source === frame.contentWindow,
				data: ev.data
			});
		});
	});
}

export async function received(page: Page): Promise<Received[]> {
	return page.evaluate(() => (window as unknown as { __received: Received[] }).__received);
}

/** Waits for a message of `type` from the map, after `after` messages; returns it. */
export async function waitForMessage(
	page: Page,
	type: string,
	after = 0,
	timeout = 45_000
): Promise<Received> {
	const handle = await page.waitForFunction(
		({ type, after }) => {
			const list = (window as unknown as { __received: Received[] }).__received;
			return list
				.slice(after)
				.find((m) => m.data?.source === 'frontier-map' && m.data.type === type);
		},
		{ type, after },
		{ timeout }
	);
	return (await handle.jsonValue()) as Received;
}

/** Posts `message` from the host page to its first iframe, with targetOrigin `target`. */
export async function sendToFrame(page: Page, message: unknown, target: string): Promise<void> {
	await page.evaluate(
		({ message, target }) => {
			document.querySelector('iframe')!.contentWindow!.postMessage(message, target);
		},
		{ message, target }
	);
}

/** The frame of the first iframe, once attached. */
export async function mapFrame(page: Page): Promise<Frame> {
	const handle = await page.waitForSelector('iframe');
	const frame = await handle.contentFrame();
	if (!frame) throw new Error('iframe without a frame');
	return frame;
}

/** waitForMapIdle for a frame (the map of an iframe, whatever its origin). */
export function waitForFrameMapIdle(frame: Frame): Promise<void> {
	return waitForMapIdle(frame);
}
