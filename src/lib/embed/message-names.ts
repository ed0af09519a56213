/**
 * The `source` the map puts on every message it posts and the `target` a host puts on every
 * message for the map (design.md). In a module of their own: the embed page, the embed code
 * and the docs all need them, and none should pull in the others to get two strings.
 */
export const MESSAGE_SOURCE = 'frontier-map';
export const MESSAGE_TARGET = 'frontier-map';
