/**
 * The two things `npm run bench` compares, built side by side: the app (`npm run build` into
 * bench/tmp/app, never the shared build/) and the bare-MapLibre baseline (Vite's build API on
 * bench/baseline/ into bench/tmp/baseline), which is then copied into the app's client folder so
 * that the same server serves both, with the same compression and headers, from the same origin.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'vite';
import { precompressFile } from './compress';
import { APP_CLIENT, APP_DIR, BASELINE_OUT, BASELINE_PATH, BASELINE_SRC, ROOT } from './paths';

/** Runs a command in the repository, its output passed through; rejects on a non-zero exit. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<void> {
	return new Promise((resolvePromise, reject) => {
		const child = spawn(command, args, {
			cwd: ROOT,
			env: { ...process.env, ...env },
			stdio: ['ignore', 'inherit', 'inherit']
		});
		child.on('error', reject);
		child.on('exit', (code) =>
			code === 0
				? resolvePromise()
				: reject(new Error(`${command} ${args.join(' ')}: exit ${code}`))
		);
	});
}

/**
 * `npm run build` with FRONTIER_BUILD_DIR (see svelte.config.js) and hidden source maps: the
 * chunks are byte-for-byte the production ones; the .map files only let the bench tell which
 * modules each chunk holds.
 */
export async function buildApp(): Promise<void> {
	await run('npm', ['run', 'build', '--', '--sourcemap', 'hidden', '--logLevel', 'warn'], {
		FRONTIER_BUILD_DIR: relative(ROOT, APP_DIR)
	});
}

/** Builds the baseline page with Vite's defaults (the app's own build settings are Vite's too). */
export async function buildBaseline(): Promise<void> {
	await build({
		configFile: false,
		root: BASELINE_SRC,
		base: BASELINE_PATH,
		logLevel: 'warn',
		build: {
			outDir: BASELINE_OUT,
			emptyOutDir: true,
			sourcemap: 'hidden',
			reportCompressedSize: false,
			chunkSizeWarningLimit: 2048
		}
	});
}

function listFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? listFiles(path) : [path];
	});
}

/** Copies the baseline under the app's static files and precompresses it as the adapter does. */
export async function installBaseline(): Promise<void> {
	const target = join(APP_CLIENT, BASELINE_PATH);
	rmSync(target, { recursive: true, force: true });
	cpSync(BASELINE_OUT, target, { recursive: true });
	await Promise.all(listFiles(target).map((file) => precompressFile(file)));
}

/** True when an earlier `npm run bench` left both builds in place (for `--skip-build`). */
export function buildsExist(): boolean {
	return existsSync(join(APP_CLIENT, '_app')) && existsSync(join(BASELINE_OUT, 'index.html'));
}
