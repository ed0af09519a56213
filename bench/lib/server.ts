/**
 * Starts the built app on a loopback port for the bench and stops it afterwards. The entry is
 * what `npm start` runs: `server.js` when the repository has one, else adapter-node's index.js.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { APP_BUILD, APP_DIR, ROOT } from './paths';

export interface RunningServer {
	origin: string;
	/** The command line, for the results. */
	entry: string;
	stop: () => Promise<void>;
}

function portIsFree(port: number): Promise<boolean> {
	return new Promise((resolvePromise) => {
		const probe = createServer();
		probe.once('error', () => resolvePromise(false));
		probe.listen(port, '127.0.0.1', () => probe.close(() => resolvePromise(true)));
	});
}

/** The first free port of the bench's range (4300–4399), from `preferred` upwards. */
export async function freePort(preferred = 4390): Promise<number> {
	for (let i = 0; i < 100; i++) {
		const port = 4300 + ((preferred - 4300 + i) % 100);
		if (await portIsFree(port)) return port;
	}
	throw new Error('no free port in 4300–4399');
}

async function waitUntilUp(origin: string, child: ChildProcess, timeoutMs = 30_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
		try {
			const res = await fetch(`${origin}/`);
			if (res.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`server at ${origin} did not answer within ${timeoutMs} ms`);
}

export async function startServer(port: number): Promise<RunningServer> {
	const custom = join(ROOT, 'server.js');
	const args = existsSync(custom) ? [custom] : [join(APP_BUILD, 'index.js')];
	const origin = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, args, {
		cwd: ROOT,
		env: {
			...process.env,
			FRONTIER_BUILD_DIR: relative(ROOT, APP_DIR),
			HOST: '127.0.0.1',
			PORT: String(port),
			ORIGIN: origin
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	await waitUntilUp(origin, child);
	const stop = () =>
		new Promise<void>((resolvePromise) => {
			if (child.exitCode !== null) return resolvePromise();
			child.once('exit', () => resolvePromise());
			child.kill('SIGTERM');
		});
	return { origin, entry: `node ${args.map((a) => relative(ROOT, a)).join(' ')}`, stop };
}
