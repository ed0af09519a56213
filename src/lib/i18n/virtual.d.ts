declare module 'virtual:frontier-messages' {
	type Table = Array<string | ((inputs: Record<string, unknown>) => string)>;
	/** The message groups, in the order of the indexes the messages look up. */
	export const groups: string[];
	/** locale → group index → its table's chunk. */
	export const loaders: Record<string, Array<() => Promise<{ default: Table }>>>;
	/** locale → route id → one chunk with the tables of all the route's groups, by group index. */
	export const pageLoaders: Record<
		string,
		Record<string, () => Promise<{ default: Record<number, Table> }>>
	>;
}

declare module 'virtual:frontier-message-files' {
	/** locale → route id → the URL of its messages' chunk (empty while developing). */
	export const pageMessageFiles: Record<string, Record<string, string>>;
}
