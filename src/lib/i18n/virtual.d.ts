declare module 'virtual:frontier-messages' {
	export const groups: string[];
	export const loaders: Record<
		string,
		Array<() => Promise<{ default: Array<string | ((inputs: Record<string, unknown>) => string)> }>>
	>;
}

declare module 'virtual:frontier-message-files' {
	/** locale → group → the URL of its chunk (empty while developing). */
	export const messageFiles: Record<string, Record<string, string>>;
}
