/**
 * HTTP as a cache or proxy sees it: exactly the headers given (no Accept-Encoding added), a fresh
 * connection each time, the body as sent (not decompressed) — fetch and Playwright's request
 * context both add and undo compression.
 */
import { request, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

export interface RawReply {
	status: number;
	headers: IncomingHttpHeaders;
	body: Buffer;
}

export function rawGet(
	port: number,
	path: string,
	headers: Record<string, string> = {}
): Promise<RawReply> {
	return new Promise((ok, fail) => {
		const req = request({ host: '127.0.0.1', port, path, headers, agent: false }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })
			);
		});
		req.on('error', fail);
		req.end();
	});
}

/** The body as text, decoded per its Content-Encoding. */
export function decodedBody(reply: RawReply): string {
	const encoding = reply.headers['content-encoding'];
	if (encoding === 'br') return brotliDecompressSync(reply.body).toString('utf8');
	if (encoding === 'gzip') return gunzipSync(reply.body).toString('utf8');
	return reply.body.toString('utf8');
}

/** What a browser sends. */
export const BROWSER_ACCEPT_ENCODING = { 'accept-encoding': 'gzip, deflate, br, zstd' };
