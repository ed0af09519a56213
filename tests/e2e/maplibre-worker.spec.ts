/**
 * MapLibre 6 runs its worker from a separate module that `src/lib/map/worker.ts` imports with
 * `?worker&url` and hands to `setWorkerUrl`; if Vite stops emitting it, or the app stops pointing
 * at it, the map never reaches `idle`. Checked twice: in the built client folder (exactly one
 * worker asset, referenced from the app's JavaScript) and in the browser (the page requests it
 * from our own origin, gets JavaScript with status 200, and the map reaches idle).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { test as nodeTest } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';

/** The built client folder, resolved as server.js and svelte.config.js do. */
const CLIENT_DIR = join(
	process.env.FRONTIER_BUILD_DIR
		? resolve(process.env.FRONTIER_BUILD_DIR, 'build')
		: resolve(import.meta.dirname, '../../build'),
	'client'
);

const WORKER_NAME = /maplibre-gl-worker[^/]*\.js$/;

function builtFiles(): string[] {
	return readdirSync(CLIENT_DIR, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => relative(CLIENT_DIR, join(e.parentPath, e.name)).split(sep).join('/'));
}

/** The one worker asset's path in the client folder (without the .gz/.br copies). */
function workerAsset(): string[] {
	return builtFiles().filter((f) => WORKER_NAME.test(f));
}

nodeTest('the build emits exactly one MapLibre worker, referenced from the app code', () => {
	expect(existsSync(CLIENT_DIR), `${CLIENT_DIR} exists (build first)`).toBe(true);
	const workers = workerAsset();
	expect(workers, 'maplibre worker assets in the client build').toHaveLength(1);
	const worker = workers[0]!;
	expect(worker).toMatch(/^_app\/immutable\//);
	// it is the real worker module, not a stub
	expect(statSync(join(CLIENT_DIR, worker)).size).toBeGreaterThan(100_000);

	const name = worker.split('/').pop()!;
	const referencing = builtFiles()
		.filter((f) => f.endsWith('.js') && f !== worker && f.startsWith('_app/'))
		.filter((f) => readFileSync(join(CLIENT_DIR, f), 'utf8').includes(name));
	expect(referencing, `built JS that references ${name}`).not.toEqual([]);
});

test('the page loads the MapLibre worker from our own origin and the map reaches idle', async ({
	page,
	baseURL
}) => {
	const workerResponses: { url: string; status: number; type: string }[] = [];
	page.on('response', (res) => {
		if (WORKER_NAME.test(new URL(res.url()).pathname))
			workerResponses.push({
				url: res.url(),
				status: res.status(),
				type: res.headers()['content-type'] ?? ''
			});
	});
	const workers: string[] = [];
	page.on('worker', (w) => workers.push(w.url()));

	await page.goto('/');
	await waitForMapIdle(page);

	expect(workerResponses.length, 'worker script responses').toBeGreaterThan(0);
	const [asset] = workerAsset();
	for (const res of workerResponses) {
		const url = new URL(res.url);
		expect(url.origin).toBe(new URL(baseURL!).origin);
		expect(url.pathname).toBe(`/${asset}`);
		expect(res.status).toBe(200);
		expect(res.type).toMatch(/^(text|application)\/javascript\b/);
	}
	// and it runs as a worker (MapLibre may start several from the same URL)
	expect(workers.some((url) => WORKER_NAME.test(url))).toBe(true);
});
