import { describe, expect, it, vi } from 'vitest';
import {
	createEmbedBridge,
	isAcceptedOrigin,
	outboundTargetOrigin,
	type BridgeWindow,
	type MessageTarget
} from './bridge';
import { outbound } from './messages';
import { parseInboundMessage } from './protocol';

const OWN = 'https://map.example';
const HOST = 'https://news.example';
const known = new Set(['gbao', 'fakhrabad']);

/** A fake iframe window with a parent that records what it is sent. */
function fakeWindow(opts: { framed?: boolean; ancestor?: string } = {}) {
	const sent: { message: unknown; targetOrigin: string }[] = [];
	const parent: MessageTarget = {
		postMessage: (message, targetOrigin) => sent.push({ message, targetOrigin })
	};
	let listener: ((ev: MessageEvent) => void) | null = null;
	const win: BridgeWindow = {
		parent: null,
		location: { origin: OWN, ancestorOrigins: opts.ancestor ? [opts.ancestor] : [] },
		addEventListener: (_type, l) => (listener = l),
		removeEventListener: (_type, l) => {
			if (listener === l) listener = null;
		}
	};
	Object.defineProperty(win, 'parent', { value: opts.framed === false ? win : parent });
	const deliver = (data: unknown, origin = HOST, source: unknown = parent) =>
		listener?.({ data, origin, source } as MessageEvent);
	return { win, parent, sent, deliver, listening: () => listener !== null };
}

describe('outboundTargetOrigin', () => {
	it('is * without an allow-list, the one origin with one, * with several', () => {
		expect(outboundTargetOrigin(null, OWN, undefined)).toBe('*');
		expect(outboundTargetOrigin([HOST], OWN, undefined)).toBe(HOST);
		expect(outboundTargetOrigin([HOST, 'https://b.example'], OWN, undefined)).toBe('*');
	});
	it('is our own origin when the parent is our own page or when no origin is allowed', () => {
		expect(outboundTargetOrigin([HOST], OWN, OWN)).toBe(OWN);
		expect(outboundTargetOrigin(null, OWN, OWN)).toBe(OWN);
		expect(outboundTargetOrigin([], OWN, undefined)).toBe(OWN);
	});
});

describe('isAcceptedOrigin', () => {
	it('accepts any origin without a list, listed ones and our own with one', () => {
		expect(isAcceptedOrigin('https://any.example', null, OWN)).toBe(true);
		expect(isAcceptedOrigin(HOST, [HOST], OWN)).toBe(true);
		expect(isAcceptedOrigin(OWN, [HOST], OWN)).toBe(true);
		expect(isAcceptedOrigin('https://evil.example', [HOST], OWN)).toBe(false);
		expect(isAcceptedOrigin('null', [HOST], OWN)).toBe(false);
	});
});

