/**
 * A second app server for a browser test: `node <script>` on 127.0.0.1 and a free port, with
 * the environment the test needs, waited for until it answers and stopped by the test.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A port nobody listens on now, on 127.0.0.1. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.once('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address() as { port: number };
			srv.close(() => resolve(port));
		});
	});
}

export interface NodeServer {
	stop: () => void;
}

/**
 * Starts `node <script>` with `env` (PORT and HOST set to `port` and 127.0.0.1 over it, then
 * `extraEnv`) and waits until `isUp` answers true; fails with `name` after `timeoutMs`.
 */
export async function startNodeServer(options: {
	script: string;
	port: number;
	env: NodeJS.ProcessEnv;
	extraEnv: Record<string, string>;
	isUp: () => Promise<boolean>;
	name: string;
	timeoutMs: number;
}): Promise<NodeServer> {
	const { script, port, env, extraEnv, isUp, name, timeoutMs } = options;
	const child = spawn(process.execPath, [script], {
		env: { ...env, PORT: String(port), HOST: '127.0.0.1', ...extraEnv },
		stdio: 'ignore'
	});
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		try {
			if (await isUp()) break;
		} catch {
			/* not up yet */
		}
		if (Date.now() > deadline) {
			child.kill();
			throw new Error(`${name} did not start`);
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	return { stop: () => child.kill() };
}
