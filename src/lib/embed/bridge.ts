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
 * Nothing here throws: postMessage failures (a closed parent, an opaque origin) are swallowed.
 */
import {
	isAllowedOrigin,
	outbound,
	parseInboundMessage,
	type InboundCommand,
	type OutboundMessage
} from './protocol';

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
}

export interface EmbedBridge {
	/** True when the page is inside a frame (there is a parent to talk to). */
	readonly framed: boolean;
	/** Posts to the parent; a no-op when not framed. */
	post(message: OutboundMessage): void;
	/** Stops listening. */
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

	const onMessage = (ev: MessageEvent) => {
		if (!framed || ev.source !== parent) return;
		if (!isAcceptedOrigin(ev.origin, opts.allowedOrigins, ownOrigin)) return;
		const result = parseInboundMessage(ev.data, { knownFeatureIds: opts.knownFeatureIds });
		if (result.kind === 'command') opts.oncommand(result.command);
		else if (result.kind === 'error') {
			// An opaque origin ('null', e.g. a sandboxed host) cannot be named as targetOrigin.
			const replyTo = ev.origin === 'null' || ev.origin === '' ? '*' : ev.origin;
			safePost(ev.source, outbound.error(result.message), replyTo);
		}
	};
	win.addEventListener('message', onMessage);

	return {
		framed,
		post(message) {
			if (framed) safePost(parent, message, targetOrigin);
		},
		destroy() {
			win.removeEventListener('message', onMessage);
		}
	};
}