describe('createEmbedBridge', () => {
	it('turns a valid command from the parent into a command', async () => {
		const f = fakeWindow();
		const oncommand = vi.fn();
		const b = createEmbedBridge(f.win, { allowedOrigins: null, knownFeatureIds: known, oncommand });
		f.deliver({ target: 'frontier-map', type: 'select', id: 'gbao' });
		await b.settled();
		expect(oncommand).toHaveBeenCalledWith({ type: 'select', id: 'gbao' });
		expect(f.sent).toEqual([]);
	});

	it('answers a bad command with error, to the sender’s origin', async () => {
		const f = fakeWindow();
		const oncommand = vi.fn();
		const b = createEmbedBridge(f.win, { allowedOrigins: null, knownFeatureIds: known, oncommand });
		f.deliver({ target: 'frontier-map', type: 'select', id: 'atlantis' });
		f.deliver({ target: 'frontier-map', type: 'fly' });
		await b.settled();
		expect(oncommand).not.toHaveBeenCalled();
		expect(f.sent).toHaveLength(2);
		expect(f.sent[0]).toMatchObject({
			targetOrigin: HOST,
			message: { source: 'frontier-map', type: 'error' }
		});
		expect(String((f.sent[1]!.message as { message: string }).message)).toMatch(/Unknown/);
	});

	it('answers an opaque-origin sender with targetOrigin *', async () => {
		const f = fakeWindow();
		const b = createEmbedBridge(f.win, {
			allowedOrigins: null,
			knownFeatureIds: known,
			oncommand: vi.fn()
		});
		f.deliver({ target: 'frontier-map' }, 'null');
		await b.settled();
		expect(f.sent[0]?.targetOrigin).toBe('*');
	});

	it('ignores junk, messages from other windows, and origins off the allow-list', async () => {
		const f = fakeWindow();
		const oncommand = vi.fn();
		const b = createEmbedBridge(f.win, {
			allowedOrigins: [HOST],
			knownFeatureIds: known,
			oncommand
		});
		for (const junk of [null, 1, 'x', [], { type: 'select', id: 'gbao' }, { target: 'other' }]) {
			f.deliver(junk);
		}
		const cmd = { target: 'frontier-map', type: 'select', id: 'gbao' };
		f.deliver(cmd, 'https://evil.example');
		f.deliver(cmd, HOST, { postMessage: () => undefined }); // a sibling frame
		f.deliver({ target: 'frontier-map', type: 'nope' }, 'https://evil.example');
		await b.settled();
		expect(oncommand).not.toHaveBeenCalled();
		expect(f.sent).toEqual([]);
		f.deliver(cmd, OWN); // our own builder
		await b.settled();
		expect(oncommand).toHaveBeenCalledTimes(1);
	});

	it('never throws, even on hostile data', async () => {
		const f = fakeWindow();
		const b = createEmbedBridge(f.win, {
			allowedOrigins: null,
			knownFeatureIds: known,
			oncommand: vi.fn()
		});
		const hostile = new Proxy(
			{},
			{
				get() {
					throw new Error('trap');
				},
				ownKeys() {
					throw new Error('trap');
				},
				getOwnPropertyDescriptor() {
					throw new Error('trap');
				}
			}
		);
		expect(() => f.deliver(hostile)).not.toThrow();
		await expect(b.settled()).resolves.toBeUndefined();
	});

	it('posts to the parent with the computed targetOrigin, and not at all when not framed', () => {
		const f = fakeWindow();
		const bridge = createEmbedBridge(f.win, {
			allowedOrigins: [HOST],
			knownFeatureIds: known,
			oncommand: vi.fn()
		});
		bridge.post(outbound.ready('en'));
		expect(f.sent).toEqual([
			{ message: { source: 'frontier-map', type: 'ready', lang: 'en' }, targetOrigin: HOST }
		]);

		const alone = fakeWindow({ framed: false });
		const b2 = createEmbedBridge(alone.win, {
			allowedOrigins: null,
			knownFeatureIds: known,
			oncommand: vi.fn()
		});
		expect(b2.framed).toBe(false);
		b2.post(outbound.ready('en'));
		expect(alone.sent).toEqual([]);
	});

	it('swallows a failing postMessage and stops listening on destroy', () => {
		const f = fakeWindow();
		f.parent.postMessage = () => {
			throw new DOMException('closed');
		};
		const bridge = createEmbedBridge(f.win, {
			allowedOrigins: null,
			knownFeatureIds: known,
			oncommand: vi.fn()
		});
		expect(() => bridge.post(outbound.ready('en'))).not.toThrow();
		bridge.destroy();
		expect(f.listening()).toBe(false);
	});

	it('loads the parser only for messages addressed to the map, once, and keeps their order', async () => {
		const f = fakeWindow();
		const oncommand = vi.fn();
		const loadParser = vi.fn(async () => {
			await new Promise((r) => setTimeout(r, 5));
			return parseInboundMessage;
		});
		const b = createEmbedBridge(f.win, {
			allowedOrigins: null,
			knownFeatureIds: known,
			oncommand,
			loadParser
		});
		f.deliver({ type: 'select', id: 'gbao' });
		f.deliver('resize:100');
		await b.settled();
		expect(loadParser).not.toHaveBeenCalled();

		f.deliver({ target: 'frontier-map', type: 'select', id: 'gbao' });
		f.deliver({ target: 'frontier-map', type: 'select', id: 'atlantis' });
		f.deliver({ target: 'frontier-map', type: 'select', id: 'fakhrabad' });
		expect(oncommand).not.toHaveBeenCalled(); // still loading
		await b.settled();
		expect(loadParser).toHaveBeenCalledTimes(1);
		expect(oncommand.mock.calls.map(([c]) => c.id)).toEqual(['gbao', 'fakhrabad']);
		expect(f.sent).toHaveLength(1);
	});

	it('retries a parser that failed to load with the next message', async () => {
		const f = fakeWindow();
		const oncommand = vi.fn();
		const loadParser = vi
			.fn<() => Promise<typeof parseInboundMessage>>()
			.mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
			.mockResolvedValue(parseInboundMessage);
		const b = createEmbedBridge(f.win, {
			allowedOrigins: null,
			knownFeatureIds: known,
			oncommand,
			loadParser
		});
		f.deliver({ target: 'frontier-map', type: 'select', id: 'gbao' });
		await b.settled();
		expect(oncommand).not.toHaveBeenCalled();
		f.deliver({ target: 'frontier-map', type: 'select', id: 'fakhrabad' });
		await b.settled();
		expect(loadParser).toHaveBeenCalledTimes(2);
		expect(oncommand).toHaveBeenCalledExactlyOnceWith({ type: 'select', id: 'fakhrabad' });
	});

	it('drops messages still waiting for the parser when destroyed', async () => {
		const f = fakeWindow();
		const oncommand = vi.fn();
		const b = createEmbedBridge(f.win, { allowedOrigins: null, knownFeatureIds: known, oncommand });
		f.deliver({ target: 'frontier-map', type: 'select', id: 'gbao' });
		b.destroy();
		await b.settled();
		expect(oncommand).not.toHaveBeenCalled();
	});
});
