/**
 * The first, cheap look at a `message` event's data: is it addressed to the map at all? Hosts
 * and their scripts post all sorts of messages to every frame; only those with
 * `target: 'frontier-map'` are worth loading the parser (./protocol.ts) for. Never throws and
 * never runs a getter.
 */
import { MESSAGE_TARGET } from './message-names';

/** The value of an own data property; undefined for accessors (their getters are never run). */
export function ownValue(obj: object, key: string): unknown {
	const d = Object.getOwnPropertyDescriptor(obj, key);
	return d !== undefined && 'value' in d ? d.value : undefined;
}

/** True when `data` is a (non-array) object whose own `target` is the map's. */
export function isAddressedToMap(data: unknown): boolean {
	try {
		if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
		return ownValue(data, 'target') === MESSAGE_TARGET;
	} catch {
		// a revoked proxy, a throwing trap: not a message for us
		return false;
	}
}
