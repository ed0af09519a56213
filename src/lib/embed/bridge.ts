/**
 * The `/embed` end of the postMessage API: posts outbound messages to the parent window and
 * turns the parent's messages into commands, enforcing the parent-origin allow-list
 * (FRONTIER_EMBED_ORIGINS). The rules live here, apart from the page, so they are unit-tested
 * with fake windows:
 *
 * - inbound: only messages whose `event.source` is the parent window and whose origin is allowed
 *   (any origin when the allow-list is unset; our own origin always, for the builder's preview)
 *   are read; a message with the target but a bad type or argument is answered with `error`, to
 *   `event.source` with targetOrigin `event.origin`; everything else is ignored silently.
 * - outbound: targetOrigin is the one allowed origin when exactly one is configured (our own when
 *   the parent is our own page), else `*` (the messages carry nothing private: the view, the
 *   selection, a measurement, a height).
 *
 * The parser (./protocol.ts, with zod) is loaded on the first message addressed to the map, not
 * with the page: most embeds are never sent a command. Messages are handled in the order they
 * arrived, each after the ones before it.
 *
 * Nothing here throws: postMessage failures (a closed parent, an opaque origin) are swallowed.
 */
import { isAddressedToMap, outbound, type InboundCommand, type OutboundMessage } from './messages';
import { isAllowedOrigin } from './origin';
import { withMessages } from '$lib/i18n/client-messages';
import { LAZY_GROUPS } from '$lib/i18n/groups';
import type { parseInboundMessage } from './protocol';

/** The inbound parser, however it is loaded. */
export type InboundParser = typeof parseInboundMessage;

/** Loads the parser as its own chunk (the default), with the words of its errors. */
export const loadInboundParser = (): Promise<InboundParser> =>
	withMessages(import('./protocol'), LAZY_GROUPS.hostCommands).then((m) => m.parseInboundMessage);

/** The part of a message target the bridge uses. */
export interface MessageTarget {
	postMessage(message: unknown, targetOrigin: string): void;
}

/** The part of `window` the bridge uses (a fake in tests). */
export interface BridgeWindow {
	readonly parent: MessageTarget | null;
	readonly location: { readonly origin: string; readonly ancestorOrigins?: ArrayLike<string> };
	addEventListener(type: 'message', listener: (ev: MessageEvent) => void): void;
	removeEventListener(type: 'message', listener: (ev: MessageEvent) => void): void;
}

export interface BridgeOptions {
	/** Normalised parent origins allowed; null = any (FRONTIER_EMBED_ORIGINS unset). */
	allowedOrigins: readonly string[] | null;
	knownFeatureIds: ReadonlySet<string>;
	/** A valid command from an allowed parent. */
	oncommand: (command: InboundCommand) => void;
	/** How to get the parser; default: load ./protocol.ts as a separate chunk. */
	loadParser?: () => Promise<InboundParser>;
}

export interface EmbedBridge {
	/** True when the page is inside a frame (there is a parent to talk to). */
	readonly framed: boolean;
	/** Posts to the parent; a no-op when not framed. */
	post(message: OutboundMessage): void;
	/** Resolves once every message received so far has been handled. */
	settled(): Promise<void>;
	/** Stops listening; messages still waiting for the parser are dropped. */
	destroy(): void;
}

/**
 * The targetOrigin for messages to the parent. `parentOrigin` is what the browser says the
 * parent is (location.ancestorOrigins, where supported), else undefined.
 */
export function outboundTargetOrigin(
	allowedOrigins: readonly string[] | null,
	ownOrigin: string,
	parentOrigin: string | undefined
): string {
	if (parentOrigin !== undefined && parentOrigin === ownOrigin) return ownOrigin;
	if (allowedOrigins === null) return '*';
	if (allowedOrigins.length === 1) return allowedOrigins[0] as string;
	// No origin allowed (a misconfigured list fails closed): only our own pages may listen.
	if (allowedOrigins.length === 0) return ownOrigin;
	return '*';
}

/** True when a message from `origin` may command the map. */
export function isAcceptedOrigin(
	origin: string,
	allowedOrigins: readonly string[] | null,
	ownOrigin: string
): boolean {
	return origin === ownOrigin || isAllowedOrigin(origin, allowedOrigins);
}

function safePost(target: unknown, message: unknown, targetOrigin: string): void {
	try {
		(target as MessageTarget | null)?.postMessage(message, targetOrigin);
	} catch {
		// a closed window, an opaque origin, an uncloneable port: nothing useful to do
	}
}

/** Connects `/embed` to its parent window. Call `destroy` when the page goes away. */
export function createEmbedBridge(win: BridgeWindow, opts: BridgeOptions): EmbedBridge {
	const parent = win.parent;
	const framed = parent !== null && parent !== (win as unknown);
	const ownOrigin = win.location.origin;
	const parentOrigin = win.location.ancestorOrigins?.[0];
	const targetOrigin = outboundTargetOrigin(opts.allowedOrigins, ownOrigin, parentOrigin);

	const loadParser = opts.loadParser ?? loadInboundParser;
	let parser: Promise<InboundParser> | null = null;
	/** The last message's handling: each message waits for the one before it. */
	let queue: Promise<void> = Promise.resolve();
	let destroyed = false;

	const handle = (parse: InboundParser, data: unknown, origin: string, source: unknown) => {
		if (destroyed) return;
		const result = parse(data, { knownFeatureIds: opts.knownFeatureIds });
		if (result.kind === 'command') opts.oncommand(result.command);
		else if (result.kind === 'error') {
			// An opaque origin ('null', e.g. a sandboxed host) cannot be named as targetOrigin.
			const replyTo = origin === 'null' || origin === '' ? '*' : origin;
			safePost(source, outbound.error(result.message), replyTo);
		}
	};

	const onMessage = (ev: MessageEvent) => {
		if (!framed || ev.source !== parent) return;
		if (!isAcceptedOrigin(ev.origin, opts.allowedOrigins, ownOrigin)) return;
		if (!isAddressedToMap(ev.data)) return;
		const { data, origin, source } = ev;
		parser ??= loadParser();
		const loading = parser;
		queue = queue
			.then(() => loading)
			.then(
				(parse) => {
					try {
						handle(parse, data, origin, source);
					} catch (e) {
						// the page's own bug: report it as an uncaught error, as a synchronous
						// listener's would be, without stopping the messages after this one
						queueMicrotask(() => {
							throw e;
						});
					}
				},
				() => {
					// the parser chunk failed to load (offline, a new deploy): forget it so the next
					// message tries again; this one is lost, as a message to a closed frame would be
					if (parser === loading) parser = null;
				}
			);
	};
	win.addEventListener('message', onMessage);

	return {
		framed,
		post(message) {
			if (framed) safePost(parent, message, targetOrigin);
		},
		settled: () => queue,
		destroy() {
			destroyed = true;
			win.removeEventListener('message', onMessage);
		}
	};
}
